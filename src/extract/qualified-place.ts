/**
 * A place named with the country or region that holds it: "the town of Tempe in central
 * Greece", "Owo, in Nigeria's Ondo State", "a village in Sagaing Region", "Kanbalu Township of
 * Sagaing Region". The words after the name say which of several same-named places is meant
 * (never a larger namesake abroad); when the gazetteer has no place of that name there, the
 * country or region named is where the text puts it, with its radius, and the note says the
 * town was not found.
 */
import type { Place } from '../domain/types';
import { distanceKm } from './geo';
import type { WorldArea, WorldCity, WorldGazetteer } from './world-gazetteer';
import { areaPlace, slug, type ArticleContext } from './article-context';
import { SIDE_BEARING } from './country-side';

export interface Qualifier {
  /** The country's ISO code. */
  country: string;
  /** The region named, when one is: places must lie inside it. */
  region: WorldArea | undefined;
  /** The area to fall back on: the region, else the side of the country named, else the country. */
  area: WorldArea;
  /** The qualifying words as written (", in Nigeria's Ondo State"), from right after the name. */
  text: string;
}

// A side of the country by its bearing; its middle (null) for "central".
const SIDES: Record<string, number | null> = { central: null, ...SIDE_BEARING };
const WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
// A name's word that stops before a possessive "'s": "Nigeria's Ondo State" is the country
// "Nigeria" and its region, not a word "Nigeria's".
const NAME_WORD = String.raw`\p{Lu}(?:[\p{L}-]|['’](?![sS](?![\p{L}])))*`;
const UNIT_WORD = 'State|Region|Province|Governorate|Oblast|region|state|province|governorate|oblast';
// Up to three names in a row: the words a region's name may take.
const NAME_RUN = new RegExp(String.raw`^${WORD}(?:\s+${WORD}){0,2}`, 'u');
const UNIT_WORD_AFTER = new RegExp(String.raw`^\s+(?:${UNIT_WORD})(?![\p{L}'’-])`, 'u');
// ", in Nigeria's Ondo State", " in central Greece", " of Sagaing Region", ", Yemen".
const AFTER = new RegExp(
  String.raw`^(?:,?\s+(?:in|of)\s+(?:the\s+)?|,\s+)(?:(${Object.keys(SIDES).join('|')})\s+)?(${NAME_WORD}(?:\s+${NAME_WORD}){0,2}?)(?:['’]s\s+(${WORD}(?:\s+${WORD}){0,2}?))?(?:\s+(${UNIT_WORD}))?(?![\p{L}'’-])`,
  'u',
);

// ", in the northern Mozambican province of Cabo Delgado": a country's adjective, its unit word
// and the region's name (up to three words, the longest that names a region of that country).
const UNIT_OF = new RegExp(
  String.raw`^,?\s+in\s+the\s+(?:(?:${['central', ...Object.keys(SIDE_BEARING)].join('|')})\s+)?(${WORD})\s+(?:province|state|region|governorate|oblast|department|district)\s+of\s+(${WORD}(?:\s+${WORD}){0,2})`,
  'u',
);

/** The longest run of the first of `words` (one to all) that `lookup` finds as a region of `country`. */
function longestRegion(
  words: readonly string[],
  country: string,
  lookup: (name: string, only: ReadonlySet<string>) => WorldArea | undefined,
): { name: string; region: WorldArea } | undefined {
  const only = new Set([country]);
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(' ');
    const region = lookup(name, only);
    if (region?.country === country) return { name, region };
  }
  return undefined;
}

function unitOf(after: string, world: WorldGazetteer): Qualifier | undefined {
  const m = UNIT_OF.exec(after);
  const country = m ? world.demonym(m[1] ?? '') : undefined;
  if (!m || !country) return undefined;
  // After "the province of" the words are the region's own name, so that is looked for first.
  const found = longestRegion((m[2] ?? '').split(/\s+/), country.country, (name, only) => world.regionNamed(name, only) ?? world.region(name, only));
  if (!found) return undefined;
  const text = m[0].slice(0, m[0].length - (m[2] ?? '').length) + found.name;
  return { country: country.country, region: found.region, area: found.region, text };
}

/** The country or region named right after a place name (`after` is the text following it), if any. */
export function qualifierAfter(after: string, world: WorldGazetteer): Qualifier | undefined {
  const ofUnit = unitOf(after, world);
  if (ofUnit) return ofUnit;
  const m = AFTER.exec(after);
  if (!m) return undefined;
  // "in Gaza, Israel said": a bare ", <country>" qualifies the name only when the clause ends
  // there ("Islamabad, Pakistan –", "Owo, Nigeria."), not when the country is a speaker.
  if (/^,\s+(?!in\s|of\s)/.test(m[0]) && !/^\s*(?:[,.;:)–—-]|$)/.test(after.slice(m[0].length))) return undefined;
  const side = m[1]?.toLowerCase();
  const first = m[2] ?? '';
  const second = m[3];
  const unit = m[4];
  const country = world.country(first);
  if (second !== undefined) {
    // "Nigeria's Ondo State": the region of that name in that country.
    if (!country) return undefined;
    // "Mozambique's Cabo Delgado province": the longest run of up to three names that is a region.
    const at = m[0].lastIndexOf(second);
    const words = NAME_RUN.exec(after.slice(at))?.[0].split(/\s+/) ?? [second];
    const found = longestRegion(words, country.country, (name, only) => world.region(name, only) ?? world.regionNamed(name, only));
    if (!found) return undefined;
    const end = at + found.name.length;
    const unitWord = UNIT_WORD_AFTER.exec(after.slice(end))?.[0] ?? '';
    return { country: country.country, region: found.region, area: found.region, text: after.slice(0, end) + unitWord };
  }
  if (country) {
    if (unit) return undefined;
    const bearing = side ? SIDES[side] : undefined;
    const part = bearing !== undefined && bearing !== null ? world.countryPart(country.country, bearing) : undefined;
    // "central Greece": the country's middle, half its radius around its centre.
    const middle = bearing === null ? { ...country, radiusKm: Math.round(country.radiusKm / 2), note: `the central part of ${country.name}, half the country's radius (${Math.round(country.radiusKm / 2)} km) around its centre` } : undefined;
    const area: WorldArea = part ? { ...part, kind: 'area', name: `${side} ${country.name}` } : middle ? { ...middle, kind: 'area', name: `central ${country.name}` } : country;
    return { country: country.country, region: undefined, area, text: m[0] };
  }
  // "in Sagaing Region", "of Ondo State": a first-level region, with its unit word.
  if (!unit || side) return undefined;
  const region = world.region(first) ?? world.regionNamed(first);
  if (!region?.country) return undefined;
  return { country: region.country, region, area: region, text: m[0] };
}

/** The named places that lie where the qualifier says. */
export function placesThere(cities: readonly WorldCity[], q: Qualifier): WorldCity[] {
  return cities.filter((c) => c.country === q.country && (!q.region || distanceKm([q.region.lon, q.region.lat], [c.lon, c.lat]) <= q.region.radiusKm));
}

/** Each place made for a town the gazetteer has not got in the area named with it: the town's name and the area's. */
const UNFOUND = new WeakMap<Place, { name: string; area: string }>();

/** The town a place stands in for, and the area it was put at, when the gazetteer lacks that town there; else undefined. */
export const unfoundIn = (place: Place): { name: string; area: string } | undefined => UNFOUND.get(place);

/** The country or region named with a town the gazetteer has not got there, as the place. */
export function qualifierPlace(name: string, q: Qualifier, elsewhere: readonly WorldCity[], world?: WorldGazetteer): Place {
  // "in Inner Mongolia, China": a first-level region of that country named with it is that region.
  const region = elsewhere.length === 0 ? world?.regionNamed(name, new Set([q.country])) : undefined;
  if (region && region.country === q.country) return areaPlace(region, `${slug(name)}-region`);
  const place = areaPlace(q.area, slug(`${name} ${q.area.name}`));
  const abroad = elsewhere.length ? ` (only ${[...new Set(elsewhere.map((c) => `${c.name}, ${c.country}`))].join('; ')} elsewhere)` : '';
  const unfound: Place = { ...place, name: `${name}, ${q.area.name}`, note: `${name} not found in the gazetteer in ${q.area.name}${abroad}: the area named with it, ${place.note ?? ''}` };
  UNFOUND.set(unfound, { name, area: q.area.name });
  return unfound;
}

export type { ArticleContext };
