/**
 * Points along the great circle between two places, by spherical linear interpolation of their
 * unit vectors: what an arc from a movement's origin to its place is drawn through. Our own
 * dozen lines rather than `@turf/great-circle`: every arc here is unwrapped anyway (turf splits
 * one at ±180° into two lines, which the map layers had to join again), and it kept 2 KB of
 * gzip JavaScript out of both the first view and the load worker. Tested against turf.
 */

const RAD = Math.PI / 180;

/**
 * `n` points (ends included) from `from` to `to`, [lng, lat] in degrees. Longitudes are unwrapped
 * from `from`'s, so a route across ±180° runs on past it (lng 190) instead of jumping back.
 * Antipodes have no one great circle: those get the straight line in degrees.
 */
export function greatCirclePoints(from: readonly [number, number], to: readonly [number, number], n: number): Array<[number, number]> {
  const unit = ([lng, lat]: readonly [number, number]) => [Math.cos(lat * RAD) * Math.cos(lng * RAD), Math.cos(lat * RAD) * Math.sin(lng * RAD), Math.sin(lat * RAD)];
  const a = unit(from);
  const b = unit(to);
  const angle = Math.acos(Math.min(1, Math.max(-1, a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!)));
  const sin = Math.sin(angle);
  const points: Array<[number, number]> = [];
  let lastLng = from[0];
  for (let i = 0; i < n; i++) {
    const t = n === 1 ? 0 : i / (n - 1);
    let lng: number;
    let lat: number;
    if (sin < 1e-9) {
      // The same place, or its antipode.
      lng = from[0] + t * (to[0] - from[0]);
      lat = from[1] + t * (to[1] - from[1]);
    } else {
      const wa = Math.sin((1 - t) * angle) / sin;
      const wb = Math.sin(t * angle) / sin;
      const [x, y, z] = [0, 1, 2].map((k) => wa * a[k]! + wb * b[k]!) as [number, number, number];
      lat = Math.atan2(z, Math.hypot(x, y)) / RAD;
      lng = Math.atan2(y, x) / RAD;
    }
    if (i === 0) [lng, lat] = from;
    else if (i === n - 1) [lng, lat] = to;
    lng += 360 * Math.round((lastLng - lng) / 360);
    lastLng = lng;
    points.push([lng, lat]);
  }
  return points;
}
