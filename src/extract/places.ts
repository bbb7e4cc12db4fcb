/**
 * Places named in the text: the project gazetteer first (names and aliases, case-insensitive,
 * longest match), then the world gazetteer for cities ours lacks, marked auto-geocoded so a
 * reviewer checks them. Region phrases ("the Kursk region", "eastern Russia") stay areas even
 * when only the city or country is known: never a falsely precise pin.
 */
import type { Place } from '../domain/types';
import type { PlaceMention } from './types';
import { distanceKm, SAME_CITY_KM } from './geo';
import { applyOffset, listArea, namedLists } from './place-phrases';
import { worldGazetteer, type WorldGazetteer } from './world-gazetteer';
import { ATTRIBUTIVE, emptyContext, slug, worldMentions, type ArticleContext } from './world-places';

export { slug };

export interface GazetteerIndex {
  places: readonly Place[];
  byId: ReadonlyMap<string, Place>;
  byName: ReadonlyMap<string, Place>;
  pattern: RegExp | undefined;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Typographic and straight apostrophes, any run of white space: as articles spell them.
const flexible = (alias: string): string => escape(alias).replace(/['’]/g, "['’]").replace(/\s+/g, '\\s+');
const key = (s: string): string => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();

/** Index the project gazetteer once: one alternation, longest alias first, so the longest wins. */
export function indexGazetteer(places: readonly Place[]): GazetteerIndex {
  const byName = new Map<string, Place>();
  for (const place of places) {
    for (const name of [place.name, ...place.aliases]) if (!byName.has(key(name))) byName.set(key(name), place);
  }
  const aliases = [...byName.keys()].sort((a, b) => b.length - a.length);
  const pattern = aliases.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${aliases.map(flexible).join('|')})(?![\\p{L}\\p{N}])`, 'giu')
    : undefined;
  return { places, byId: new Map(places.map((p) => [p.id, p])), byName, pattern };
}

const LOCATIVE = /(?:^|[\s(])(?:in|at|near|to|from|toward|towards|into|outside|around|via|across|on|inside|within|over)\s+(?:the\s+)?$/i;
const FROM = /(?:^|[\s(])from\s+(?:the\s+)?$/i;
const REGION_SUFFIX = /^\s+(region|oblast|province|area|territory|krai|republic)\b/i;
const DIRECTION = /(?:^|\s)(eastern|western|northern|southern|central|north-eastern|north-western|south-eastern|south-western|far eastern)\s+$/i;
/** A region or directional area around a known place, for phrases our gazetteer lacks. */
function areaAround(base: Place, id: string, name: string, kind: 'region' | 'area', radiusKm: number, why: string): Place {
  return { id, name, aliases: [], kind, point: base.point, radiusKm, note: `auto-derived from "${base.name}": ${why}` };
}

function projectMatches(text: string, offset: number, index: GazetteerIndex): PlaceMention[] {
  const found: PlaceMention[] = [];
  if (!index.pattern) return found;
  index.pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = index.pattern.exec(text)) !== null) {
    const place = index.byName.get(key(m[0]));
    if (!place) continue;
    const after = text.slice(m.index + m[0].length);
    const before = text.slice(0, m.index);
    // "Kyiv Post", "North Korea Studies": the place name is part of an organisation's name;
    // "Moscow time", "the Gaza war": it qualifies something else.
    if (/^\s[A-Z][a-z]/.test(after) && !REGION_SUFFIX.test(after)) continue;
    if (ATTRIBUTIVE.test(/^\s+([a-z]+)/.exec(after)?.[1] ?? '')) continue;
    const mention: PlaceMention = {
      start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], place, autoGeocoded: false,
      locative: LOCATIVE.test(before) || DIRECTION.test(before), from: false,
    };
    const suffix = REGION_SUFFIX.exec(after);
    const direction = DIRECTION.exec(before);
    if (suffix && (place.kind === 'city' || place.kind === 'country')) {
      const phrase = `${m[0]}${suffix[0]}`;
      const known = index.byName.get(key(phrase));
      mention.end += suffix[0].length;
      mention.text = phrase;
      mention.place = known ?? areaAround(place, `${place.id}-${slug(suffix[1] ?? 'region')}`, phrase.trim(), 'region', 150, 'the region around it, radius a guess');
      mention.autoGeocoded = !known;
    } else if (direction && place.kind === 'country') {
      const phrase = `${direction[1]} ${m[0]}`;
      const known = index.byName.get(key(phrase));
      mention.start -= (direction[1] ?? '').length + 1;
      mention.text = phrase;
      mention.place = known ?? areaAround(place, `${slug(phrase)}`, phrase, 'area', place.radiusKm ?? 1500, 'the direction is not modelled, the whole country is covered');
      mention.autoGeocoded = !known;
    }
    found.push(mention);
  }
  return found;
}

/**
 * Places named in `text` (which starts at `offset` in the article file): the project's
 * gazetteer first, then the world's for names ours lacks (see `world-places.ts` for when a
 * capitalised name counts as a place), then the phrases built on them: "85 nautical miles
 * east of Aden", "the villages of A, B and C". `context` is what the article says about where
 * it is (the countries it names), for telling namesakes apart; found places join it.
 */
export function findPlaces(text: string, offset: number, index: GazetteerIndex, world: () => WorldGazetteer = worldGazetteer, context: ArticleContext = emptyContext()): PlaceMention[] {
  const ours = projectMatches(text, offset, index);
  // The sentence's own known places tell namesakes apart too ("a village in the Kursk region").
  for (const m of ours) if (m.place.kind !== 'country') context.points.push(m.place.point);
  const idTaken = (id: string): boolean => index.byId.has(id);
  const theirs = worldMentions(text, offset, world(), context, ours, idTaken).map((m) => {
    // Ours may hold the city under another spelling ("Washington, D.C."): use ours then.
    const same = m.place.kind === 'city' ? index.places.find((p) => p.kind === 'city' && distanceKm(p.point, m.place.point) <= SAME_CITY_KM) : undefined;
    return same ? { ...m, place: same, autoGeocoded: false } : m;
  });
  const named = [...ours, ...theirs];
  const lists = namedLists(text, offset);
  const areas = lists.flatMap((l) => listArea(l, named, text, offset) ?? []);
  const inList = (m: PlaceMention): boolean => lists.some((l) => m.start >= l.start && m.end <= l.end);
  const all = [...named.filter((m) => !areas.length || !inList(m)), ...areas].map((m) => applyOffset(text, offset, m, (p) => majorCity(p, world())));
  for (const m of all) if (m.place.kind !== 'country' && !ours.includes(m)) context.points.push(m.place.point);
  // "Jammu and Kashmir": a name inside a longer place name is part of it, not a place of its own.
  const inside = (m: PlaceMention): boolean => all.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start);
  return all
    .filter((m) => !inside(m))
    .map((m) => ({ ...m, from: FROM.test(text.slice(0, m.start - offset)) }))
    .sort((a, b) => a.start - b.start);
}

/** Whether a city is a capital or of a million people: a reference for places far from it. */
function majorCity(place: Place, world: WorldGazetteer): boolean {
  if (place.kind !== 'city') return false;
  return world.cities(place.name).some((c) => distanceKm([c.lon, c.lat], place.point) <= SAME_CITY_KM && (c.population >= 1_000_000 || /^PPLC/.test(c.featureCode)));
}
