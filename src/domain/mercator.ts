/**
 * Web Mercator (EPSG:3857), once for the whole app: the GPU layer's vertex positions, the
 * basemap build's label placement and the URL's latitude limit all use these.
 */

/** Web Mercator stops here: the latitude at which the square world map's y reaches its edge. */
export const MERCATOR_MAX_LAT = 85.0511287798066;

const RAD = Math.PI / 180;

const clampLat = (lat: number): number => Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, lat));

/** x in 0..1 across the world, west to east (MapLibre's `MercatorCoordinate`). */
export const mercatorX = (lng: number): number => (lng + 180) / 360;

/** y in 0..1 from the north edge to the south edge (MapLibre's `MercatorCoordinate`). */
export const mercatorY = (lat: number): number => 0.5 - mercatorYDegrees(lat) / 360;

/** Web Mercator y in degree-like units (equal to latitude near the equator), so distances measured in it match what the eye sees. */
export function mercatorYDegrees(lat: number): number {
  return Math.log(Math.tan(Math.PI / 4 + (clampLat(lat) * RAD) / 2)) / RAD;
}

/** The latitude of a `mercatorYDegrees` value. */
export function inverseMercatorYDegrees(y: number): number {
  return (2 * Math.atan(Math.exp(y * RAD))) / RAD - 90;
}
