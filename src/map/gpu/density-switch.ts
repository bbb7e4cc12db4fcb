/**
 * The zoom from which a large data set is drawn as markers, below which as a density: where
 * markers stop piling on one another. A marker is clear at a zoom when no other place's marker
 * comes within a marker's width of it (centres two radii plus strokes apart); the switch zoom
 * is the lowest zoom at which the places holding CLEAR_SHARE of the events are clear.
 *
 * Computed once per data set (or filter change) from the places, not per view or per slider
 * step: the view does not flip between density and markers as the reader pans or scrubs, and a
 * shared link's camera shows the same view to a colleague.
 */
import KDBush from 'kdbush';
import { mercatorX, mercatorY } from '../../domain/mercator';
import { markerRadius } from '../marker-size';
import { yieldAfter, type Steps } from './slices';

/** The share of events whose markers must stand clear for the markers to be the view. */
export const CLEAR_SHARE = 0.75;
/** The switch never comes later than this: closer in, a marker's place is plain to see. */
export const MAX_SWITCH_ZOOM = 14;
/** The white ring MapLibre's circles and our markers draw outside the radius (events-layer.ts). */
const STROKE_PX = 1;
/** Web Mercator units (the world is 1 wide) to pixels at zoom 0. */
const TILE_PX = 512;

/** Centre-to-centre pixels two markers need at `zoom` not to overlap. */
export const clearancePx = (zoom: number): number => 2 * (markerRadius(zoom) + STROKE_PX);

/** Whether two points `distance` apart in Web Mercator units are drawn clear of each other at `zoom`. */
export const clearAt = (distance: number, zoom: number): boolean => distance * TILE_PX * 2 ** zoom >= clearancePx(zoom);

/**
 * The switch zoom from each place's distance to its nearest neighbour (Web Mercator units;
 * Infinity for a place alone) and its events. Bisection: the share of clear events only grows
 * with the zoom (the distance doubles per level, the marker grows by less than a pixel).
 */
export function switchZoomOf(nearest: ArrayLike<number>, weights: ArrayLike<number>, share = CLEAR_SHARE): number {
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i]!;
  if (total === 0) return 0;
  const clearShare = (zoom: number) => {
    let clear = 0;
    for (let i = 0; i < nearest.length; i++) if (clearAt(nearest[i]!, zoom)) clear += weights[i]!;
    return clear / total;
  };
  if (clearShare(0) >= share) return 0;
  if (clearShare(MAX_SWITCH_ZOOM) < share) return MAX_SWITCH_ZOOM;
  let [lo, hi] = [0, MAX_SWITCH_ZOOM];
  while (hi - lo > 0.01) {
    const mid = (lo + hi) / 2;
    if (clearShare(mid) >= share) hi = mid;
    else lo = mid;
  }
  return Math.round(hi * 100) / 100;
}

/** Beyond this distance a neighbour is clear at zoom 0 already: no need to look further. */
const FAR = clearancePx(0) / TILE_PX;

/**
 * Each place's distance to the nearest other place, in Web Mercator units (Infinity when none
 * is within FAR). Places at one point are one marker: merge them first (their events add up).
 */
export function* nearestSteps(
  points: ReadonlyArray<readonly [number, number]>,
  weights: ArrayLike<number>,
): Steps<{ nearest: Float64Array; weights: Float64Array }> {
  const at = new Map<string, number>();
  const xy: number[] = [];
  const merged: number[] = [];
  for (let i = 0; i < points.length; i++) {
    const [x, y] = [mercatorX(points[i]![0]), mercatorY(points[i]![1])];
    const key = `${x},${y}`;
    const j = at.get(key);
    if (j === undefined) {
      at.set(key, merged.length);
      merged.push(weights[i]!);
      xy.push(x, y);
    } else merged[j]! += weights[i]!;
  }
  const n = merged.length;
  const nearest = new Float64Array(n).fill(Infinity);
  if (n < 2) return { nearest, weights: Float64Array.from(merged) };
  const tree = new KDBush(n);
  for (let i = 0; i < n; i++) tree.add(xy[2 * i]!, xy[2 * i + 1]!);
  tree.finish();
  const closest = (i: number, r: number) => {
    const [x, y] = [xy[2 * i]!, xy[2 * i + 1]!];
    let best = Infinity;
    for (const j of tree.range(x - r, y - r, x + r, y + r)) if (j !== i) best = Math.min(best, Math.hypot(xy[2 * j]! - x, xy[2 * j + 1]! - y));
    return best;
  };
  for (let i = 0; i < n; i++) {
    // Widen a box until it holds a neighbour; the nearest may then lie just outside the box
    // (in its corner's reach), so look once more as far as the one found.
    for (let r = FAR / 2 ** 20; r <= FAR; r *= 2) {
      const found = closest(i, r);
      if (found < Infinity) {
        nearest[i] = found <= r ? found : Math.min(found, closest(i, found));
        break;
      }
    }
    if (yieldAfter(i)) yield;
  }
  return { nearest, weights: Float64Array.from(merged) };
}

/** The switch zoom of places (lng, lat) holding `weights` events each. */
export function* switchZoomSteps(points: ReadonlyArray<readonly [number, number]>, weights: ArrayLike<number>): Steps<number> {
  const { nearest, weights: merged } = yield* nearestSteps(points, weights);
  return switchZoomOf(nearest, merged);
}
