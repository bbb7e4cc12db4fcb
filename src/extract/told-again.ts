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
 *
 * A sentence dated only by the sentences before it (its day carried, not stated, not the
 * report's) is read the same way, more narrowly.
 */
import type { Reading } from './reading';
import { lastTold, namesUnknownPlace, newPlaces, type Told } from './told';
import type { CandidateFeature } from './types';
import { FAMILY } from './detail';
import { OTHER_HAPPENING, TOLL } from './words';

// Another happening or time: "another", "a second", "earlier", "since May"; and, as a sentence with
// no day of its own must not be set beside another, "a later strike", "after", "before", a year,
// "future", "nearby".
const OTHER = new RegExp(String.raw`\b(?:${OTHER_HAPPENING}|a later|later|(?:19|20)\d\d|shortly after|after|before|future|nearby)\b`, 'i');
// "is currently waging its fiercest assault": a happening told as going on is the report's own news.
const GOING_ON = /\b(?:currently|still|continu\w*|ongoing|going on|is waging|are waging|remains?)\b/i;
// "in the Morro da Oficina neighbourhood", "in the Nabataea area": a spot of its own, named.
const NAMED_SPOT = /\b(?:[A-Z][\w'’-]+\s+){1,3}(?:neighbou?rhood|area|district|quarter|village|camp|base|sector)\b/;

// "At 7:08 p.m.", "By 5 p.m.": an hour of its own, another moment of the day.
const CLOCK = /\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?![\w])|\b\d{1,2}[:.]\d{2}\b/i;

/** The happening `reading` tells again with no day of its own, or undefined. */
export function toldAgainUndated(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  const only = found.length === 1 ? found[0] : undefined;
  if (!only || reading.dates.length > 0 || only.properties.figures.length > 0) return undefined;
  if (reading.modifiers.length > 0 || namesUnknownPlace(reading) || OTHER.test(reading.sentence.text) || GOING_ON.test(reading.sentence.text) || NAMED_SPOT.test(reading.sentence.text)) return undefined;
  const { place, category } = only.properties;
  // Words and views ("analysts note ...") are not a happening to tell again.
  if (FAMILY[category] === 'talk') return undefined;
  // Of its kind, or of its family when it tells no toll ("The school food store was broken into
  // and looted", read as a riot, after a strike): a count of dead or hurt is the toll rules'.
  const kin = (x: Told): boolean => x.candidate.properties.category === category || (FAMILY[x.candidate.properties.category] === FAMILY[category] && !TOLL.test(reading.sentence.text));
  const h = lastTold(happenings.filter((x) => x.candidate.properties.place === place && kin(x)));
  if (!h || newPlaces(reading, h).length > 0) return undefined;
  if (only.candidate.reportDated) return h;
  // "Militants fired rockets and mortars at the post.", "Heavy gunfire was heard across the
  // town": with no day of its own but one carried from the sentences before it (not the
  // report's), it is the same happening when that day lies within the happening's, the
  // happening was told in this paragraph or up to two before, no source opens the sentence (a
  // source's account, "The mayor said a hypermarket had been hit", is weighed by the rules for
  // sources; one named after it, "..., the army said in a statement", goes on with the
  // happening) and it gives no hour of its own ("At 7:08 p.m., people reported an active
  // shooter at ...": another moment of the day).
  const sourceFirst = reading.attribution !== undefined && reading.attribution.start - reading.sentence.start < 3;
  if (CLOCK.test(reading.sentence.text) || reading.paragraph - h.last > 2 || sourceFirst) return undefined;
  const { start, end } = h.candidate.properties;
  return start <= only.properties.start && only.properties.end <= end ? h : undefined;
}
