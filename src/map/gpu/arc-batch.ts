/**
 * The movements' arcs of the large-data layer, one instance each: where the movement began and
 * where it went, its days and its colour, in the markers' draw order (batches.ts), so a slider
 * step draws one contiguous range of instances. The vertex shader (arc-shader.ts) draws the
 * great circle between the two ends: 44 bytes per arc, where 31 line segments laid out on the
 * CPU took 62 vertices of 28 bytes (over 120 MB at a million events).
 */
import { hasArc, type AtlasEvent } from '../../domain/atlas-event';
import { drawOrder, palette, placeMercator, startsOf, type TimeOrder } from './batches';
import { runNow, yieldAfter, type Steps } from './slices';

export interface ArcBatch extends TimeOrder {
  /**
   * Web Mercator of each arc's origin and place, x0, y0, x1, y1, as float32. x1 is moved by
   * whole worlds to within half a world of x0, so an arc across ±180° runs on past it (x > 1)
   * instead of back across the whole map; the world copies draw the part beyond.
   */
  ends: Float32Array;
  /** What float32 rounded off `ends`, added back relative to the camera, as the markers' `positionLow`. */
  endsLow: Float32Array;
  /** First and last day per arc. */
  time: Float32Array;
  /** RGBA per arc, straight alpha. */
  color: Uint8Array;
}

/** The ends of an arc from `origin` to `place` ([lng, lat]) in Web Mercator, the place's x unwrapped. */
export function arcEnds(at: (point: [number, number]) => [number, number], origin: [number, number], place: [number, number]): [number, number, number, number] {
  const [x0, y0] = at(origin);
  const [x1, y1] = at(place);
  return [x0, y0, x1 + Math.round(x0 - x1), y1];
}

/** Thin translucent arcs: thousands of them must not bury the markers. */
export function* arcSteps(events: readonly AtlasEvent[], alpha = 90): Steps<ArcBatch> {
  const { order, shortItems } = yield* drawOrder(events.filter(hasArc));
  const at = placeMercator();
  const color = palette(alpha);
  const n = order.length;
  const ends = new Float32Array(4 * n);
  const endsLow = new Float32Array(4 * n);
  const time = new Float32Array(2 * n);
  const rgba = new Uint8Array(4 * n);
  for (let i = 0; i < n; i++) {
    const e = order[i]!;
    const exact = arcEnds(at, e.origin!.point, e.place.point);
    for (let k = 0; k < 4; k++) {
      ends[4 * i + k] = exact[k]!;
      endsLow[4 * i + k] = exact[k]! - ends[4 * i + k]!;
    }
    time[2 * i] = e.start;
    time[2 * i + 1] = e.end;
    rgba.set(color(e), 4 * i);
    if (yieldAfter(i)) yield;
  }
  return { items: n, shortItems, starts: startsOf(order, shortItems), ends, endsLow, time, color: rgba };
}

export const arcBatch = (events: readonly AtlasEvent[], alpha = 90): ArcBatch => runNow(arcSteps(events, alpha));
