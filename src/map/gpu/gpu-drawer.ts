/**
 * The events of a large data set (GPU_THRESHOLD and up): drawn by our own MapLibre custom
 * layer (events-layer.ts), hit-tested on the CPU with a k-d tree. Lazy-loaded by the map
 * controller, so the first view of a small data set never loads it.
 *
 * Why not MapLibre's circle layers at this size: a `global-state` filter change makes MapLibre
 * re-evaluate every feature of every tile, and `npm run bench` measured seconds per step at
 * 100,000 events. Why not deck.gl: 218 KB of gzip JavaScript, and it drew all 100,000
 * instances per step, which took 2.5 s in SwiftShader; this layer draws the window's few
 * thousand (see batches.ts).
 */
import KDBush from 'kdbush';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasEvent } from '../../domain/atlas-event';
import type { DayWindow } from '../../domain/selectors';
import type { EventDrawer } from '../event-drawer';
import { markerBatch } from './batches';
import { arcBatch } from './arc-batch';
import { drawingSteps, type EventDrawing } from './drawing';
import { mercatorX, mercatorY } from '../../domain/mercator';
import { EventsLayer } from './events-layer';
import { GpuBadges } from './gpu-badges';
import { markerRadius } from '../marker-size';
import { Cancelled, runInSlices, type Job } from './slices';
import { clickZoom, densityShown, kernelRadiusKm, KERNEL_RADIUS_PX } from './density';
import type { DensityLegend } from '../../state/store';

const GPU_LAYER_ID = 'atlas-gpu-events';
/** `performance.mark`s that `npm run bench -- --load` reads. */
export const GPU_MARK = { built: 'atlas:gpu-built' } as const;

export class GpuDrawer implements EventDrawer {
  private readonly layer = new EventsLayer(GPU_LAYER_ID);
  private events: readonly AtlasEvent[] = [];
  private tree: KDBush | null = null;
  private dateWindow: [number, number] = [0, 0];
  private job: Job | null = null;
  private switchZoom = 0;
  /** The window's count badges, in a layer of their own above everything. */
  readonly badges: GpuBadges;

  /** Adds the events' layer under `beforeId` (the basemap's labels, so names stay on top). */
  constructor(
    private readonly map: MapLibreMap,
    beforeId?: string,
    /** Told when a build starts and when its events are drawn (or it fails). */
    private readonly onBuilding: (building: boolean) => void = () => {},
  ) {
    map.addLayer(this.layer, beforeId);
    this.badges = new GpuBadges(map);
  }

  /**
   * New filtered events, in time order (rare). `drawing`, when given, was built from these
   * very events (by the load worker) and is drawn at once; otherwise the vertex data and the
   * k-d tree are built here in slices (slices.ts). Until then the previous events stay drawn
   * and clickable, and a newer call cancels this build.
   */
  setEvents(events: readonly AtlasEvent[], drawing?: EventDrawing): void {
    if (this.job) this.job.cancelled = true;
    if (drawing && drawing.count === events.length) {
      this.job = null;
      this.show(events, drawing);
      this.onBuilding(false);
      return;
    }
    const job: Job = { cancelled: false };
    this.job = job;
    this.onBuilding(true);
    runInSlices(drawingSteps(events), job)
      .then((built) => this.show(events, built))
      .catch((error: unknown) => {
        if (!(error instanceof Cancelled)) throw error;
      })
      .finally(() => {
        if (this.job !== job) return;
        this.job = null;
        this.onBuilding(false);
      });
  }

  private show(events: readonly AtlasEvent[], drawing: EventDrawing): void {
    this.events = events;
    this.tree = drawing.tree ? KDBush.from(drawing.tree) : null;
    this.switchZoom = drawing.switchZoom;
    this.layer.setData(drawing.markers, drawing.arcs);
    this.layer.setSwitchZoom(drawing.switchZoom);
    this.badges.setData(drawing.markers, drawing.places, drawing.switchZoom);
    performance.mark(GPU_MARK.built);
  }

  /** Whether events handed over are not drawn yet: still being built, not on screen, or their badges' font loading. */
  get building(): boolean {
    return this.job !== null || !this.layer.dataDrawn || !this.badges.ready;
  }

  /**
   * A slider step: one uniform and a draw range, and the badges counted from the marker batch.
   * The window's events are listed only for a click on a badge; at this scale the places'
   * standing areas would cost more than a frame.
   */
  setDateWindow(dateWindow: DayWindow, visible: () => readonly AtlasEvent[]): void {
    this.dateWindow = [dateWindow.start, dateWindow.end];
    this.layer.setDateWindow(dateWindow.start, dateWindow.end);
    this.badges.setWindow(dateWindow.start, dateWindow.end, visible);
  }

  /** Selected and hovered events, drawn on top, with their arcs, whatever the window. */
  setFocus(selected: AtlasEvent | null, hovered: AtlasEvent | null): void {
    const events = [...new Set([hovered, selected])].filter((e): e is AtlasEvent => e !== null);
    this.layer.setHighlight(markerBatch(events).batch, arcBatch(events, 255));
  }

  /** What the legend says of the density while any is drawn (the crossfade included); null otherwise. */
  densityLegend(): DensityLegend | null {
    if (this.events.length === 0 || this.layer.markerShare() >= 1) return null;
    return { radiusKm: kernelRadiusKm(this.map.getZoom(), this.map.getCenter().lat) };
  }

  /** Whether the density is drawn rather than the markers (mostly: the crossfade's first half). */
  private get densityShown(): boolean {
    return this.layer.markerShare() < 1 && densityShown(this.map.getZoom(), this.switchZoom);
  }

  /**
   * Where a click on the density at `point` zooms to, when the density is shown and events of
   * the window are under the point (within the kernel's reach); else null.
   */
  densityZoomAt(point: { x: number; y: number }): number | null {
    if (!this.densityShown || this.eventsWithin(point, KERNEL_RADIUS_PX).length === 0) return null;
    return clickZoom(this.map.getZoom(), this.switchZoom);
  }

  /**
   * Ids of the events in the window whose marker is within `tolerance` pixels of `point`,
   * nearest first; none while the density stands for the markers.
   */
  eventsAt(point: { x: number; y: number }, tolerance: number): string[] {
    if (this.densityShown) return [];
    return this.eventsWithin(point, tolerance + markerRadius(this.map.getZoom()) + 1);
  }

  /** Ids of the window's events within `reach` pixels of `point`. O(log n + k) with the k-d tree, so hovering costs nothing at 1M events. */
  private eventsWithin(point: { x: number; y: number }, reach: number): string[] {
    if (!this.tree) return [];
    const map = this.map;
    const at = map.unproject([point.x, point.y]);
    // Pixels per mercator unit at the centre; tilted views shrink the far side, so ask wide.
    const scale = 512 * 2 ** map.getZoom();
    const r = (reach / scale) * (map.getPitch() > 0 ? 6 : 1.5);
    const x = mercatorX(at.lng) - Math.floor(mercatorX(at.lng));
    const y = mercatorY(at.lat);
    const [from, to] = this.dateWindow;
    const hits: Array<{ id: string; d: number }> = [];
    for (const i of this.tree.range(x - r, y - r, x + r, y + r)) {
      const e = this.events[i]!;
      if (e.start > to || e.end < from) continue;
      // The copy of the event nearest the pointer's world, projected exactly.
      const lng = e.place.point[0] + 360 * Math.round((at.lng - e.place.point[0]) / 360);
      const p = map.project([lng, e.place.point[1]]);
      const d = Math.hypot(p.x - point.x, p.y - point.y);
      if (d <= reach) hits.push({ id: e.id, d });
    }
    return hits.sort((a, b) => a.d - b.d).map((h) => h.id);
  }

  /** Ids of the events drawn in the viewport (tests and tools; O(n)). */
  renderedIds(): string[] {
    const b = this.map.getBounds();
    const [from, to] = this.dateWindow;
    return this.events
      .filter((e) => e.start <= to && e.end >= from && b.contains(e.place.point))
      .map((e) => e.id)
      .sort();
  }

  destroy(): void {
    if (this.job) this.job.cancelled = true;
    this.badges.destroy();
    if (this.map.getLayer(GPU_LAYER_ID)) this.map.removeLayer(GPU_LAYER_ID);
  }
}
