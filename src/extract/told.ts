/**
 * A happening as an article tells it, sentence by sentence: the candidate it became, every
 * place its sentences named, where it was stated to be, and the paragraph it was last told
 * in; and the facts the rules that join sentences to it ask of a new sentence (a place not
 * yet named, the same day, the same toll).
 */
import type { Place } from '../domain/types';
import { daysBetween } from './calendar';
import { distanceKm } from './geo';
import { atDateline } from './placing';
import type { Reading } from './reading';
import type { CandidateFeature } from './types';

/** A happening as the article has told it so far. */
export interface Told {
  reading: Reading;
  candidate: CandidateFeature;
  /** The paragraph of the last sentence joined to it. */
  last: number;
  /** Every place its sentences named: gazetteer ids and names, lower-case. */
  names: Set<string>;
  /** Where it was stated to be, when a sentence of it named a place (not the story's theatre). */
  stated?: Place;
}

export const ownPlaces = (r: Reading) => r.places.filter((p) => p.place.kind !== 'country');

// "the town of Bannu": a place named, even one no gazetteer knows.
// "the Shevchenkivsky district", "the Morro da Oficina neighbourhood": a named spot too.
// "Bodai has been one of the most heavily bombarded towns": a name told as one of the towns.
const PLACE_NOUN_OF = /\b(?:town|village|city|port|district|province|region|area|neighbou?rhood) of [A-Z]|\bthe (?:[A-Z][\w'’-]+\s+){1,3}(?:district|neighbou?rhood|area|quarter|sector)\b|\b[A-Z][\w'’-]+ (?:has been|had been|is|was|remains) (?:one of|among) the (?:[\w-]+ ){0,4}(?:towns|villages|cities|neighbou?rhoods|districts)\b/;

/** Whether the sentence names "the town of X" (a place, found or not). */
export const namesPlaceNoun = (text: string): boolean => PLACE_NOUN_OF.test(text);

/** Whether the sentence names a place the gazetteer does not know, or "the town of X": somewhere no happening told so far may be. */
export const namesUnknownPlace = (reading: Reading): boolean => reading.unresolved.length > 0 || namesPlaceNoun(reading.sentence.text);

/** "At least 10 people were killed in neighbouring Mozambique": another country than the happening's. */
export const namesNeighbour = (reading: Reading): boolean => reading.places.some((p) => p.place.kind === 'country' &&
  /\bneighbou?ring\s+$/i.test(reading.sentence.text.slice(Math.max(0, p.start - reading.sentence.start - 14), p.start - reading.sentence.start)));

/**
 * "In Malawi, the storm killed 13 people" after a toll in Mozambique, "The French territory of
 * Mayotte ... with 31 deaths": a country the sentence puts its toll in, which does not hold the
 * happening told before, makes it another country's toll.
 */
export const namesOtherCountry = (reading: Reading, h: { candidate: CandidateFeature; names?: Set<string> }): boolean => {
  const [lon = 0, lat = 0] = h.candidate.geometry.coordinates as number[];
  return reading.places.some((p) => p.place.kind === 'country' && p.locative && !h.names?.has(p.place.id) && p.place.id !== h.candidate.properties.place &&
    distanceKm(p.place.point, [lon, lat]) > (p.place.radiusKm ?? 0));
};

function addNames(names: Set<string>, reading: Reading): void {
  // "YEREVAN, Armenia (AP) —": where the report was filed is not where it happened.
  for (const p of ownPlaces(reading).filter((m) => !atDateline(reading.sentence, m))) {
    names.add(p.place.id);
    names.add(p.place.name.toLowerCase());
    names.add(p.text.toLowerCase());
  }
}

/** A happening just proposed from `reading`. */
export function told(reading: Reading, candidate: CandidateFeature): Told {
  const names = new Set<string>();
  addNames(names, reading);
  const stated = candidate.properties.placeBasis === 'stated' ? (candidate.candidate.newPlace ?? reading.places.find((p) => p.place.id === candidate.properties.place)?.place) : undefined;
  return { reading, candidate, last: reading.paragraph, names, stated };
}

/** Note that `reading` was joined to the happening: its places are the happening's too. */
export function joined(h: Told, reading: Reading): void {
  h.last = reading.paragraph;
  addNames(h.names, reading);
}

const holds = (outer: Place, inner: Place | undefined): boolean =>
  inner !== undefined && (outer.radiusKm ?? 0) > (inner.radiusKm ?? 0) && distanceKm(outer.point, inner.point) <= (outer.radiusKm ?? 0);

/** Places the sentence names that the happening has not: a new place makes another happening. */
// "waiting for a train to travel to Rawalpindi from Quetta", "a train to Peshawar": where
// the people it touched were going or coming from, not where the happening was.
const TRAVELLED = /\b(?:trains?|flights?|planes?|bus(?:es)?|ferry|ferries|travel(?:l?ing)?|leave|leaving|left|depart(?:ure|ed|ing|s)?|bound|headed|heading|journey)\b(?:\s+[\w'’-]+){0,4}?\s+(?:to|for|from)\s+(?:the\s+)?$/i;
const travelled = (reading: Reading, p: { start: number }): boolean => TRAVELLED.test(reading.sentence.text.slice(0, p.start - reading.sentence.start));

export function newPlaces(reading: Reading, h: Told): string[] {
  return ownPlaces(reading)
    .filter((p) => !travelled(reading, p))
    .filter((p) => !h.names.has(p.place.id) && !h.names.has(p.place.name.toLowerCase()) && !h.names.has(p.text.toLowerCase()) && !holds(p.place, h.stated))
    .map((p) => p.text);
}

// How far past a happening's own area a place a later sentence names may lie: a town's extent.
const NEARBY_KM = 25;

/** Each place the sentence names is one the happening named, or lies within its area. */
export const inArea = (reading: Reading, h: Told): boolean =>
  ownPlaces(reading).every((p) => h.names.has(p.place.id) || distanceKm(p.place.point, h.candidate.geometry.coordinates as [number, number]) <= (h.stated?.radiusKm ?? h.candidate.candidate.newPlace?.radiusKm ?? 0) + NEARBY_KM);

/** Whether the sentence names one of the places the happening named. */
export const namesOneOf = (reading: Reading, h: Told): boolean =>
  ownPlaces(reading).some((p) => h.names.has(p.place.id) || h.names.has(p.place.name.toLowerCase()) || h.names.has(p.text.toLowerCase()));

/** The same count of people. */
export const sameToll = (a: CandidateFeature, b: CandidateFeature): boolean =>
  a.properties.figures.some((f) => b.properties.figures.some((g) => g.value === f.value && g.measure === f.measure));

/** Dated, if at all, within a day of the happening. */
export const withinADay = (reading: Reading, h: Told): boolean =>
  !h.candidate.candidate.reportDated && reading.dates.every((d) => daysBetween(h.candidate.properties.start, d.from) >= -1 && daysBetween(h.candidate.properties.end, d.to) <= 1);

/** A day stated before the happening began: "last week's blast", the news of an earlier time. */
export const daysBefore = (reading: Reading, h: Told): boolean => reading.dates.some((d) => d.from < h.candidate.properties.start);

/** No day of its own, or the happening's day. */
export function sameDay(reading: Reading, h: Told): boolean {
  const { start, end } = h.candidate.properties;
  if (reading.dates.length > 0 && (h.candidate.candidate.reportDated || h.candidate.properties.datePrecision !== 'day')) return false;
  // Within it, not merely overlapping it: "since June 14" is no day of a clash on August 7.
  return reading.dates.every((d) => d.from >= start && d.to <= end);
}

const VIOLENCE = new Set(['strike', 'casualties', 'ground-fighting', 'armed-conflict', 'explosion', 'violence-against-civilians', 'protest', 'riot']);
export const isViolence = (c: CandidateFeature): boolean => VIOLENCE.has(c.properties.category);

/** The happening takes the day the sentence that told it again gives. */
export function redate(h: Told, from: CandidateFeature): void {
  const q = from.properties;
  Object.assign(h.candidate.properties, { start: q.start, end: q.end, datePrecision: q.datePrecision, dateNote: `no date in the sentence: the next one, about the same happening, dates it (${q.dateNote ?? q.start})` });
  h.candidate.candidate.reportDated = false;
  h.candidate.candidate.datePhrase = `(${from.candidate.datePhrase})`;
}

/** The happening now stands where the account that joined it says it was. */
export function relocate(h: Told, from: CandidateFeature, reading: Reading): void {
  const p = h.candidate.properties;
  const q = from.properties;
  h.candidate.geometry = from.geometry;
  Object.assign(p, { place: q.place, locationPrecision: q.locationPrecision, placeBasis: q.placeBasis });
  const info = h.candidate.candidate;
  Object.assign(info, { autoGeocoded: from.candidate.autoGeocoded, placePhrase: `${from.candidate.placePhrase} (the next sentence, about the same happening)` });
  if (from.candidate.newPlace) info.newPlace = from.candidate.newPlace;
  else delete info.newPlace;
  h.stated = told(reading, from).stated;
}

/** Of `happenings` (in the order they were proposed), the one a sentence joined last; the latest proposed on a tie. */
export function lastTold(happenings: readonly Told[]): Told | undefined {
  return happenings.reduce<Told | undefined>((best, h) => (best === undefined || h.last >= best.last ? h : best), undefined);
}

// "The drone strike also wounded 12 people": the happening named by its definite noun phrase.
const DEFINITE = /\bthe ((?:[\w-]+ )?(?:strike|airstrike|attack|raid|bombing|blast|explosion|shelling|siege|clash(?:es)?|protests?|landslide|flood(?:s|ing)?|earthquake|quake))\b/i;

/**
 * Of `happenings`, the one whose sentences introduced what `text` names with "the" ("a drone
 * strike ..." for "The drone strike also wounded 12"), else the one told last.
 */
export function namedOrLast(text: string, happenings: readonly Told[]): Told | undefined {
  return namedIn(text, happenings) ?? lastTold(happenings);
}

/** Of `happenings`, the one whose sentences introduced what `text` names with "the", if any. */
export function namedIn(text: string, happenings: readonly Told[]): Told | undefined {
  const noun = DEFINITE.exec(text)?.[1];
  if (!noun) return undefined;
  const introduced = new RegExp(`\\b(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}?${noun.replace(/[-]/g, '\\-')}\\b`, 'i');
  const named = happenings.filter((h) => h.candidate.properties.claims.some((c) => introduced.test(c.quote)));
  return named.length > 0 ? lastTold(named) : undefined;
}

// Those who carried a happening out, as reports name them: "Gunmen attacked ...", then "the
// gunmen stormed the church", "The attackers then opened fire".
const ACTORS = String.raw`(?:gunmen|attackers|assailants|militants|terrorists|perpetrators|insurgents|bandits|jihadists|warplanes?|jet fighters?|fighter jets?)`;
const ACTOR_BACK = new RegExp(String.raw`\bthe\s+(?:[\w-]+\s+)?${ACTORS}\b`, 'i');
const ACTOR_INTRO = new RegExp(String.raw`(?<!\bthe\s+(?:[\w-]+\s+)?)\b${ACTORS}\b`, 'i');

/**
 * Of `happenings`, the one whose sentences introduced, without "the", the attackers `text`
 * names with "the" ("the gunmen", "the militants"), if any.
 */
export function actorIn(text: string, happenings: readonly Told[]): Told | undefined {
  if (!ACTOR_BACK.test(text)) return undefined;
  const named = happenings.filter((h) => h.candidate.properties.claims.some((c) => ACTOR_INTRO.test(c.quote)));
  return named.length > 0 ? lastTold(named) : undefined;
}
