/**
 * How the map controller draws events, whichever way they are drawn: MapLibre's own layers
 * for small data sets (maplibre-drawer.ts), our WebGL layer for large ones (gpu/gpu-drawer.ts).
 * The controller talks to one of them at a time.
 */
import type { AtlasEvent } from '../domain/atlas-event';
import type { DayWindow } from '../domain/selectors';
import type { EventDrawing } from './gpu/drawing';

export interface EventDrawer {
  /**
   * New filtered events in time order (a data or filter change: rare), with the vertex data
   * the load worker built for them, when it did (a drawer may use it or not).
   */
  setEvents(events: readonly AtlasEvent[], drawing?: EventDrawing): void;
  /** A slider step. `visible` computes the window's events, for a drawer that needs them. */
  setDateWindow(dateWindow: DayWindow, visible: () => readonly AtlasEvent[]): void;
  /** The selected and the hovered event, drawn stronger. */
  setFocus(selected: AtlasEvent | null, hovered: AtlasEvent | null): void;
  /** Ids of the drawn events within `tolerance` pixels of a canvas point, nearest first. */
  eventsAt(point: { x: number; y: number }, tolerance: number): string[];
  /** Ids of the events drawn in the viewport, sorted (tests and tools). */
  renderedIds(): string[];
}
