/**
 * A happening said to have taken place. "The incident occurred on Monday", "The explosion,
 * which occurred on Saturday afternoon, caused extensive damage", "This confrontation occurred
 * near the shoal", "The fighting began Thursday after ...", "... on board when the collision
 * occurred": the sentence names with "the" or "this" a happening the report has already told
 * and says when or where it took place. It is a claim on that happening, not a second one.
 *
 * It joins the happening whose sentences introduced the noun ("an explosion" for "the
 * explosion"), else the last happening told of the violent kind or a seizure or hazard
 * (`other`: "the incident occurred on Monday" after a hijacking), when it names no place outside that
 * happening's (one it named, one within the area it was put in, and a city's extent, or a wider
 * area that holds the happening: "in the town of Tamara, about 30 miles northwest of Tegucigalpa"),
 * turns to no other incident, gives no day more than a day from it, and comes within three
 * paragraphs of its last telling (a report may give a paragraph or two to reactions or
 * background before it says when the happening took place). A happening dated
 * only by its report, or to a span coarser than a day, takes the day the sentence gives when
 * that day lies within its span: the sentence says when it took place.
 */
import { daysBetween } from './calendar';
import { distanceKm } from './geo';
import { inAnotherCountry } from './outside-country';
import type { Reading } from './reading';
import { isViolence, lastTold, namedIn, newPlaces, type Told } from './told';
import type { CandidateFeature } from './types';
import { HAPPENING_NOUN, OTHER_HAPPENING } from './words';

// A happening by its noun, or its toll or capsize said to have taken place ("the fatalities occurred").
const NOUN = String.raw`(?:${HAPPENING_NOUN}|fatalities|capsi[sz]e)`;
// "The blast, the result of a gas leak at X, a popular restaurant, happened ...": an apposition may stand between;
// "The coordinated missile attack", "The assault on the village": words naming it more closely too.
const OCCURRED = new RegExp(String.raw`\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}${NOUN}(?:\s+(?:on|at|in)\s+(?:the\s+)?[\w'’-]+)?(?:,\s*which|,(?:[^,.;:]{3,80},){1,2})?\s+(?:had\s+|has\s+)?(?:occurred|happened|took place|began|started|broke out|unfolded)\b`, 'i');
// "In another incident ...", "a second blast": news of its own.
export const OTHER_INCIDENT = String.raw`${OTHER_HAPPENING}|other`;
const OTHER = new RegExp(String.raw`\b(?:${OTHER_INCIDENT})\b`, 'i');
// How far past the happening's own area a place it names may lie: a city's own extent.
const SLACK_KM = 25;

/** The happening `reading` says took place when or where, or undefined. May date it. */
export function occurredAgain(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  if (found.length !== 1 || !OCCURRED.test(text) || OTHER.test(text) || reading.unresolved.length > 0 || reading.modifiers.length > 0) return undefined;
  const h = namedIn(text, happenings) ?? lastTold(happenings.filter((x) => isViolence(x.candidate) || x.candidate.properties.category === 'other'));
  return h && reading.paragraph - h.last <= 3 && fitsAndDates(reading, h) ? h : undefined;
}

/**
 * Whether `reading` may be told of `h`: no place outside it (one it named, within the area it
 * was put in, and a city's extent, or an area whose extent reaches it), no day more than a day from it, or, when only its
 * report or a coarser span dated it, one day within its span. In that last case it also dates
 * `h` by that day (it changes `h`, hence the name): the sentence says when it took place.
 */
export function fitsAndDates(reading: Reading, h: Told): boolean {
  const [lon, lat] = h.candidate.geometry.coordinates as [number, number];
  const reach = (h.stated?.radiusKm ?? h.candidate.candidate.newPlace?.radiusKm ?? 0) + SLACK_KM;
  // A place whose own extent reaches the happening is the wider area it lies in, not another place.
  // A happening put at a country whose reach covers a neighbour's town: that town is outside it.
  const country = h.stated?.kind === 'country' ? h.stated : undefined;
  const outside = reading.places.filter((p) => p.place.kind !== 'country' && newPlaces(reading, h).includes(p.text) &&
    (distanceKm(p.place.point, [lon, lat]) > reach + (p.place.radiusKm ?? 0) || (country !== undefined && inAnotherCountry(country, p.place))));
  if (outside.length > 0) return false;
  const p = h.candidate.properties;
  const byDay = p.datePrecision === 'day' && !h.candidate.candidate.reportDated;
  const days = reading.dates.filter((d) => d.precision === 'day');
  if (reading.dates.length > days.length) return false;
  if (byDay) return days.every((d) => daysBetween(p.start, d.from) >= -1 && daysBetween(p.end, d.to) <= 1);
  const day = days[0];
  if (!day) return true;
  if (days.some((d) => d.from !== day.from || d.to !== day.to) || day.from < p.start || day.to > p.end) return false;
  Object.assign(p, { start: day.from, end: day.to, datePrecision: 'day', dateNote: `${p.dateNote ?? ''}; a later sentence says when it took place, "${day.text}" (${day.from})` });
  h.candidate.candidate.reportDated = false;
  return true;
}
