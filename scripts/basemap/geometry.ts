/**
 * Pure geometry for the embedded basemap (used by `scripts/build-basemap.ts`, never at run time).
 *
 * world-atlas stores shapes on the sphere, as d3-geo draws them: a ring may run across ±180°
 * (Chukotka, Wrangel Island, Fiji) and Antarctica is a ring around the South Pole. MapLibre
 * draws GeoJSON on a flat [-180, 180] plane, where such an edge becomes a band across the whole
 * map. So rings are cut at the antimeridian here, the way Natural Earth's own shapefiles are.
 */

/** A longitude/latitude pair in degrees. */
export type LngLat = [number, number];
/** A closed ring: first and last positions are equal. */
export type Ring = LngLat[];
/** An exterior ring followed by its holes. */
export type PolygonRings = Ring[];

import { inverseMercatorYDegrees, MERCATOR_MAX_LAT, mercatorYDegrees } from '../../src/domain/mercator';

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Narrows a GeoJSON position (typed `number[]`) to a checked pair. */
export function toLngLat(position: readonly number[]): LngLat {
  const [lng, lat] = position;
  if (lng === undefined || lat === undefined) throw new Error(`Bad position: ${JSON.stringify(position)}`);
  return [lng, lat];
}

/** Largest longitude step between consecutive positions: above 180° MapLibre draws a band. */
export function maxLongitudeJump(coords: readonly LngLat[]): number {
  let max = 0;
  for (let i = 1; i < coords.length; i++) max = Math.max(max, Math.abs(at(coords, i)[0] - at(coords, i - 1)[0]));
  return max;
}

/** Shifts longitudes by multiples of 360° so that no step exceeds 180° (they may leave ±180). */
export function unwrapLongitudes(coords: readonly LngLat[]): LngLat[] {
  const out: LngLat[] = [];
  let prev: number | undefined;
  for (const [lng, lat] of coords) {
    let x = lng;
    if (prev !== undefined) {
      while (x - prev > 180) x -= 360;
      while (x - prev < -180) x += 360;
    }
    out.push([x, lat]);
    prev = x;
  }
  return out;
}

/**
 * Cuts one polygon into polygons that each lie within [-180, 180] and never cross it.
 * A ring that winds once around a pole is closed through that pole; one lying wholly beyond
 * Mercator's reach is dropped (world-atlas gives Antarctica such a ring at -89.999° as its
 * "exterior", with the coastline as a "hole": true on the sphere, wrong on the plane).
 */
export function splitPolygonAtAntimeridian(polygon: readonly Ring[]): PolygonRings[] {
  const plain = (ring: Ring) =>
    maxLongitudeJump(ring) <= 180 && ring.every(([x]) => Math.abs(x) <= 180) && ring[0]?.[0] === ring[ring.length - 1]?.[0];
  if (polygon.every(plain)) return [polygon.map((ring) => ring.slice())];
  const planar: Ring[] = [];
  for (const ring of polygon) {
    const flat = planarRing(ring, planar[0]);
    if (flat) planar.push(flat);
  }
  if (planar.length === 0) return [];
  const xs = planar.flatMap((ring) => ring.map(([x]) => x));
  const kMin = Math.floor((Math.min(...xs) + 180) / 360);
  const kMax = Math.ceil((Math.max(...xs) - 180) / 360);
  const out: PolygonRings[] = [];
  for (let k = kMin; k <= kMax; k++) {
    const west = 360 * k - 180;
    const rings = planar
      .map((ring) => clipRingToBox(ring, [west, -Infinity, west + 360, Infinity]).map(([x, y]): LngLat => [x - 360 * k, y]))
      .map((ring, i) => (isDegenerate(ring) ? null : orient(ring, i === 0)));
    const [exterior, ...holes] = rings;
    if (!exterior) continue;
    out.push([exterior, ...holes.filter((ring): ring is Ring => ring !== null)]);
  }
  return out;
}

/**
 * The ring on the plane: unwrapped, shifted by 360° to sit with the exterior (each ring unwraps
 * from its own first vertex), and closed through the pole if it winds around one. Null for a
 * polar ring that Mercator never shows.
 */
function planarRing(ring: readonly LngLat[], exterior: Ring | undefined): Ring | null {
  const unwrapped = unwrapLongitudes(ring);
  const mid = (r: Ring) => (Math.min(...r.map(([x]) => x)) + Math.max(...r.map(([x]) => x))) / 2;
  const shift = exterior ? Math.round((mid(exterior) - mid(unwrapped)) / 360) * 360 : 0;
  const shifted = unwrapped.map(([x, y]): LngLat => [x + shift, y]);
  const first = at(shifted, 0);
  const last = at(shifted, shifted.length - 1);
  if (Math.abs(last[0] - first[0]) < 1e-9) return shifted;
  if (shifted.every(([, lat]) => Math.abs(lat) >= MERCATOR_MAX_LAT)) return null;
  const pole = shifted.reduce((sum, [, lat]) => sum + lat, 0) < 0 ? -90 : 90;
  // Back along the pole in 90° steps, so that no edge spans more than 180° once cut.
  const polePath = [0, 1, 2, 3, 4].map((i): LngLat => [last[0] + ((first[0] - last[0]) * i) / 4, pole]);
  return [...shifted, ...polePath, first];
}

/** Cuts a line where it crosses ±180° into pieces that each lie within [-180, 180]. */
export function splitLineAtAntimeridian(line: readonly LngLat[]): LngLat[][] {
  const u = unwrapLongitudes(line);
  // First split every segment at each strip boundary (x = 180 + 360k) it crosses strictly.
  const points: LngLat[] = u.length > 0 ? [at(u, 0)] : [];
  for (let i = 1; i < u.length; i++) {
    const a = at(u, i - 1);
    const b = at(u, i);
    const lo = Math.min(a[0], b[0]);
    const hi = Math.max(a[0], b[0]);
    const crossings: number[] = [];
    for (let x = Math.ceil((lo - 180) / 360) * 360 + 180; x <= hi; x += 360) if (x > lo && x < hi) crossings.push(x);
    if (b[0] < a[0]) crossings.reverse();
    for (const x of crossings) points.push(interpolateAt(a, b, 0, x));
    points.push(b);
  }
  // Then start a new piece wherever a segment lies in another strip than the previous one.
  const pieces: { k: number; coords: LngLat[] }[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = at(points, i - 1);
    const b = at(points, i);
    const k = Math.round((a[0] + b[0]) / 2 / 360);
    const current = pieces[pieces.length - 1];
    if (current && current.k === k) current.coords.push(b);
    else pieces.push({ k, coords: [a, b] });
  }
  return pieces.map(({ k, coords }) => coords.map(([x, y]): LngLat => [x - 360 * k, y]));
}

/**
 * Sutherland-Hodgman against a box [west, south, east, north] (bounds may be infinite). A ring
 * leaving and re-entering comes back as one ring joined by edges along the box, which fills ignore.
 */
export function clipRingToBox(ring: readonly LngLat[], box: readonly [number, number, number, number]): Ring {
  const [west, south, east, north] = box;
  let points = ring.slice(0, -1);
  points = clipOpenRing(points, 0, west, 1);
  points = clipOpenRing(points, 0, east, -1);
  points = clipOpenRing(points, 1, south, 1);
  points = clipOpenRing(points, 1, north, -1);
  return points.length === 0 ? [] : closeRing(dedupe(points));
}

/** Rounds to `decimals` places and drops the repeated positions that rounding creates. */
export function roundCoords(coords: readonly LngLat[], decimals: number): LngLat[] {
  const f = 10 ** decimals;
  return dedupe(coords.map(([x, y]): LngLat => [Math.round(x * f) / f + 0, Math.round(y * f) / f + 0]));
}

/** Signed area in square degrees; positive when counter-clockwise (x east, y north). */
export function signedArea(ring: readonly LngLat[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = at(ring, i - 1);
    const [x1, y1] = at(ring, i);
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

/** Area on the sphere in km² (the formula of @turf/area), holes subtracted. */
export function polygonAreaKm2(polygon: readonly Ring[]): number {
  const areas = polygon.map((ring) => Math.abs(sphericalRingArea(ring)));
  return Math.max(0, (areas[0] ?? 0) - areas.slice(1).reduce((a, b) => a + b, 0));
}

/** Even-odd point in polygon: inside the exterior and outside every hole. */
export function pointInPolygon(point: LngLat, polygon: readonly Ring[]): boolean {
  const [px, py] = point;
  let inside = false;
  for (const ring of polygon) {
    for (let i = 1; i < ring.length; i++) {
      const [x0, y0] = at(ring, i - 1);
      const [x1, y1] = at(ring, i);
      if (y0 > py !== y1 > py && px < ((x1 - x0) * (py - y0)) / (y1 - y0) + x0) inside = !inside;
    }
  }
  return inside;
}

export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`No item at ${index} of ${items.length}`);
  return item;
}

function sphericalRingArea(ring: readonly LngLat[]): number {
  const n = ring.length - 1;
  if (n < 3) return 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const lower = at(ring, i);
    const middle = at(ring, (i + 1) % n);
    const upper = at(ring, (i + 2) % n);
    total += (upper[0] - lower[0]) * RAD * Math.sin(middle[1] * RAD);
  }
  return (total * EARTH_RADIUS_KM * EARTH_RADIUS_KM) / 2;
}

/** Keeps the side of the line `p[axis] = bound` where (p[axis] - bound) * side >= 0. */
function clipOpenRing(points: readonly LngLat[], axis: 0 | 1, bound: number, side: 1 | -1): LngLat[] {
  if (!Number.isFinite(bound)) return points.slice();
  const inside = (p: LngLat): boolean => (p[axis] - bound) * side >= 0;
  const out: LngLat[] = [];
  for (let i = 0; i < points.length; i++) {
    const prev = at(points, (i + points.length - 1) % points.length);
    const cur = at(points, i);
    if (inside(cur)) {
      if (!inside(prev)) out.push(interpolateAt(prev, cur, axis, bound));
      out.push(cur);
    } else if (inside(prev)) {
      out.push(interpolateAt(prev, cur, axis, bound));
    }
  }
  return out;
}

/** The point of segment a-b where coordinate `axis` equals `value`. */
function interpolateAt(a: LngLat, b: LngLat, axis: 0 | 1, value: number): LngLat {
  const other = axis === 0 ? 1 : 0;
  const v = a[other] + ((value - a[axis]) / (b[axis] - a[axis])) * (b[other] - a[other]);
  return axis === 0 ? [value, v] : [v, value];
}

function dedupe(coords: readonly LngLat[]): LngLat[] {
  return coords.filter((p, i) => i === 0 || p[0] !== at(coords, i - 1)[0] || p[1] !== at(coords, i - 1)[1]);
}

function closeRing(open: LngLat[]): Ring {
  const first = open[0];
  const last = open[open.length - 1];
  if (!first || !last) return [];
  return first[0] === last[0] && first[1] === last[1] ? open : [...open, [first[0], first[1]]];
}

function isDegenerate(ring: readonly LngLat[]): boolean {
  return ring.length < 4 || Math.abs(signedArea(ring)) < 1e-9;
}

/** RFC 7946 winding: exteriors counter-clockwise, holes clockwise. */
export function orient(ring: Ring, exterior: boolean): Ring {
  return signedArea(ring) > 0 === exterior ? ring : ring.slice().reverse();
}

interface Cell {
  x: number;
  y: number;
  half: number;
  distance: number;
  potential: number;
}

/**
 * A point well inside the polygon, for its label: the pole of inaccessibility (mapbox/polylabel's
 * algorithm) searched in Mercator space, where a centroid may fall outside a curved country
 * (Croatia, Chile's neighbours) and a lon/lat search would favour stretched polar areas.
 */
export function labelPoint(polygon: readonly Ring[], precisionFraction = 0.005): LngLat {
  const rings = polygon.map((ring) => ring.map(([x, y]): LngLat => [x, mercatorYDegrees(y)]));
  const exterior = at(rings, 0);
  const xs = exterior.map(([x]) => x);
  const ys = exterior.map(([, y]) => y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const size = Math.min(maxX - minX, maxY - minY);
  if (size === 0) return at(polygon, 0)[0] ?? [minX, inverseMercatorYDegrees(minY)];
  const precision = Math.max(maxX - minX, maxY - minY) * precisionFraction;
  const cell = (x: number, y: number, half: number): Cell => {
    const distance = signedDistance([x, y], rings);
    return { x, y, half, distance, potential: distance + half * Math.SQRT2 };
  };
  const queue: Cell[] = [];
  for (let x = minX; x < maxX; x += size) {
    for (let y = minY; y < maxY; y += size) queue.push(cell(x + size / 2, y + size / 2, size / 2));
  }
  const [cx, cy] = centroid(exterior);
  let best = cell(cx, cy, 0);
  const boxCentre = cell(minX + (maxX - minX) / 2, minY + (maxY - minY) / 2, 0);
  if (boxCentre.distance > best.distance) best = boxCentre;
  while (queue.length > 0) {
    // Linear scan instead of a heap: a few thousand cells per country, run once at build time.
    let top = 0;
    for (let i = 1; i < queue.length; i++) if (at(queue, i).potential > at(queue, top).potential) top = i;
    const current = at(queue, top);
    queue.splice(top, 1);
    if (current.distance > best.distance) best = current;
    if (current.potential - best.distance <= precision) continue;
    const h = current.half / 2;
    queue.push(cell(current.x - h, current.y - h, h), cell(current.x + h, current.y - h, h));
    queue.push(cell(current.x - h, current.y + h, h), cell(current.x + h, current.y + h, h));
  }
  return [best.x, inverseMercatorYDegrees(best.y)];
}

/** Distance to the nearest edge, positive inside the polygon. */
function signedDistance(point: LngLat, rings: readonly Ring[]): number {
  const [px, py] = point;
  let minSq = Infinity;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = at(ring, i - 1);
      const [bx, by] = at(ring, i);
      const dx = bx - ax;
      const dy = by - ay;
      const lenSq = dx * dx + dy * dy;
      const t = lenSq === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lenSq));
      const ex = ax + t * dx - px;
      const ey = ay + t * dy - py;
      minSq = Math.min(minSq, ex * ex + ey * ey);
    }
  }
  return (pointInPolygon(point, rings) ? 1 : -1) * Math.sqrt(minSq);
}

function centroid(ring: readonly LngLat[]): LngLat {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = at(ring, i - 1);
    const [x1, y1] = at(ring, i);
    const f = x0 * y1 - x1 * y0;
    x += (x0 + x1) * f;
    y += (y0 + y1) * f;
    area += f * 3;
  }
  return area === 0 ? at(ring, 0) : [x / area, y / area];
}
