/**
 * The one module that owns the MapLibre map (STYLE.md §1). It follows the store through
 * subscriptions and updates the map in small named steps — data, window, selection, hover,
 * camera — so scrubbing the slider never goes through a React render (STYLE.md §3).
 *
 * Camera ownership (STYLE.md §4, after maputnik): the map reports where the user moved it
 * when a move ends; it moves itself only for a `cameraRequest` from the app.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import './fonts';
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl';
import type { AtlasStore, CameraRequest } from '../state/store';
import { selectFiltered, selectVisible } from '../state/derived';
import type { Camera } from '../state/url-state';
import { BASEMAP_LABEL_LAYER_ID, resolveStyle } from './basemap-style';
import {
  arcLayer,
  areaFillLayer,
  areaLineLayer,
  eventHaloLayer,
  eventLayer,
  GLOBAL_STATE,
  INTERACTIVE_LAYERS,
  placeLabelLayer,
  SOURCE,
  stackLayer,
} from './layers';
import type { GpuEvents } from './gpu/gpu-events';
import { arcFeatures, eventFeatures, eventsBounds } from './map-data';
import { PlaceOverlays } from './place-overlays';

maplibregl.setWorkerUrl(workerUrl);

/**
 * How a slider step reaches the map. `global-state` (the default) sets two numbers that the
 * layer filters read. `setdata` rebuilds the event source from the visible events on every
 * step: the straightforward way, built only so `npm run bench` can measure against it.
 */
const WINDOW_STRATEGY: 'global-state' | 'setdata' =
  import.meta.env.VITE_WINDOW_STRATEGY === 'setdata' ? 'setdata' : 'global-state';

/**
 * From this many events on, the events are drawn by our own WebGL layer, which draws only the
 * window's time range (`gpu/`, lazy-loaded); below it MapLibre's own layers are cheap enough
 * and add the per-place badges and areas. Chosen from `npm run bench` (README, Performance).
 * The setdata baseline stays on MapLibre's layers at every size: it is what we measure against.
 */
export const GPU_THRESHOLD = 5_000;

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
/** Pixels around a click that still count as hitting a marker (fingers are wide). */
const HIT_TOLERANCE = 6;

export class MapController {
  readonly map: maplibregl.Map;
  private readonly store: AtlasStore;
  private readonly unsubscribe: Array<() => void> = [];
  private styleReady = false;
  private hovered: number | null = null;
  private selected: number | null = null;
  private readonly places: PlaceOverlays;
  private lastCameraSeq = 0;
  /** The GPU layers, once loaded, for a data set of GPU_THRESHOLD events or more. */
  private gpu: GpuEvents | null = null;
  private gpuLoading: Promise<GpuEvents> | null = null;

  constructor(container: HTMLElement, store: AtlasStore) {
    this.store = store;
    const camera = store.getState().camera;
    this.map = new maplibregl.Map({
      container,
      style: resolveStyle(import.meta.env.VITE_BASEMAP_STYLE_URL, new URL('basemap/', document.baseURI).href),
      center: camera?.center ?? [60, 50],
      zoom: camera?.zoom ?? 2.5,
      bearing: camera?.bearing ?? 0,
      pitch: camera?.pitch ?? 0,
      attributionControl: { compact: true },
      // Shared links must reopen exactly the camera they name.
      renderWorldCopies: true,
    });
    this.lastCameraSeq = store.getState().cameraRequest?.seq ?? 0;
    this.places = new PlaceOverlays(this.map);
    this.map.addControl(new maplibregl.NavigationControl({ visualizePitch: true }), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.map.on('load', () => this.onStyleReady());
    this.map.on('moveend', () => this.onMoveEnd());
    this.map.on('click', (e) => this.onClick(e));
    this.map.on('mousemove', (e) => this.onMouseMove(e));
    this.map.getCanvas().addEventListener('mouseleave', () => this.store.getState().hover(null));
  }

  destroy(): void {
    for (const off of this.unsubscribe) off();
    this.gpu?.destroy();
    this.map.remove();
  }

  /** Screen position of an event's marker, for tests and tools; null when not on the map. */
  project(eventId: string): [number, number] | null {
    const ev = this.store.getState().data?.byId.get(eventId);
    if (!ev) return null;
    const p = this.map.project(ev.place.point);
    return [p.x, p.y];
  }

  /**
   * RGBA at canvas points (CSS pixels), for tests that check what the GPU drew. Read in the
   * frame's own render event, before the browser presents it, so no preserved buffer is needed.
   */
  readPixels(points: Array<[number, number]>): Promise<Array<[number, number, number, number]>> {
    const map = this.map;
    return new Promise((resolve) => {
      map.once('render', () => {
        const gl = map.painter.context.gl;
        const ratio = map.getPixelRatio();
        const out = new Uint8Array(4);
        resolve(
          points.map(([x, y]) => {
            gl.readPixels(Math.round(x * ratio), gl.drawingBufferHeight - 1 - Math.round(y * ratio), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, out);
            return [out[0]!, out[1]!, out[2]!, out[3]!];
          }),
        );
      });
      map.triggerRepaint();
    });
  }

  /** Ids of the events drawn in the current viewport (markers, not list rows). */
  renderedEventIds(): string[] {
    if (!this.styleReady) return [];
    if (this.gpu) return this.gpu.renderedIds();
    const hits = this.map.queryRenderedFeatures({ layers: [...INTERACTIVE_LAYERS] });
    return [...new Set(hits.map((f) => String(f.properties.eid)))].sort();
  }

  private onStyleReady(): void {
    const map = this.map;
    map.addSource(SOURCE.areas, { type: 'geojson', data: EMPTY });
    map.addSource(SOURCE.arcs, { type: 'geojson', data: EMPTY });
    map.addSource(SOURCE.events, { type: 'geojson', data: EMPTY });
    map.addSource(SOURCE.stacks, { type: 'geojson', data: EMPTY });
    map.addSource(SOURCE.places, { type: 'geojson', data: EMPTY });
    const before = map.getLayer(BASEMAP_LABEL_LAYER_ID) ? BASEMAP_LABEL_LAYER_ID : undefined;
    for (const layer of [areaFillLayer, areaLineLayer, arcLayer, eventHaloLayer]) map.addLayer(layer, before);
    map.addLayer(placeLabelLayer);
    map.addLayer(eventLayer);
    map.addLayer(stackLayer);
    for (const id of INTERACTIVE_LAYERS) {
      map.on('mouseenter', id, () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', id, () => (map.getCanvas().style.cursor = ''));
    }
    this.styleReady = true;

    const s = this.store;
    this.unsubscribe.push(
      s.subscribe((st) => st.data, () => this.updateData()),
      s.subscribe(selectFiltered, () => this.updateFiltered()),
      s.subscribe((st) => st.window, () => this.updateWindow()),
      s.subscribe((st) => st.selectedId, () => this.updateSelection()),
      s.subscribe((st) => st.hoveredId, () => this.updateHover()),
      s.subscribe((st) => st.cameraRequest, (req) => this.applyCameraRequest(req)),
    );
    this.updateData();
    this.applyCameraRequest(s.getState().cameraRequest);
  }

  /** A new data set: areas per place, and the first view if the URL named no camera. */
  private updateData(): void {
    const data = this.store.getState().data;
    if (!this.styleReady || !data) return;
    this.places.setPlaces([...data.places.values()]);
    this.updateFiltered();
    // Fit the data unless a link named a camera (its request is pending or applied).
    if (!this.store.getState().cameraRequest) {
      const bounds = eventsBounds(data.events);
      if (bounds) this.map.fitBounds(bounds, { padding: 40, duration: 0, maxZoom: 6 });
    }
  }

  private get useGpu(): boolean {
    return WINDOW_STRATEGY !== 'setdata' && (this.store.getState().data?.events.length ?? 0) >= GPU_THRESHOLD;
  }

  /** Load the GPU layers once; a data set that needs them waits for them. */
  private async ensureGpu(): Promise<GpuEvents> {
    this.gpuLoading ??= import('./gpu/gpu-events').then(({ GpuEvents }) => {
      const before = this.map.getLayer(BASEMAP_LABEL_LAYER_ID) ? BASEMAP_LABEL_LAYER_ID : undefined;
      this.gpu = new GpuEvents(this.map, before);
      return this.gpu;
    });
    return this.gpuLoading;
  }

  /** The filters changed (rare): rebuild the event and arc sources once. */
  private updateFiltered(): void {
    if (!this.styleReady) return;
    const { events } = selectFiltered(this.store.getState());
    if (this.useGpu) {
      this.source(SOURCE.events).setData(EMPTY);
      this.source(SOURCE.arcs).setData(EMPTY);
      this.places.showVisible([]);
      void this.ensureGpu().then((gpu) => {
        gpu.setEvents(selectFiltered(this.store.getState()).events);
        this.updateWindow();
        this.updateSelection();
      });
      return;
    }
    this.source(SOURCE.events).setData(eventFeatures(events));
    this.source(SOURCE.arcs).setData(arcFeatures(events));
    this.hovered = this.selected = null;
    this.updateWindow();
    this.updateSelection();
    this.updateHover();
  }

  /** A slider step: two global-state numbers, then the small per-place overlays. */
  private updateWindow(): void {
    if (!this.styleReady) return;
    const state = this.store.getState();
    if (this.useGpu) {
      // At this scale per-place badges and standing areas would cost more than a frame;
      // the selected or hovered event's area still shows (updateFocusArea). Until the GPU
      // layer has loaded nothing is drawn, rather than every event through MapLibre.
      this.gpu?.setWindow(state.window.start, state.window.end);
      return;
    }
    this.map.setGlobalStateProperty(GLOBAL_STATE.winStart, state.window.start);
    this.map.setGlobalStateProperty(GLOBAL_STATE.winEnd, state.window.end);
    const visible = selectVisible(state);
    if (WINDOW_STRATEGY === 'setdata') {
      this.source(SOURCE.events).setData(eventFeatures(visible));
      this.source(SOURCE.arcs).setData(arcFeatures(visible));
    }
    this.places.showVisible(visible);
  }

  private updateSelection(): void {
    if (!this.styleReady) return;
    const state = this.store.getState();
    const ev = state.selectedId === null ? undefined : state.data?.byId.get(state.selectedId);
    const next = ev ? ev.index : null;
    if (this.selected !== null) this.setEventState(this.selected, { selected: false });
    if (next !== null) this.setEventState(next, { selected: true });
    this.selected = next;
    this.updateFocusArea();
    this.updateGpuHighlight();
  }

  private updateGpuHighlight(): void {
    if (!this.gpu) return;
    const s = this.store.getState();
    const ids = [s.selectedId, s.hoveredId].filter((id): id is string => id !== null);
    this.gpu.setHighlight(ids.flatMap((id) => s.data?.byId.get(id) ?? []));
  }

  private updateHover(): void {
    if (!this.styleReady) return;
    const state = this.store.getState();
    const ev = state.hoveredId === null ? undefined : state.data?.byId.get(state.hoveredId);
    const next = ev ? ev.index : null;
    if (this.hovered !== null && this.hovered !== next) this.setEventState(this.hovered, { hover: false });
    if (next !== null) this.setEventState(next, { hover: true });
    this.hovered = next;
    this.updateFocusArea();
    this.updateGpuHighlight();
  }

  /** The area of the selected event, else of the hovered one, is drawn stronger. */
  private updateFocusArea(): void {
    const s = this.store.getState();
    const id = s.selectedId ?? s.hoveredId;
    const ev = id === null ? undefined : s.data?.byId.get(id);
    this.places.focus(ev?.place ?? null);
  }

  private applyCameraRequest(req: CameraRequest | null): void {
    if (!req || req.seq <= this.lastCameraSeq || !this.styleReady) return;
    this.lastCameraSeq = req.seq;
    if (req.kind === 'camera') {
      const { center, zoom, bearing, pitch } = req.camera;
      this.map.jumpTo({ center, zoom, bearing, pitch });
    } else {
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      this.map.fitBounds(req.bounds, { padding: 60, maxZoom: 8, duration: reduce ? 0 : 600 });
    }
  }

  /** Where the map is now. */
  camera(): Camera {
    const c = this.map.getCenter();
    return { center: [c.lng, c.lat], zoom: this.map.getZoom(), bearing: this.map.getBearing(), pitch: this.map.getPitch() };
  }

  private onMoveEnd(): void {
    this.store.getState().cameraFromMap(this.camera());
  }

  /** Event ids under a point, nearest marker first. */
  private eventsAt(point: { x: number; y: number }): string[] {
    if (!this.styleReady) return [];
    if (this.useGpu) return this.gpu?.eventsAt(point, HIT_TOLERANCE) ?? [];
    const t = HIT_TOLERANCE;
    const hits = this.map.queryRenderedFeatures(
      [
        [point.x - t, point.y - t],
        [point.x + t, point.y + t],
      ],
      { layers: [...INTERACTIVE_LAYERS] },
    );
    return [...new Set(hits.map((f) => String(f.properties.eid)))];
  }

  private onClick(e: MapMouseEvent): void {
    this.pick(this.eventsAt(e.point));
  }

  /** One event under the pointer opens it; several list in time order; none clears. */
  private pick(ids: string[]): void {
    const s = this.store.getState();
    if (ids.length === 1) s.select(ids[0]!);
    else if (ids.length > 1) s.showStack(ids);
    else if (s.selectedId !== null || s.stack !== null) {
      s.select(null);
      s.showStack(null);
    }
  }

  private onMouseMove(e: MapMouseEvent): void {
    const ids = this.eventsAt(e.point);
    // MapLibre's layers set the cursor on mouseenter; the GPU layer has no such events.
    if (this.useGpu) this.map.getCanvas().style.cursor = ids.length > 0 ? 'pointer' : '';
    this.store.getState().hover(ids[0] ?? null);
  }

  private source(id: string): GeoJSONSource {
    return this.map.getSource(id) as GeoJSONSource;
  }

  private setEventState(index: number, state: Record<string, boolean>): void {
    this.setState(SOURCE.events, index, state);
    this.setState(SOURCE.arcs, index, state);
  }

  private setState(source: string, id: number, state: Record<string, boolean>): void {
    this.map.setFeatureState({ source, id }, state);
  }
}
