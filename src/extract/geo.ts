/** Distances and offsets on the globe: whether two gazetteer entries are one place, where "85 km east of X" is. */

const EARTH_KM = 6371;
const rad = (d: number): number => (d * Math.PI) / 180;

/** Great-circle distance between two [lon, lat] points, in km. */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const dLat = rad(b[1] - a[1]);
  const dLon = rad(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[1])) * Math.cos(rad(b[1])) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Two spellings of one city (GeoNames' "Seoul" and ours) have points within this distance. */
export const SAME_CITY_KM = 25;

const deg = (r: number): number => (r * 180) / Math.PI;

/** The point `km` from `from` on an initial bearing (degrees clockwise from north), great-circle. */
export function destination(from: readonly [number, number], km: number, bearing: number): [number, number] {
  const [lon, lat] = from;
  const d = km / EARTH_KM;
  const b = rad(bearing);
  const p1 = rad(lat);
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
  const l2 = rad(lon) + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  const round = (x: number): number => Math.round(x * 1e4) / 1e4;
  return [round(((deg(l2) + 540) % 360) - 180), round(deg(p2))];
}
