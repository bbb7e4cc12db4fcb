/**
 * A happening told again with no day of its own. After the lede has told a strike, a riot or
 * a fire with its day and place, a report keeps coming back to it in sentences that give no
 * day at all: "Occupants hit a construction hypermarket in Kharkiv.", "IS terrorists entered
 * the building, opened fire and threw a grenade.", "Rioters set off flares at police near the
 * scene." Dated only by the report, at the very place of a happening already told and of its
 * kind, counting no people of their own, they tell that happening again: a claim on it, not a
 * second happening on the report's day. A sentence that turns to another incident or time
 * ("another", "a later strike", "earlier", "since May"), tells something going on ("is
 * currently waging its fiercest assault"), or names a spot of its own ("a nearby military
 * base", "in the Nabataea area") stays apart, as does one with a count, which the toll rules
 * weigh; and words and views (statements, analysis) are no happening to tell again.
 */
import type { Reading } from './reading';
import { lastTold, namesUnknownPlace, newPlaces, type Told } from './told';
import type { CandidateFeature } from './types';
import { FAMILY } from './detail';
import { OTHER_HAPPENING } from './words';

// Another happening or time: "another", "a second", "earlier", "since May"; and, as a sentence with
// no day of its own must not be set beside another, "a later strike", "after", "before", a year,
// "future", "nearby".
const OTHER = new RegExp(String.raw`\b(?:${OTHER_HAPPENING}|a later|later|(?:19|20)\d\d|shortly after|after|before|future|nearby)\b`, 'i');
// "is currently waging its fiercest assault": a happening told as going on is the report's own news.
const GOING_ON = /\b(?:currently|still|continu\w*|ongoing|going on|is waging|are waging|remains?)\b/i;
// "in the Morro da Oficina neighbourhood", "in the Nabataea area": a spot of its own, named.
const NAMED_SPOT = /\b(?:[A-Z][\w'’-]+\s+){1,3}(?:neighbou?rhood|area|district|quarter|village|camp|base|sector)\b/;

/** The happening `reading` tells again with no day of its own, or undefined. */
export function toldAgainUndated(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  const only = found.length === 1 ? found[0] : undefined;
  if (!only || !only.candidate.reportDated || reading.dates.length > 0 || only.properties.figures.length > 0) return undefined;
  if (reading.modifiers.length > 0 || namesUnknownPlace(reading) || OTHER.test(reading.sentence.text) || GOING_ON.test(reading.sentence.text) || NAMED_SPOT.test(reading.sentence.text)) return undefined;
  const { place, category } = only.properties;
  // Words and views ("analysts note ...") are not a happening to tell again.
  if (FAMILY[category] === 'talk') return undefined;
  const h = lastTold(happenings.filter((x) => x.candidate.properties.place === place && x.candidate.properties.category === category));
  return h && newPlaces(reading, h).length === 0 ? h : undefined;
}
