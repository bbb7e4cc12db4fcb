/**
 * Where a candidate happened, and for a movement where it came from. The rules, in order:
 *
 * 1. A speech act (a warning, a briefing, shared intelligence) happens at a city the text names
 *    as its venue, else at the actor's seat (a briefing: the briefed body's seat), inferred.
 * 2. Combat or losses that the text reports as fact without a place happened in the article's
 *    theatre (where its deployment reports put the troops), inferred; not at the seat of
 *    whoever announced them.
 * 3. An analysis or statement by someone without a seat (an expert, "analysts") that names no
 *    place, or a country only as its subject, is about the article's theatre, inferred.
 * 4. An agreement signed between two named parties at a venue the text does not name ("signed
 *    during the meeting between Russian President Putin and DPRK leader Kim on June 19") could
 *    be at either party's seat: `agreementSeats` gives both, for the reviewer to keep one.
 * 5. Otherwise a statement is placed where it was made (a city named "in Brussels", else the
 *    speaker's seat), and any other claim at the place the sentence names, a whole country in
 *    a sourced claim giving way to the speaker's seat.
 */
import type { Category, Place, PlaceBasis } from '../domain/types';
import { distanceKm, SAME_CITY_KM } from './geo';
import { includedPlaces } from './included-list';
import { openingList } from './opening-list';
import { outsideCountry } from './outside-country';
import type { GazetteerIndex } from './places';
import { speakerPlace, type SpeakerPlace } from './speaker-places';
import type { SpeechAct } from './speech-acts';
import type { PlaceMention, Sentence } from './types';
import type { WorldGazetteer } from './world-gazetteer';
import { COUNTED, NUMBER_WORD, TOLL } from './words';

export interface Placed {
  place: Place;
  basis: PlaceBasis;
  autoGeocoded: boolean;
  /** What in the text put it there, for the report. */
  phrase: string;
}

export interface PlacingInput {
  sentence: Sentence;
  /** The sentence's place mentions, actors' possessives ("Russia's ambition") already removed. */
  places: readonly PlaceMention[];
  category: Category;
  /** Whether the claim is a forecast or an expert's view rather than a reported fact. */
  factual: boolean;
  speaker: string | undefined;
  seat: SpeakerPlace | undefined;
  act: SpeechAct | undefined;
  /** The article's theatre, if its deployment reports give one. */
  theatre: PlaceMention | undefined;
  /** Where `date` sits, so the nearest of equal places is taken. */
  near: number;
}

const SPECIFICITY = { city: 3, region: 2, area: 2, country: 1 } as const;

/**
 * The place a sentence is about: a place (not a whole country) after a locative word first,
 * then any such place ("Pyongyang's alignment with Moscow" over "dependency on China"), then
 * the most specific, then the nearest to the date. A place things came "from" comes last.
 */
export function pickPlace(places: readonly PlaceMention[], near: number, sentence?: Sentence): PlaceMention | undefined {
  const rank = (p: PlaceMention): number => (p.from || p.place.kind === 'country' ? 0 : p.locative ? 2 : 1);
  // "..., saying they act in solidarity with those in Gaza": a place in a clause of reasons
  // or background is not where the sentence's event happened.
  const aside = (p: PlaceMention): number => (sentence && ASIDE.test(sentence.text.slice(0, p.start - sentence.start)) ? 1 : 0);
  // "opened fire at a base in the province of Surin and launched rockets toward Si Sa Ket": a
  // place things were aimed toward comes after the place where they happened.
  const aimed = (p: PlaceMention): number => (sentence && TOWARD.test(sentence.text.slice(0, p.start - sentence.start)) ? 1 : 0);
  // "in Phanom Dong Rak district of Surin", "Kap Choeng district of Surin": the unit named
  // first says where; the one after "of" is the larger region holding it.
  const holder = (p: PlaceMention): number => (sentence && places.some((q) => q !== p && UNIT.test(q.text) && /^\s+of\s+$/.test(sentence.text.slice(q.end - sentence.start, p.start - sentence.start))) ? 1 : 0);
  // "wildfires in central Chile, particularly around the region of Valparaiso": the place the
  // sentence narrows to says where, when it lies inside a broader place the sentence names.
  const focus = (p: PlaceMention): number => (sentence && FOCUS.test(sentence.text.slice(0, p.start - sentence.start)) && places.some((q) => q !== p && within(p, q) < 0) ? 1 : 0);
  return [...places].sort((a, b) =>
    aside(a) - aside(b) ||
    aimed(a) - aimed(b) ||
    focus(b) - focus(a) ||
    holder(a) - holder(b) ||
    rank(b) - rank(a) ||
    Number(b.locative) - Number(a.locative) ||
    SPECIFICITY[b.place.kind] - SPECIFICITY[a.place.kind] ||
    within(a, b) ||
    Math.abs(a.start - near) - Math.abs(b.start - near),
  )[0];
}

/**
 * "near the Second Thomas Shoal in the South China Sea", "in Beni territory in North Kivu": of
 * two areas, one inside the other, the smaller says where (negative when `a` is it).
 */
function within(a: PlaceMention, b: PlaceMention): number {
  const ra = a.place.radiusKm;
  const rb = b.place.radiusKm;
  if (ra === undefined || rb === undefined || ra === rb) return 0;
  const inside = distanceKm(a.place.point, b.place.point) <= Math.max(ra, rb);
  return inside ? Math.sign(ra - rb) : 0;
}

const THE_CITY = /\b(?:in|around|across|outside|throughout|into|near) the (?:city|capital|town)\b(?!\s+of\b)/i;
const UNIT = /\b(?:district|county|sector|municipality|province|region|governorate|oblast|prefecture)$/i;
const FOCUS = /,\s*(?:particularly|especially|notably|mainly|chiefly|mostly)\s+(?:in|around|near|across|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$/i;
const TOWARD = /\b(?:toward|towards|in the direction of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i;
const ASIDE = /,\s*(?:saying|claiming|arguing|in (?:response|retaliation|solidarity)|as part of|amid|following|after)\b|\b(?:since|because|solidarity with|in response to)\b[^,]*$/i;

// What happens on the ground or at sea, where the text says, never at a reporter's seat: a
// seizure of a ship ("other") and a protest as much as a strike or its toll.
const COMBAT: ReadonlySet<Category> = new Set(['casualties', 'strike', 'ground-fighting', 'other', 'protest', 'riot', 'explosion', 'violence-against-civilians']);
const VIEWS: ReadonlySet<Category> = new Set(['analysis', 'statement']);
const UNSEATED: ReadonlySet<Category> = COMBAT;
// Troops that moved or deployed did so where they went; a plan to send them is the planner's.
const MOVES: ReadonlySet<Category> = new Set(['movement', 'deployment', 'training']);

const inferred = (s: SpeakerPlace, phrase: string): Placed => ({ place: s.place, basis: 'inferred', autoGeocoded: s.autoGeocoded, phrase });
const stated = (m: PlaceMention): Placed => ({ place: m.place, basis: 'stated', autoGeocoded: m.autoGeocoded, phrase: m.text });
const IN_THE_AREA = /\bin the area\b/i;
const theatreOf = (m: PlaceMention): Placed => ({ place: m.place, basis: 'inferred', autoGeocoded: m.autoGeocoded, phrase: `the article's theatre: "${m.text}"` });

/** Where the candidate happened, or undefined when nothing places it. */
export function placeOf(input: PlacingInput, gazetteer: GazetteerIndex, world: () => WorldGazetteer): Placed | undefined {
  const { places, category, seat, act, theatre } = input;
  const best = pickPlace(places, input.near, input.sentence);
  const venue = best !== undefined && best.locative && best.place.kind === 'city' ? best : undefined;
  if (act) {
    if (venue) return stated(venue);
    const addressee = act.addressee ? speakerPlace(act.addressee, gazetteer, world) : undefined;
    if (addressee) return inferred(addressee, `${act.addressee} (briefed there, seat inferred)`);
    const actor = act.actor ? speakerPlace(act.actor, gazetteer, world) : undefined;
    if (actor) return inferred(actor, `${act.actor} (seat inferred)`);
    if (seat) return inferred(seat, `${input.speaker} (seat inferred)`);
  }
  const sub = best !== undefined && best.place.kind !== 'country' ? best : undefined;
  // "stationed around the city", "in the capital": with no place named, the city the story is in.
  if (theatre && !sub && !act && theatre.place.kind === 'city' && THE_CITY.test(input.sentence.text)) return theatreOf(theatre);
  // "the local commander in the area held a flag meeting with his counterpart": a movement
  // told only "in the area", naming no place, is in the area the story is in.
  if (theatre && !best && !act && category === 'movement' && IN_THE_AREA.test(input.sentence.text)) return theatreOf(theatre);
  // "The death toll in the Philippines ... has climbed to 81" in a story whose theatre is a
  // province of China: a country the sentence puts it in, which does not hold the theatre, says more.
  const abroad = best !== undefined && best.place.kind === 'country' && best.locative && theatre !== undefined && outsideCountry(best.place, theatre.place, world);
  if (abroad && !sub && COMBAT.has(category) && input.factual) return stated(best);
  if (theatre && !sub && COMBAT.has(category) && input.factual) return theatreOf(theatre);
  // "Selezniov believes Russia is keen on ...": a country as the subject of a view is its topic.
  const placeless = !best || best.from || (best.place.kind === 'country' && !best.locative);
  if (theatre && placeless && !seat && input.speaker !== undefined && VIEWS.has(category)) return theatreOf(theatre);
  // A speaker's seat may hold what the speaker did (a statement, a briefing, a forecast), never
  // a battle, strike, loss or movement that the speaker reports as having happened elsewhere.
  const seated = !input.factual || (!UNSEATED.has(category) && !MOVES.has(category));
  const useSeat = seat !== undefined && seated && (!best || (category === 'statement' && !venue) || best.place.kind === 'country');
  if (useSeat) return inferred(seat, `${input.speaker} (seat inferred)`);
  return best ? stated(best) : undefined;
}

// "between Russian President Vladimir Putin and DPRK leader Kim Jong-un (on June 19)".
const BETWEEN = /\bbetween\s+(.+?)\s+and\s+(.+?)(?=\s+(?:on|in|at|during|last|this)\b|[,.;:]|$)/;

/**
 * The seats of an agreement's two parties when the sentence names them ("between X and Y")
 * and no venue city: two inferred places, or none when the parties' seats are not both known.
 */
export function agreementSeats(input: Pick<PlacingInput, 'sentence' | 'places' | 'near'>, gazetteer: GazetteerIndex, world: () => WorldGazetteer): Placed[] {
  const best = pickPlace(input.places, input.near);
  if (best?.locative && best.place.kind === 'city') return [];
  const between = BETWEEN.exec(input.sentence.text);
  if (!between) return [];
  const parties = [between[1] ?? '', between[2] ?? ''];
  const seats = parties.map((party) => ({ party, seat: speakerPlace(party, gazetteer, world) }));
  const [a, b] = seats;
  if (!a?.seat || !b?.seat || a.seat.place.id === b.seat.place.id) return [];
  return seats.map(({ party, seat }) => inferred(seat as SpeakerPlace, `${party} (venue not stated: one party's seat; the other party's is a sibling candidate)`));
}

// "..., which was followed by a tsunami that flooded the capital": a hazard that followed is
// a happening of its own, in a clause of its own.
const CLAUSE_BREAK = /\b(?:while|whereas)\b|;|,\s+(?:which\s+was\s+|and\s+)?followed\s+by\s+(?=(?:a|an|the)\s)/g;

/**
 * "the Pacific island of Tonga was struck by a huge volcanic explosion": a country a hazard
 * struck is where that clause's happening was, when the sentence goes on to another happening
 * at a place of its own.
 */
function countryStruck(sentence: Sentence, places: readonly PlaceMention[], from: number, to: number): PlaceMention | undefined {
  return places.find((p) => p.place.kind === 'country' && p.start >= from && p.end <= to &&
    STRUCK_AFTER.test(sentence.text.slice(p.end - sentence.start, to - sentence.start)));
}
const STRUCK_AFTER = /^\s+(?:was|were|has been|had been)\s+(?:struck|hit|rocked|battered)\s+by\b/i;
// "Two bridges were destroyed in Namchi and one in Gangtok": a count with a place of its own,
// the verb left out, is a clause of its own too. A list of such counts ("9 in Nanao and 1 in
// Shika") is a toll list, split by its own rule.
const COUNT_IN = new RegExp(String.raw`(?:${NUMBER_WORD}|\d+)\s+(?:more\s+|others?\s+)?(?:in|at)\s`, 'gi');
const ELIDED = new RegExp(`,?\\s+and\\s+(?=${COUNT_IN.source})`, 'gi');
const elidedCuts = (text: string): number[] =>
  ([...text.matchAll(COUNT_IN)].length === 1 ? [...text.matchAll(ELIDED)].map((m) => m.index ?? 0) : []);

/**
 * Places stated in the sentence's other clauses (split at "while", "whereas", ";"), far from
 * `placed`, and the other places of a list at its head or after "including".
 */
export function clausePlaces(sentence: Sentence, places: readonly PlaceMention[], placed: Placed): Placed[] {
  const listed = [...openingList(sentence, places), ...includedPlaces(sentence, places)]
    .filter((p, i, all) => p.place.id !== placed.place.id && all.findIndex((q) => q.place.id === p.place.id) === i);
  const out: Placed[] = listed.map((p) => ({ place: p.place, basis: 'stated', autoGeocoded: p.autoGeocoded, phrase: p.text }));
  const breaks = [...[...sentence.text.matchAll(CLAUSE_BREAK)].map((m) => m.index ?? 0), ...elidedCuts(sentence.text)].sort((a, b) => a - b);
  const cuts = [sentence.start, ...breaks.map((at) => sentence.start + at), sentence.end];
  if (cuts.length < 3) return out;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const inClause = places.filter((p) => p.locative && !p.from && p.place.kind !== 'country' && p.start >= (cuts[i] ?? 0) && p.end <= (cuts[i + 1] ?? 0));
    const first = inClause[0] ?? countryToll(sentence, places, placed, cuts[i] ?? 0, cuts[i + 1] ?? 0) ?? countryStruck(sentence, places, cuts[i] ?? 0, cuts[i + 1] ?? 0);
    if (!first || first.place.id === placed.place.id || distanceKm(first.place.point, placed.place.point) <= SAME_CITY_KM) continue;
    if (out.some((o) => o.place.id === first.place.id)) continue;
    out.push({ place: first.place, basis: 'stated', autoGeocoded: first.autoGeocoded, phrase: first.text });
  }
  return out;
}

/**
 * "... has killed at least 12 people in India's West Bengal state while in Bangladesh up to
 * eight people have died": a clause that puts a toll of its own in a country is that
 * country's toll when the country does not hold the place the sentence is put at (it lies
 * beyond the country's reach, or another country the sentence names outside the clause holds
 * it). Only when the clause names no smaller place of its own (that one says where) and counts
 * its dead or hurt itself.
 */
function countryToll(sentence: Sentence, places: readonly PlaceMention[], placed: Placed, from: number, to: number): PlaceMention | undefined {
  const clause = sentence.text.slice(from - sentence.start, to - sentence.start);
  if (!TOLL.test(clause) || !COUNTED.test(clause)) return undefined;
  const holds = (p: PlaceMention): boolean => distanceKm(p.place.point, placed.place.point) <= (p.place.radiusKm ?? 0);
  const outside = places.filter((p) => p.place.kind === 'country' && (p.end <= from || p.start >= to));
  return places.find((p) => p.locative && !p.from && p.place.kind === 'country' && p.start >= from && p.end <= to &&
    (!holds(p) || outside.some((o) => o.place.id !== p.place.id && holds(o))));
}

// Where one clause of a sentence ends and another, with its own subject, begins.
const CLAUSE_SPLIT = /;|,?\s+(?:and|while|whereas|but)\s+(?=(?:the|a|an|he|she|they|it|we|both|two)\b|\p{Lu})/gu;

/**
 * The places in the clause holding offset `at` ("... visited Pakistan in January | and the two
 * ministers also met on 29th March in Dushanbe"), or all of them when that clause names none.
 */
export function placesInClause(sentence: Sentence, at: number, places: readonly PlaceMention[]): readonly PlaceMention[] {
  const cuts = [sentence.start, ...[...sentence.text.matchAll(CLAUSE_SPLIT)].map((m) => sentence.start + (m.index ?? 0)), sentence.end];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? 0;
    if (at < from || at >= to) continue;
    const inside = places.filter((p) => p.start >= from && p.end <= to);
    return inside.length ? inside : places;
  }
  return places;
}

// "BEIRUT:", "MANILA—", "KABUL, Afghanistan –", "BENI, Democratic Republic of Congo, June 5 (Reuters) -",
// "Kabul [Afghanistan], October 8 :" (the country in square brackets), "Nassau, Bahamas,
// September 3, 2019 (The Nassau Guardian):" (the date with its year), "WASHINGTON •" (a bullet
// after the city, as some papers set it), "Athens, Jul 23 (EFE).-" (a full stop before the dash).
const DATELINE_AFTER = /^(?:\s*\[[^\]]{1,40}\])?(?:,\s*[\p{Lu}][\p{L} .'’-]*){0,2}(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2}(?:,\s*\d{4})?)?\s*(?:,?\s*\([^)]*\))?\s*\.?\s*[:—–•-]/u;

/**
 * The sentence's places without its dateline: the city a report was filed from is not where
 * its events happened, unless the text says "here" ("arrived here Friday").
 */
export function withoutDateline(sentence: Sentence, places: readonly PlaceMention[]): readonly PlaceMention[] {
  if (/\bhere\b/i.test(sentence.text)) return places;
  return places.filter((p) => !atDateline(sentence, p));
}

// "Pretoria, Republic of South Africa (Weltexpress).": a dateline standing as a sentence of its
// own, the place, up to two larger names, and the outlet in parentheses.
const DATELINE_SENTENCE_AFTER = /^(?:,\s*[\p{Lu}][\p{L} .'’-]*){0,2}\s*\([^)]{1,60}\)\s*\.?\s*$/u;
// "Harda/Bhopal (Madhya Pradesh):": two places joined by a slash, both the dateline's.
const SLASHED_BEFORE = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s*\/\s*$/u;
const SLASHED_AFTER = /^\s*\/\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?=[\s(,:—–-])/u;

/**
 * Whether the place opens the sentence as its dateline ("KABUL:", "BENI, Congo, June 5 -",
 * "Harda/Bhopal (Madhya Pradesh):", or a sentence that is only "Pretoria, South Africa (Outlet).").
 */
export const atDateline = (sentence: Sentence, p: PlaceMention): boolean => {
  const after = sentence.text.slice(p.end - sentence.start);
  const before = sentence.text.slice(0, p.start - sentence.start);
  const second = SLASHED_BEFORE.test(before);
  if (!second && p.start !== sentence.start) return parenDateline(sentence, p);
  const rest = second ? after : after.replace(SLASHED_AFTER, '');
  return DATELINE_AFTER.test(rest) || DATELINE_SENTENCE_AFTER.test(rest) || parenDateline(sentence, p);
};

const parenDateline = (sentence: Sentence, p: PlaceMention): boolean =>
  // "(Peshawar) Pakistan: Militants attacked ...": the city in parentheses, then the country.
  (sentence.text.startsWith('(') && p.start === sentence.start + 1 && PAREN_DATELINE_AFTER.test(sentence.text.slice(p.end - sentence.start)));

const PAREN_DATELINE_AFTER = /^\)\s*(?:\p{Lu}[\p{L} .'’-]*)?\s*[:—–-]/u;
