/**
 * Events per place in the window, for the large-data path's count badges, read from the
 * marker batch (batches.ts) instead of the window's event objects: a step visits the one
 * contiguous range of items its draw range covers, plus the long ones, through typed arrays.
 * A place per item is laid out once with the batch, as an index into the data's places.
 */
import type { AtlasEvent } from '../../domain/atlas-event';
import type { PlaceCount } from '../clusters';
import { drawRanges, type Batch } from './batches';
import { yieldAfter, type Steps } from './slices';

/** Which place each marker item is at: `places[item[i]]` for item i of the batch. */
export interface ItemPlaces {
  /** One counter per place, reused by every step (zero between steps). */
  places: PlaceCount[];
  item: Uint32Array;
}

/** The place of each item of a marker batch laid out in `order` (markerSteps' draw order). */
export function* itemPlaceSteps(order: readonly AtlasEvent[]): Steps<ItemPlaces> {
  const byId = new Map<string, number>();
  const places: PlaceCount[] = [];
  const item = new Uint32Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const place = order[i]!.place;
    let at = byId.get(place.id);
    if (at === undefined) {
      at = places.length;
      byId.set(place.id, at);
      places.push({ id: place.id, point: place.point, n: 0 });
    }
    item[i] = at;
    if (yieldAfter(i)) yield;
  }
  // Ranks in id order let the grouping break ties without comparing ids (clusters.ts).
  [...places].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).forEach((p, rank) => (p.rank = rank));
  return { places, item };
}

/**
 * The places with events overlapping [from, to] and how many, in the order first met. `markers`
 * has one vertex per item (markerSteps), so its draw ranges are item ranges; an item of the
 * range is in the window when its days are, the vertex shader's own test.
 */
export function countWindow(markers: Batch, at: ItemPlaces, from: number, to: number): PlaceCount[] {
  const { places, item } = at;
  const time = markers.time;
  const touched: PlaceCount[] = [];
  for (const [first, count] of drawRanges(markers, from, to)) {
    for (let v = first; v < first + count; v++) {
      if (time[2 * v]! > to || time[2 * v + 1]! < from) continue;
      const place = places[item[v]!]!;
      if (place.n === 0) touched.push(place);
      place.n++;
    }
  }
  // The counters start at zero for the next window; what this one counted goes out as copies.
  const out = touched.map((p) => ({ ...p }));
  for (const p of touched) p.n = 0;
  return out;
}
