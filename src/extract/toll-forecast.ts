/**
 * A happening's toll foretold. Reports on a disaster or an attack add, once they have given its
 * toll, that the count is not final: "the death toll may rise as critically injured victims are
 * airlifted to Srinagar", "the governor said the number of fatalities could rise", "the death
 * toll is anticipated to rise as search and rescue efforts continue". Such a sentence counts
 * nothing and tells nothing that happened: it is a claim on the happening whose toll it
 * speaks of, wherever it says the hurt are taken and whoever says it, not a happening of its
 * own. (`same-toll.ts` joins a forecast that also meets a told toll's place and day checks;
 * this one needs only that it gives no count before its forecast, no day before the
 * happening, no other country and no other incident.)
 */
import type { Reading } from './reading';
import { daysBefore, lastTold, namedIn, namesOtherCountry, type Told } from './told';
import { FAMILY } from './detail';
import type { CandidateFeature } from './types';
import { TURNS_TO_OTHER } from './words';

// "the death toll may rise", "the number of fatalities could rise", "is anticipated to rise".
// "could be as high as 1,000", "could be in the thousands": how high it may go.
const TOLL_MAY_GROW = /\b(?:toll|number of (?:the )?(?:dead|deaths|casualties|victims|fatalities)|casualty (?:figures?|count)|fatalities)\b[^.;]{0,40}?\b(?:could|may|might|would|will|likely|expected|anticipated|feared|set)\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:rise|climb|increase|grow|go up|reach|exceed|surpass|top|be (?:much |far )?higher|be as high as|be in the (?:hundreds|thousands))\b/i;
// "since the search is still ongoing": "since" giving the cause, not a time.
const SINCE_CAUSE = /\bsince\s+(?:the\s+|many\s+|some\s+)?[a-z-]+\s+(?:is|are|was|were|has|have|had|remains?|continues?)\b/gi;
// "Another attack", "earlier", "last year": another happening or time.

/**
 * The happening whose toll `reading` foretells, and the claim without figures (a forecast
 * counts nothing); `none` for a forecast told before any happening, with no day of its own
 * ("The death toll from Cyclone Idai could be as high as 1,000, the president said.", with the
 * cyclone told next): it foretells the happening the report goes on to tell, and is no
 * candidate; else undefined.
 */
export function tollForecastOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): { to: Told; claims: CandidateFeature[] } | 'none' | undefined {
  const text = reading.sentence.text;
  const at = text.search(TOLL_MAY_GROW);
  if (found.length === 0 || at < 0 || TURNS_TO_OTHER.test(text.replace(SINCE_CAUSE, '')) || reading.modifiers.length > 0) return undefined;
  // A count told before the forecast ("has risen to 93 but is expected to increase") is a toll of its own.
  if (found.some((c) => c.properties.figures.some((f) => { const i = text.indexOf(f.text); return i >= 0 && i < at; }))) return undefined;
  if (happenings.length === 0) return reading.dates.length === 0 ? 'none' : undefined;
  // A lede that gives the toll as authorities tell it ("resulting in at least 39 fatalities,
  // according to local authorities") reads as a statement, but it is the toll forecast.
  const counts = (x: Told): boolean => FAMILY[x.candidate.properties.category] !== 'talk' || x.candidate.properties.figures.length > 0;
  const h = namedIn(text, happenings) ?? lastTold(happenings.filter(counts));
  if (!h || !counts(h) || namesOtherCountry(reading, h)) return undefined;
  if (daysBefore(reading, h)) return undefined;
  return { to: h, claims: found.map((c) => ({ ...c, properties: { ...c.properties, figures: [] } })) };
}
