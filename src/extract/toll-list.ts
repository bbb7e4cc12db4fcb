/**
 * "This earthquake caused 290 deaths in the province of Al Haouz, 190 in the province of
 * Taroudant, 89 in the province of Chichaoua ...", "Of the 72 deaths, 39 were in Wajima, 22 in
 * Suzu, five in Nanao, two each in Anamizu and Noto": a toll told place by place. Each place
 * holds a toll of its own, an event of its own, with its own figure.
 */
import { WORD_NUMBERS } from './figures';
import { distanceKm } from './geo';
import type { Placed } from './placing';
import type { FigureMention, PlaceMention, Sentence } from './types';
import { NUMBER_WORD } from './words';
import { areaPlace, slug } from './article-context';
import type { WorldGazetteer } from './world-gazetteer';

/** A place of the list, with the span of its item (its figure and its place). */
export interface TollItem {
  place: PlaceMention;
  item: { start: number; end: number };
  /** The item's figure as the text words it ("190", "two"). */
  count: { start: number; text: string };
}

const COUNT = String.raw`(?:\d[\d,]*|${NUMBER_WORD}|eleven|twelve|fifteen|twenty|thirty|forty|fifty)`;
// A figure, what it counts (or "were"), "each", then "in", and the unit a place is named as.
const ITEM = new RegExp(
  String.raw`\b(${COUNT})\s+(?:(?:people|persons|deaths?|dead|fatalities|victims|bodies|were|was|killed|injured|confirmed)\s+){0,3}(?:each\s+)?in\s+(?:the\s+(?:province|prefecture|region|district|city|town|governorate|county|state|municipality|village)\s+of\s+)?`,
  'gi',
);
// How far a listed place may lie from every other before it is taken for a namesake.
const NAMESAKE_KM = 500;

// Where one item ends and the next begins.
const ITEM_END = new RegExp(String.raw`[,;]|\band\s+(?:\d|${NUMBER_WORD})\b|\bfollowed by\b|$`, 'i');

/**
 * The places of a toll told place by place, each with its item; none unless the sentence
 * lists two or more figures, each followed by the place it was counted in. A sentence that
 * names where a single toll happened is not a list.
 */
export function tollList(sentence: Sentence, places: readonly PlaceMention[]): TollItem[] {
  return listOf(sentence, places).items;
}

/** The list's items, and where every figure told as an item starts, its place found or not. */
function listOf(sentence: Sentence, places: readonly PlaceMention[]): { items: TollItem[]; heads: number[] } {
  const out: TollItem[] = [];
  const heads: number[] = [];
  let figures = 0;
  for (const m of sentence.text.matchAll(ITEM)) {
    heads.push(sentence.start + (m.index ?? 0));
    const at = sentence.start + (m.index ?? 0) + m[0].length;
    const first = places.find((p) => p.start === at);
    if (!first || first.place.kind === 'country') continue;
    figures += 1;
    const rest = sentence.text.slice(first.end - sentence.start);
    const tail = ITEM_END.exec(rest);
    const end = first.end + (tail?.index ?? rest.length);
    const itemStart = sentence.start + (m.index ?? 0);
    // "two each in Anamizu and Noto": every place up to the item's end shares its figure.
    for (const p of places.filter((q) => q.start >= first.start && q.end <= end && q.place.kind !== 'country')) out.push({ place: p, item: { start: itemStart, end }, count: { start: itemStart, text: m[1] ?? '' } });
  }
  // "one in Shika" read as a namesake island a thousand kilometres from the other towns: a
  // place far from every other place of the list is not the one the list counts.
  const near = out.filter((i) => out.filter((j) => j.place.place.id !== i.place.place.id).some((j) => distanceKm(i.place.place.point, j.place.place.point) <= NAMESAKE_KM));
  return { items: figures >= 2 ? (out.length > 2 ? near : out) : [], heads };
}

const within = (f: FigureMention, item: TollItem['item']): boolean => f.start >= item.start && f.end <= item.end;

// "followed by Ilembe with 28, Ugu with 6 ... and uMzinyathi with 2": a district named before
// its count, the list's items parted by commas, "followed by" or "and".
const WITH_ITEM = new RegExp(String.raw`(?<![\p{L}'’-])((?:[a-z](?=\p{Lu}\p{Ll}))?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?:\s+(?:metro|metropolitan|municipality|district|county|province|region))?(?:\s+(?:is|was)\s+(?:the\s+)?(?:most|worst|hardest)[\s-](?:affected|hit))?\s+with\s+(${COUNT})\b`, 'gu');
const DEATH_WORD = /\b(?:deaths?|dead|fatalities|died|killed|bodies)\b/i;
const LIST_JOIN = /^\s*(?:,|,?\s+followed\s+by|,?\s+and)\s+$/i;

/**
 * "The eThekwini metro is most affected with 355 deaths, followed by Ilembe with 28, Ugu with 6
 * and uMzinyathi with 2": a toll told district by district, each district named before its count.
 * Three items or more, one of them a place the gazetteer knows; a district no gazetteer holds is
 * put in the first-level region of the known ones (one region for all of them), never guessed
 * abroad. None when the sentence names no death, or the items do not follow one another.
 */
function withList(sentence: Sentence, places: readonly PlaceMention[], world: WorldGazetteer | undefined): TollItem[] {
  if (!DEATH_WORD.test(sentence.text)) return [];
  const found = [...sentence.text.matchAll(WITH_ITEM)];
  if (found.length < 3) return [];
  for (let k = 1; k < found.length; k++) {
    const prev = found[k - 1]!;
    const gap = sentence.text.slice((prev.index ?? 0) + prev[0].length, found[k]!.index ?? 0);
    if (!LIST_JOIN.test(gap.replace(/^\s+(?:deaths?|dead|fatalities|people)\b/i, ''))) return [];
  }
  const at = (m: RegExpMatchArray): { start: number; end: number } => ({ start: sentence.start + (m.index ?? 0), end: sentence.start + (m.index ?? 0) + (m[1] ?? '').length });
  const known = found.map((m) => {
    const span = at(m);
    return places.find((p) => p.place.kind !== 'country' && p.start >= span.start && p.end <= span.end);
  });
  const anchor = known.find((k) => k !== undefined);
  if (!anchor || !world) return known.every((k) => k) ? tollItems(found, known as PlaceMention[], sentence) : [];
  const town = world.cities(anchor.place.name).sort((a, b) => distanceKm([a.lon, a.lat], anchor.place.point) - distanceKm([b.lon, b.lat], anchor.place.point))[0];
  const region = town && distanceKm([town.lon, town.lat], anchor.place.point) <= 50 ? world.regionHolding(town) : undefined;
  if (!region) return [];
  const filled = found.map((m, k): PlaceMention => {
    const held = known[k];
    if (held) return held;
    const span = at(m);
    const name = m[1] ?? '';
    return {
      ...span, text: name, autoGeocoded: true, locative: false, from: false,
      place: { ...areaPlace(region, `${slug(name)}-${slug(region.name)}`), name: `${name}, ${region.name}`, note: `auto-geocoded: ${name}, not in the gazetteer, listed in a toll beside ${anchor.place.name}: taken to lie in its first-level region (${region.note})` },
    };
  });
  return tollItems(found, filled, sentence);
}

/** The list's items at their places, each with its count. */
function tollItems(found: readonly RegExpMatchArray[], places: readonly PlaceMention[], sentence: Sentence): TollItem[] {
  return found.map((m, k) => {
    const start = sentence.start + (m.index ?? 0);
    const count = m[2] ?? '';
    return { place: places[k]!, item: { start, end: start + m[0].length }, count: { start: start + m[0].length - count.length, text: count } };
  });
}

/**
 * The candidates a toll list makes: one per listed place, each with its item's figure. The
 * sentence's own candidate (at `placed`) keeps every figure when the sentence also gives a
 * figure of no item ("Of the 72 deaths, ..."): a total, an event of its own; otherwise, when
 * it sits at a listed place, it is that place's, with that item's figure.
 */
export function splitToll(sentence: Sentence, places: readonly PlaceMention[], placed: Placed, figures: readonly FigureMention[], world?: WorldGazetteer): { figures: FigureMention[]; siblings: Array<{ placed: Placed; figures: FigureMention[] }> } {
  const listed = listOf(sentence, places);
  const named = listed.items.length ? [] : withList(sentence, places, world);
  const { items, heads } = named.length ? { items: named, heads: named.map((i) => i.item.start) } : listed;
  if (!items.length) return { figures: [...figures], siblings: [] };
  // An item whose place no gazetteer knows ("290 deaths in the province of Al Haouz") is no total.
  const total = figures.some((f) => !items.some((i) => within(f, i.item)) && !heads.includes(f.start));
  const own = total ? undefined : items.find((i) => i.place.place.id === placed.place.id);
  const seen = new Set(own ? [own.place.place.id] : []);
  const siblings: Array<{ placed: Placed; figures: FigureMention[] }> = [];
  for (const listed of items) {
    const { place } = listed;
    if (seen.has(place.place.id)) continue;
    seen.add(place.place.id);
    siblings.push({ placed: { place: place.place, basis: 'stated', autoGeocoded: place.autoGeocoded, phrase: place.text }, figures: itemFigures(figures, listed) });
  }
  return { figures: own ? itemFigures(figures, own) : [...figures], siblings };
}

/**
 * The item's figure: the one found in it, else its count read here ("two each in Anamizu",
 * which alone names nothing counted), counting what the list's first figure counts.
 */
function itemFigures(figures: readonly FigureMention[], item: TollItem): FigureMention[] {
  const found = figures.filter((f) => within(f, item.item));
  if (found.length) return found;
  const text = item.count.text;
  const value = /^\d/.test(text) ? Number(text.replace(/,/g, '')) : WORD_NUMBERS[text.toLowerCase()];
  if (value === undefined) return [];
  const measure = figures.find((f) => f.measure !== 'unspecified')?.measure ?? 'unspecified';
  return [{ start: item.count.start, end: item.count.start + text.length, text, value, qualifier: 'exact', measure }];
}
