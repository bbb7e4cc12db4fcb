/** Distances on the globe, for telling whether two gazetteer entries are one place. */

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
