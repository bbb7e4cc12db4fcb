/**
 * A happening told again in a speaker's own words. A report of a drone attack quotes the
 * regional head: “Today, Kazan faced a mass drone attack. ...” The quotation tells the
 * attack the report has already told, on its day and at its place, so it is that speaker's
 * claim on it, not a second attack.
 *
 * A sentence is such a retelling when it opens a quotation, is of the violent kind, names a
 * happening's kind ("attack", "strike", "shelling", ...), counts no people, turns to no other
 * incident or time, gives no day outside the happening's (none, or within its span), and
 * names no place outside the happening's: each place it names is one the happening named or
 * lies within the area the happening was put in (a city inside the region, or inside the
 * "700 km east of Moscow" the report drew). It joins the last violent happening so told.
 */
import { distanceKm } from './geo';
import type { Reading } from './reading';
import { actorIn, isViolence, lastTold, namedIn, ownPlaces, type Told } from './told';
import type { CandidateFeature } from './types';
import { NUMBER_WORD } from './words';

const OPENS_QUOTE = /^\s*[“"]/;
const KIND = /\b(?:attacks?|strikes?|shelling|bombing|raids?|explosions?|blasts?|assault)\b/i;
const OWN_NEWS = new RegExp(String.raw`\b(?:another|a second|a further|other)\b|\b(?:\d[\d,]*|${NUMBER_WORD}|dozens?|hundreds)\s+(?:\w+\s+)?(?:people|persons|civilians|soldiers|children|dead|killed|wounded|injured)\b|\b(?:earlier|previously|last (?:week|month|year)|ago|since)\b`, 'i');
// How far past the happening's own area a place it names may lie: a city's own extent.
const SLACK_KM = 25;

/** The happening `reading` retells in a quotation, or undefined. */
export function retold(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  const only = found.length === 1 ? found[0] : undefined;
  if (!only || !isViolence(only) || !OPENS_QUOTE.test(text) || !KIND.test(text) || OWN_NEWS.test(text) || reading.unresolved.length > 0) return undefined;
  const h = lastTold(happenings.filter((x) => isViolence(x.candidate)));
  if (!h) return undefined;
  return within(reading, h) ? h : undefined;
}

/**
 * The sentence gives no day outside the happening's span, and names no place outside it:
 * each is one the happening named, or lies within the area it was put in (and a city's extent).
 */
function within(reading: Reading, h: Told): boolean {
  const { start, end } = h.candidate.properties;
  if (!reading.dates.every((d) => d.from >= start && d.to <= end)) return false;
  const [lon, lat] = h.candidate.geometry.coordinates as [number, number];
  const reach = (h.stated?.radiusKm ?? h.candidate.candidate.newPlace?.radiusKm ?? 0) + SLACK_KM;
  return ownPlaces(reading).every((p) => h.names.has(p.place.id) || distanceKm(p.place.point, [lon, lat]) <= reach);
}

// "Earlier,", "Meanwhile,", "hours after": a turn to another moment or scene.
const TURN = /^\W*(?:earlier|later|meanwhile|previously|elsewhere|separately|in a separate|also on)\b|\b(?:hours|days|weeks|months|years) (?:after|before|earlier|later|ago)\b/i;

const POSSESSIVE_DAY = /^['’]s\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|raids?|bombings?|blasts?|explosions?|shelling|assaults?)\b/i;

/**
 * "AFP reported the siege ended just before midnight Saturday": a sentence naming a happening
 * by the noun an earlier sentence introduced it with ("an overnight siege"), or by its day
 * ("Saturday's strikes", a happening of that day), on a day within
 * its span (or none), with no place outside it, no count of people and no turn to another
 * incident or time, tells that happening again, whoever tells it: a claim on it.
 */
export function namedAgain(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  if (found.length !== 1 || OWN_NEWS.test(text) || TURN.test(text) || reading.unresolved.length > 0 || reading.modifiers.length > 0) return undefined;
  const violent = happenings.filter((x) => isViolence(x.candidate));
  // "Saturday's strikes mark the first time ...": the happening of that day, named by it.
  const day = reading.dates.find((d) => d.precision === 'day' && POSSESSIVE_DAY.test(text.slice(d.end - reading.sentence.start)));
  const ofDay = day ? lastTold(violent.filter((x) => x.candidate.properties.start <= day.from && day.to <= x.candidate.properties.end)) : undefined;
  const h = namedIn(text, violent) ?? ofDay ?? actorIn(text, violent);
  if (!h || h.candidate.candidate.reportDated) return undefined;
  return within(reading, h) ? h : undefined;
}
