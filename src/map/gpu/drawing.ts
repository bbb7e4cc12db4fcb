/**
 * Everything the GPU layer draws and hit-tests for a set of events: the markers' vertex data
 * (batches.ts), the arcs' instances (arc-batch.ts) and a k-d tree of the events' places, as
 * typed arrays only. So it can be built where the events are: in the load worker, off the
 * page's main thread, and handed over without a copy (`drawingTransfer`); or on the page, in
 * slices, after a filter change.
 */
import KDBush from 'kdbush';
import type { AtlasEvent } from '../../domain/atlas-event';
import { markerSteps, placeMercator, type Batch } from './batches';
import { arcSteps, type ArcBatch } from './arc-batch';
import { runNow, yieldAfter, type Steps } from './slices';
import { itemPlaceSteps, type ItemPlaces } from './window-counts';
import { switchZoomSteps } from './density-switch';

export interface EventDrawing {
  /** How many events it was built from, in their order: the tree's ids index them. */
  count: number;
  markers: Batch;
  arcs: ArcBatch;
  /** The place of each marker item, for counting the window's events per place (the badges). */
  places: ItemPlaces;
  /** The k-d tree of the events' places in Web Mercator (`KDBush.from` reads it); null with no events. */
  tree: ArrayBuffer | null;
  /** Below this zoom the events are drawn as a density, from it on as markers (density-switch.ts). */
  switchZoom: number;
}

/** Builds the drawing of `events` (in time order), yielding every few hundred items. */
export function* drawingSteps(events: readonly AtlasEvent[]): Steps<EventDrawing> {
  const { batch: markers, order } = yield* markerSteps(events);
  const places = yield* itemPlaceSteps(order);
  const arcs = yield* arcSteps(events);
  const perPlace = new Float64Array(places.places.length);
  for (const p of places.item) perPlace[p]!++;
  const switchZoom = yield* switchZoomSteps(places.places.map((p) => p.point), perPlace);
  if (events.length === 0) return { count: 0, markers, arcs, places, tree: null, switchZoom };
  const tree = new KDBush(events.length);
  const at = placeMercator();
  for (let i = 0; i < events.length; i++) {
    tree.add(...at(events[i]!.place.point));
    if (yieldAfter(i)) yield;
  }
  yield;
  tree.finish();
  return { count: events.length, markers, arcs, places, tree: tree.data as ArrayBuffer, switchZoom };
}

export const buildDrawing = (events: readonly AtlasEvent[]): EventDrawing => runNow(drawingSteps(events));

/** The buffers a drawing is made of, to hand to another thread without copying them. */
export function drawingTransfer(drawing: EventDrawing): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const { markers, arcs } = drawing;
  const columns = [markers.starts, markers.offsets, markers.position, markers.positionLow, markers.time, markers.color];
  columns.push(arcs.starts, arcs.ends, arcs.endsLow, arcs.time, arcs.color);
  for (const column of columns) buffers.add(column.buffer as ArrayBuffer);
  buffers.add(drawing.places.item.buffer as ArrayBuffer);
  if (drawing.tree) buffers.add(drawing.tree);
  return [...buffers];
}
