import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  type LngLat,
  labelPoint,
  maxLongitudeJump,
  pointInPolygon,
  type Ring,
  roundCoords,
  signedArea,
  splitLineAtAntimeridian,
  splitPolygonAtAntimeridian,
} from './geometry';

const inRange = (coords: readonly LngLat[]) => coords.every(([x, y]) => Math.abs(x) <= 180 && Math.abs(y) <= 90);
const totalArea = (polygons: Ring[][]) =>
  polygons.reduce((sum, [outer = [], ...holes]) => sum + Math.abs(signedArea(outer)) - holes.reduce((s, h) => s + Math.abs(signedArea(h)), 0), 0);

describe('splitPolygonAtAntimeridian', () => {
  // A 20° x 10° box from 170°E to 170°W, written the way world-atlas writes Chukotka.
  const crossing: Ring = [[170, 60], [-170, 60], [-170, 70], [170, 70], [170, 60]];

  it('cuts a ring crossing ±180 into parts with no jump over 180° and the same area', () => {
    const parts = splitPolygonAtAntimeridian([crossing]);
    expect(parts).toHaveLength(2);
    for (const ring of parts.flat()) {
      expect(maxLongitudeJump(ring)).toBeLessThanOrEqual(180);
      expect(inRange(ring)).toBe(true);
    }
    expect(totalArea(parts)).toBeCloseTo(200, 6);
    expect(parts.some((p) => pointInPolygon([175, 65], p))).toBe(true);
    expect(parts.some((p) => pointInPolygon([-175, 65], p))).toBe(true);
    expect(parts.some((p) => pointInPolygon([0, 65], p))).toBe(false);
  });

  it('keeps a hole with the part that holds it', () => {
    const hole: Ring = [[-178, 62], [-172, 62], [-172, 68], [-178, 68], [-178, 62]];
    const parts = splitPolygonAtAntimeridian([crossing, hole]);
    expect(totalArea(parts)).toBeCloseTo(200 - 36, 6);
    expect(parts.some((p) => pointInPolygon([-175, 65], p))).toBe(false);
  });

  it('closes a ring around the South Pole through the pole, like Antarctica', () => {
    const coast: Ring = [];
    for (let x = -180; x <= 180; x += 30) coast.push([x, -70]);
    const parts = splitPolygonAtAntimeridian([coast]);
    expect(parts.length).toBeGreaterThan(0);
    for (const ring of parts.flat()) expect(maxLongitudeJump(ring)).toBeLessThanOrEqual(180);
    expect(parts.some((p) => pointInPolygon([10, -80], p))).toBe(true);
    expect(parts.some((p) => pointInPolygon([10, -60], p))).toBe(false);
  });

  it("drops world-atlas' ring at -89.999 that makes Antarctica's coast a hole", () => {
    const poleRing: Ring = [[-180, -89.999], [90, -89.999], [0, -89.999], [-90, -89.999], [-180, -89.999]];
    const coast: Ring = [];
    for (let x = 180; x >= -180; x -= 30) coast.push([x, -70]);
    const parts = splitPolygonAtAntimeridian([poleRing, coast]);
    expect(parts.some((p) => pointInPolygon([10, -80], p))).toBe(true);
  });

  it('leaves a polygon that does not cross alone', () => {
    const square: Ring = [[10, 10], [20, 10], [20, 20], [10, 20], [10, 10]];
    expect(splitPolygonAtAntimeridian([square])).toEqual([[square]]);
  });
});

describe('splitLineAtAntimeridian', () => {
  it('splits a line at the antimeridian crossing', () => {
    expect(splitLineAtAntimeridian([[170, 0], [-170, 10]])).toEqual([
      [[170, 0], [180, 5]],
      [[-180, 5], [-170, 10]],
    ]);
  });

  it('splits at a vertex lying on the antimeridian', () => {
    const pieces = splitLineAtAntimeridian([[179, 0], [180, 1], [-179, 2]]);
    expect(pieces).toHaveLength(2);
    for (const piece of pieces) expect(maxLongitudeJump(piece)).toBeLessThanOrEqual(180);
  });
});

describe('labelPoint', () => {
  it('lies inside a U-shaped polygon whose centroid is outside it', () => {
    const u: Ring = [[0, 0], [30, 0], [30, 30], [20, 30], [20, 10], [10, 10], [10, 30], [0, 30], [0, 0]];
    expect(pointInPolygon([15, 15], [u])).toBe(false);
    const point = labelPoint([u]);
    expect(pointInPolygon(point, [u])).toBe(true);
  });

  it('avoids a hole', () => {
    const outer: Ring = [[0, 0], [20, 0], [20, 20], [0, 20], [0, 0]];
    const hole: Ring = [[5, 5], [15, 5], [15, 15], [5, 15], [5, 5]];
    const point = labelPoint([outer, hole]);
    expect(pointInPolygon(point, [outer, hole])).toBe(true);
  });
});

describe('roundCoords', () => {
  it('rounds and drops positions that become repeats', () => {
    expect(roundCoords([[1.00041, 2], [1.00044, 2], [3.14159, -0.00001]], 3)).toEqual([[1, 2], [3.142, 0]]);
  });
});

describe('generated basemap files (public/basemap)', () => {
  const dir = fileURLToPath(new URL('../../public/basemap/', import.meta.url));
  const read = (name: string) => JSON.parse(readFileSync(`${dir}${name}`, 'utf8')) as GeoJSON.FeatureCollection;
  const built = existsSync(`${dir}land.geojson`);

  const lines = (fc: GeoJSON.FeatureCollection): LngLat[][] =>
    fc.features.flatMap(({ geometry: g }) =>
      g.type === 'MultiPolygon' ? g.coordinates.flat() : g.type === 'MultiLineString' || g.type === 'Polygon' ? g.coordinates : [],
    ) as LngLat[][];

  it.runIf(built)('has no segment in land or borders spanning more than 180° of longitude', () => {
    for (const name of ['land.geojson', 'borders.geojson']) {
      const all = lines(read(name));
      expect(all.length).toBeGreaterThan(100);
      const worst = Math.max(...all.map(maxLongitudeJump));
      expect(worst, name).toBeLessThanOrEqual(180);
      expect(all.every(inRange), name).toBe(true);
    }
  });

  it.runIf(built)('places every country label on land, with a name and a rank', () => {
    const land = read('land.geojson').features.flatMap((f) => (f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [])) as Ring[][];
    const labels = read('country-labels.geojson').features;
    expect(labels.length).toBeGreaterThan(200);
    const offLand = labels.filter((f) => {
      const point = (f.geometry.type === 'Point' ? f.geometry.coordinates : [NaN, NaN]) as LngLat;
      return !land.some((polygon) => pointInPolygon(point, polygon));
    });
    expect(offLand.map((f) => f.properties?.name)).toEqual([]);
    for (const f of labels) {
      expect(typeof f.properties?.name).toBe('string');
      expect([1, 2, 3, 4, 5]).toContain(f.properties?.rank);
    }
  });
});
