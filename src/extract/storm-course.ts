/**
 * A storm's course, told after the storm. Once a report has told a cyclone, a hurricane or a
 * typhoon, it follows its track and strength: "The storm later weakened into a deep depression
 * and moved north", "Fueled by warm waters, Lena grew to a Category 4 hurricane overnight", "the
 * cyclone had moved off the coast and the worst of the storm was over", "Freddy was still
 * causing localised rains and winds on Tuesday". Such a sentence tells how the storm went on,
 * not a happening of its own: a claim on the storm told, not a movement or a statement at the
 * forecaster's seat.
 *
 * Only when the sentence tells a change of the storm's strength or place (weakened,
 * strengthened, intensified, downgraded, grew to, moved off or on, lay centred, dissipated,
 * still causing), names the storm (a storm noun, or the name the storm was told with), and
 * tells no harm of its own: a storm that hits, lashes or makes landfall somewhere, or kills or
 * destroys, stays a happening ("On Tuesday, the weakened storm hit Myanmar, killing 20 people").
 * Only after a storm is told (the last happening told that is not only words and names a storm),
 * and turning to no other happening or time.
 */
import { namedStorms } from './classify';
import type { Reading } from './reading';
import { notOnlyWords } from './detail';
import { lastTold, type Told } from './told';
import type { CandidateFeature } from './types';
import { TOLL, TURNS_TO_OTHER } from './words';

const STORM = String.raw`(?:cyclones?|hurricanes?|typhoons?|storms?|tropical depression)`;
const TELLS_STORM = new RegExp(String.raw`\b${STORM}\b`, 'i');
// A change of its strength or place.
const COURSE = /\b(?:weakened|weakening|strengthened|strengthening|intensified|intensifying|downgraded|upgraded|grew (?:in)?to|(?:moved|moving|drifted|drifting|tracked|tracking|headed|heading) (?:off|away|inland|out|further|farther|on|north|south|east|west|(?:north|south)?(?:-?(?:east|west))?wards?|\w+wards)|lay cent(?:red|ered)|dissipated|dissipating|(?:was|is|remained) still (?:causing|bringing|dumping))\b/i;
// Harm told in the same sentence: a blow of its own, not the storm's course.
const HARM = /\b(?:landfall|hit|hits|hitting|struck|strikes?|striking|slamm\w*|lash\w*|batter\w*|pound\w*|ravag\w*|destroy\w*|flatten\w*|swept|killing|killed)\b/i;

/** The storm told that `reading` follows the course of, or undefined. */
export function stormCourseOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  if (found.length === 0 || !COURSE.test(text) || HARM.test(text) || TOLL.test(text) || TURNS_TO_OTHER.test(text)) return undefined;
  const quotesOf = (x: Told): string => x.candidate.properties.claims.map((c) => c.quote).join(' ');
  const h = lastTold(notOnlyWords(happenings).filter((x) => TELLS_STORM.test(quotesOf(x))));
  if (!h) return undefined;
  // Named as a storm, or by the name the storm was told with ("Hurricane Lena", then "Lena").
  return TELLS_STORM.test(text) || namedStorms(quotesOf(h))?.test(text) ? h : undefined;
}
