/**
 * What the GPU layer's drawing reads of an event, and that much of a data set as a few typed
 * arrays: so a drawing can be built in a worker of its own from what crosses to it without a
 * copy, beside the load worker that sends the events to the page (`draw-worker.ts`).
 */
import type { AtlasEvent } from '../../domain/atlas-event';
import type { Category, Place } from '../../domain/types';
import { CATEGORIES } from '../../domain/vocabulary';

/** A place as the drawing needs it: where it is, and which it is. */
export type DrawnPlace = Pick<Place, 'id' | 'point'>;

/** An event as the drawing needs it; an `AtlasEvent` is one. */
export interface Drawable {
  start: number;
  end: number;
  category: Category;
  place: DrawnPlace;
  origin: DrawnPlace | undefined;
}

/** Events in their order, as columns: what a drawing worker is sent. */
export interface DrawableColumns {
  /** Start and end day per event. */
  days: Float64Array;
  /** Index into CATEGORIES per event. */
  category: Uint8Array;
  /** Index into `places` of each event's place, and of its origin (-1: none). */
  place: Int32Array;
  origin: Int32Array;
  places: DrawnPlace[];
}

/** The columns of `events`, in their order. */
export function drawableColumns(events: readonly AtlasEvent[]): DrawableColumns {
  const n = events.length;
  const days = new Float64Array(2 * n);
  const category = new Uint8Array(n);
  const place = new Int32Array(n);
  const origin = new Int32Array(n);
  const categoryIndex = new Map<Category, number>(CATEGORIES.map((c, i) => [c, i]));
  const placeIndex = new Map<DrawnPlace, number>();
  const places: DrawnPlace[] = [];
  const indexOf = (p: DrawnPlace): number => {
    let i = placeIndex.get(p);
    if (i === undefined) {
      placeIndex.set(p, (i = places.length));
      places.push({ id: p.id, point: p.point });
    }
    return i;
  };
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    days[2 * i] = e.start;
    days[2 * i + 1] = e.end;
    category[i] = categoryIndex.get(e.category)!;
    place[i] = indexOf(e.place);
    origin[i] = e.origin ? indexOf(e.origin) : -1;
  }
  return { days, category, place, origin, places };
}

/** The events the columns hold, as the drawing reads them; their places shared, as in the data. */
export function drawablesOf(columns: DrawableColumns): Drawable[] {
  const { days, category, place, origin, places } = columns;
  const out = new Array<Drawable>(category.length);
  for (let i = 0; i < out.length; i++) {
    const p = places[place[i]!];
    const category_ = CATEGORIES[category[i]!];
    if (!p || category_ === undefined) throw new Error(`drawing: event ${i} names a place or category it was not sent`);
    out[i] = { start: days[2 * i]!, end: days[2 * i + 1]!, category: category_, place: p, origin: origin[i]! < 0 ? undefined : places[origin[i]!] };
  }
  return out;
}

/** The buffers of the columns, to hand over rather than copy. */
export const drawableTransfer = (c: DrawableColumns): ArrayBuffer[] => [c.days, c.category, c.place, c.origin].map((a) => a.buffer as ArrayBuffer);
