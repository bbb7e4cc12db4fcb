/**
 * The vertex data of the large-data event layer, built once per data or filter change, and
 * the time index that tells a slider step which of it to draw.
 *
 * Items (markers here; arcs, one instance each, in arc-batch.ts) are laid out in draw order: the short ones
 * (spanning at most LONG_SPAN_DAYS) by start day, then the long ones. An item short enough
 * overlaps [from, to] only if its start is in [from - LONG_SPAN_DAYS, to], so a step draws
 * one contiguous range found by two binary searches, plus the few long items; the vertex
 * shader drops the items of that range that ended before `from`. Drawing 3,000 markers of a
 * 4-week window instead of filtering all 100,000 on the GPU is what keeps a step cheap on a
 * machine whose GPU is emulated on the CPU.
 */
import type { AtlasEvent } from '../../domain/atlas-event';
import { LONG_SPAN_DAYS, lowerBound, upperBound } from '../../domain/time-index';
import { CATEGORY_STYLE } from '../../theme/categories';
import { runNow, yieldAfter, type Steps } from './slices';
import { mercatorX, mercatorY } from '../../domain/mercator';

export { LONG_SPAN_DAYS };

/** Items in draw order: what a slider step's ranges are found in. */
export interface TimeOrder {
  /** Items laid out: short ones first, by start day. */
  items: number;
  shortItems: number;
  /** Start day of each short item, ascending. */
  starts: Float64Array;
}

/** Vertex columns plus where each item's vertices begin. */
export interface Batch extends TimeOrder {
  /** First vertex of each item, and the vertex count at the end (items + 1 entries). */
  offsets: Uint32Array;
  /** Web Mercator x, y in 0..1 per vertex, as float32. */
  position: Float32Array;
  /**
   * What float32 rounded off `position` (x - fround(x)): the shader adds it back relative to
   * the camera, so markers stay on their place at street zoom, where one float32 step of the
   * world is tens of pixels.
   */
  positionLow: Float32Array;
  /** First and last day per vertex. */
  time: Float32Array;
  /** RGBA per vertex, straight alpha. */
  color: Uint8Array;
}

/** Item ranges [first, count] that may overlap the window [from, to] (at most two). */
export function itemRanges(order: TimeOrder, from: number, to: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // The same split as the time index's: long items are drawn whatever the window.
  const lo = lowerBound(order.starts, from - LONG_SPAN_DAYS);
  const hi = upperBound(order.starts, to);
  if (hi > lo) ranges.push([lo, hi - lo]);
  if (order.items > order.shortItems) ranges.push([order.shortItems, order.items - order.shortItems]);
  return ranges;
}

/** Vertex ranges [first, count] to draw for the window [from, to] (at most two). */
export function drawRanges(batch: Batch, from: number, to: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const [a, n] of itemRanges(batch, from, to)) {
    const first = batch.offsets[a]!;
    const count = batch.offsets[a + n]! - first;
    if (count > 0) ranges.push([first, count]);
  }
  return ranges;
}

export type Rgba = [number, number, number, number];

export const hexColor = (hex: string, alpha = 255): Rgba => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
  alpha,
];

const isLong = (e: AtlasEvent) => e.end - e.start > LONG_SPAN_DAYS;

/** Short events by start (the input's order), then long ones. */
export function* drawOrder(events: readonly AtlasEvent[]): Steps<{ order: AtlasEvent[]; shortItems: number }> {
  const order: AtlasEvent[] = [];
  const long: AtlasEvent[] = [];
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    (isLong(e) ? long : order).push(e);
    if (yieldAfter(i)) yield;
  }
  const shortItems = order.length;
  for (const e of long) order.push(e);
  return { order, shortItems };
}

/** Per-vertex columns for `n` vertices. */
function columns(n: number) {
  return { position: new Float32Array(2 * n), positionLow: new Float32Array(2 * n), time: new Float32Array(2 * n), color: new Uint8Array(4 * n) };
}

/** Write vertex `v`'s Web Mercator position, split into its float32 value and the remainder. */
function setPosition(cols: { position: Float32Array; positionLow: Float32Array }, v: number, x: number, y: number): void {
  cols.position[2 * v] = x;
  cols.position[2 * v + 1] = y;
  cols.positionLow[2 * v] = x - cols.position[2 * v]!;
  cols.positionLow[2 * v + 1] = y - cols.position[2 * v + 1]!;
}

/** Colour per category, parsed once (a million events share nine). */
export function palette(alpha: number): (e: AtlasEvent) => Rgba {
  const byCategory = new Map<string, Rgba>();
  return (e) => {
    let c = byCategory.get(e.category);
    if (!c) byCategory.set(e.category, (c = hexColor(CATEGORY_STYLE[e.category].color, alpha)));
    return c;
  };
}

/** Web Mercator of a place, once per place (events share places). */
export function placeMercator(): (point: [number, number]) => [number, number] {
  const memo = new Map<[number, number], [number, number]>();
  return (point) => {
    let m = memo.get(point);
    if (!m) memo.set(point, (m = [mercatorX(point[0]), mercatorY(point[1])]));
    return m;
  };
}

/** Start days of the short items, ascending (the draw order's). */
export function startsOf(order: readonly AtlasEvent[], shortItems: number): Float64Array {
  const starts = new Float64Array(shortItems);
  for (let i = 0; i < shortItems; i++) starts[i] = order[i]!.start;
  return starts;
}

/** One marker per event at its place. `order[i]` is the event of item i. */
export function* markerSteps(events: readonly AtlasEvent[]): Steps<{ batch: Batch; order: AtlasEvent[] }> {
  // buildBatch's shape with one vertex per item, without an array per item.
  const { order, shortItems } = yield* drawOrder(events);
  const at = placeMercator();
  const color = palette(255);
  const cols = columns(order.length);
  const offsets = new Uint32Array(order.length + 1);
  for (let i = 0; i < order.length; i++) {
    const e = order[i]!;
    const [x, y] = at(e.place.point);
    setPosition(cols, i, x, y);
    cols.time[2 * i] = e.start;
    cols.time[2 * i + 1] = e.end;
    cols.color.set(color(e), 4 * i);
    offsets[i + 1] = i + 1;
    if (yieldAfter(i)) yield;
  }
  return { batch: { items: order.length, shortItems, starts: startsOf(order, shortItems), offsets, ...cols }, order };
}

export const markerBatch = (events: readonly AtlasEvent[]) => runNow(markerSteps(events));
