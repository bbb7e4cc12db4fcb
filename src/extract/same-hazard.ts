/**
 * A natural disaster told again. "Cyclone Remal made landfall near the port on Sunday night",
 * then "Remal started lashing the southern coast", "The landfall process began around 9pm":
 * or "two dams outside the city collapsed", then "The flooding swept away entire families in
 * the city on Monday". A report tells a storm, a flood, an eruption or a quake several times
 * over, as its blow goes on and from several sources; each telling with no count of its own is
 * a claim on the disaster it told first, not a second one.
 *
 * A sentence is such a telling when it tells a disaster of the same family (a storm, a flood,
 * a volcano, a quake, a landslide) as a disaster the article has told, has no figure of its
 * own, turns to no other disaster or time ("another", "earlier", "last year"), and names no
 * place outside that disaster's area and no day more than a day from it (`takesIt`).
 */
import { takesIt } from './occurred';
import type { Reading } from './reading';
import { lastTold, type Told } from './told';
import type { CandidateFeature } from './types';

const FAMILIES: ReadonlyArray<readonly [string, RegExp]> = [
  ['storm', /\b(?:cyclones?|typhoons?|hurricanes?|storms?|landfall|tropical depression)\b/i],
  ['flood', /\b(?:floods?|flooding|flash floods?|floodwaters?|dams?|deluge)\b/i],
  ['volcano', /\b(?:volcan\w*|eruptions?|erupted)\b/i],
  ['quake', /\b(?:earthquakes?|quakes?|tremors?|aftershocks?)\b/i],
  ['landslide', /\b(?:landslides?|mudslides?|mudflows?|cave-ins?)\b/i],
];
const familyOf = (text: string): string | undefined => FAMILIES.find(([, re]) => re.test(text))?.[0];
const OTHER = /\b(?:another|a second|a further|other|earlier|previously|last (?:week|month|year)|ago|since|in \d{4})\b/i;
const HAZARD_KIND = new Set(['other', 'casualties', 'statement']);

/** The disaster `reading` tells again, or undefined. May date it. */
export function hazardOf(reading: Reading, candidate: CandidateFeature, happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  const family = familyOf(text);
  if (!family || candidate.properties.figures.length > 0 || OTHER.test(text) || reading.unresolved.length > 0 || !HAZARD_KIND.has(candidate.properties.category)) return undefined;
  const h = lastTold(happenings.filter((x) => HAZARD_KIND.has(x.candidate.properties.category) && x.candidate.properties.claims.some((c) => familyOf(c.quote) === family)));
  return h && takesIt(reading, h) ? h : undefined;
}
