/**
 * The one module that owns the MapLibre map. It follows the store through
 * subscriptions and updates the map in small named steps — data, window, selection, hover,
 * camera — so scrubbing the slider never goes through a React render.
 *
 * Camera ownership (after maputnik's `MapMaplibreGl.tsx`): the map reports where the user moved it
 * when a move ends; it moves itself only for a `cameraRequest` from the app.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import './fonts';
import { readBasemapChoice, storage } from './basemap-choice';
import { BasemapSettingsControl } from './basemap-settings-control';
import type { AtlasStore } from '../state/store';
import type { LoadProgress } from '../data/load-protocol';
import { selectFiltered, selectVisible } from '../state/derived';
import { BasemapDetail } from './basemap-detail';
import { markFirstView } from './first-view-marks';
import { BASEMAP_LABEL_LAYER_ID, resolveStyle } from './basemap-style';
import { dataFirstView } from '../domain/atlas-event';
import { MapCamera } from './map-camera';
import { MapPointer } from './map-pointer';
import { addBadgeImage, CountBadges, type BadgeBox, type BadgeLayer } from './count-badges';
import { arcLayer, areaFillLayer, areaLineLayer, eventHaloLayer, eventLayer, LAYER, placeLabelLayer, SOURCE, stackLayer } from './layers';
import type { EventDrawer } from './event-drawer';
import type { GpuDrawer } from './gpu/gpu-drawer';
import { eventsBounds } from '../domain/bounds';
import { DRAWER_VARIANT } from './drawer-variant';
import { MapLibreDrawer } from './maplibre-drawer';
import { PlaceOverlays } from './place-overlays';
import { addFeatureSource } from './feature-source';
import { exposeAutomation } from './automation';
import { ShowAllControl } from './show-all-control';
import { GPU_THRESHOLD } from './gpu/threshold';

maplibregl.setWorkerUrl(workerUrl);

// The benchmark's baseline build stays on MapLibre's layers at every size (drawer-variant.ts).
export { GPU_THRESHOLD };

export class MapController {
  private readonly map: maplibregl.Map;
  private readonly store: AtlasStore;
  private readonly unsubscribe: Array<() => void> = [];
  private styleReady = false;
  private readonly places: PlaceOverlays;
  /** Where the map moves itself, and where it is. */
  private readonly view: MapCamera;
  /** The small path's badges; the GPU layer draws its own (gpu/gpu-badges.ts). */
  private readonly badges: CountBadges;
  /** Whether the badge source holds badges (so the large-data path empties it once, not per step). */
  private badgesShown = false;
  /** Towns and regions of the embedded basemap, added after the first view; null on an online style. */
  private detail: BasemapDetail | null = null;
  /** Who draws the events now; null until the style is ready or while the GPU layer loads. */
  private drawer: EventDrawer | null = null;
  private maplibreEvents: MapLibreDrawer | null = null;
  /** The GPU layers, once loaded, for a data set of GPU_THRESHOLD events or more. */
  private gpu: GpuDrawer | null = null;
  private gpuLoading: Promise<void> | null = null;
  private destroyed = false;
  private readonly stopAutomation: () => void;

  constructor(container: HTMLElement, store: AtlasStore) {
    this.store = store;
    const camera = store.getState().camera;
    const basemapUrl = new URL('basemap/', document.baseURI).href;
    const style = resolveStyle(import.meta.env.VITE_BASEMAP_STYLE_URL, basemapUrl);
    const choice = readBasemapChoice(storage(), document.baseURI);
    this.map = new maplibregl.Map({
      container,
      // An online basemap the reader chose is set once its style is known (setOnlineBasemap).
      ...(choice.kind === 'embedded' ? { style } : {}),
      center: camera?.center ?? [60, 50],
      zoom: camera?.zoom ?? 2.5,
      bearing: camera?.bearing ?? 0,
      pitch: camera?.pitch ?? 0,
      attributionControl: { compact: true },
      // Shared links must reopen exactly the camera they name.
      renderWorldCopies: true,
      // Labels placed or hidden show at once rather than fading over 300 ms: each frame of a
      // fade redraws the whole map, 155 ms a frame where WebGL runs on the CPU, and a large
      // load's first view brought several such frames in while the events were arriving.
      fadeDuration: 0,
    });
    this.view = new MapCamera(this.map, store);
    this.places = new PlaceOverlays(this.map);
    this.badges = new CountBadges(this.map);
    const addDetail = () => {
      if (typeof style !== 'string') this.detail = new BasemapDetail(this.map, basemapUrl, () => LAYER.areaFill);
    };
    if (choice.kind === 'embedded') addDetail();
    else {
      // Only a reader who chose an online basemap loads its code.
      void import('./online-basemap').then(({ setOnlineBasemap }) => setOnlineBasemap(this.map, choice, style, {
        onFallback: addDetail,
        notify: (text) => this.store.getState().notify('warning', text),
        destroyed: () => this.destroyed,
      }),
      );
    }
    this.map.addControl(new BasemapSettingsControl(choice, storage()), 'top-right');
    this.map.addControl(new maplibregl.NavigationControl({ visualizePitch: true }), 'top-right');
    this.map.addControl(new ShowAllControl(() => this.view.showAll(eventsBounds(selectFiltered(this.store.getState()).events))), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    // The style's own JSON is enough to add the event layers: markers need not wait for the
    // basemap's GeoJSON to load and tile ('load' waits for every source).
    this.map.once('style.load', () => this.onStyleReady());
    this.map.on('zoom', () => this.badges.zoomed());
    markFirstView(this.map, () => {
      if ((this.store.getState().data?.events.length ?? 0) === 0 || this.drawer === null) return false;
      return this.drawer === this.gpu ? this.eventsDrawn() : this.map.isSourceLoaded(SOURCE.events);
    });
    this.map.on('moveend', () => this.onMoveEnd());
    new MapPointer(this.map, store, this.view, {
      drawer: () => this.drawer,
      density: () => (this.drawer !== null && this.drawer === this.gpu ? this.gpu : null),
      badges: () => this.shownBadges,
    });
    this.stopAutomation = exposeAutomation({
      map: this.map,
      store,
      camera: () => this.view.now(),
      renderedEventIds: () => this.drawer?.renderedIds() ?? [],
      eventsDrawn: () => this.eventsDrawn(),
      badgeBoxes: (): BadgeBox[] => (this.styleReady ? this.shownBadges.boxes() : []),
      renderedTowns: () => this.detail?.renderedTowns() ?? [],
    });
  }

  /**
   * Whether the events handed to the map are drawn or being drawn by MapLibre: not while the
   * GPU layer is loading, or building a large data set's vertex data.
   */
  private eventsDrawn(): boolean {
    return !this.useGpu || (this.drawer === this.gpu && this.gpu !== null && !this.gpu.building);
  }

  destroy(): void {
    this.destroyed = true;
    this.stopAutomation();
    for (const off of this.unsubscribe) off();
    this.gpu?.destroy();
    this.map.remove();
  }

  private onStyleReady(): void {
    const map = this.map;
    for (const id of [SOURCE.areas, SOURCE.arcs, SOURCE.events, SOURCE.stacks, SOURCE.places]) addFeatureSource(map, id);
    const before = map.getLayer(BASEMAP_LABEL_LAYER_ID) ? BASEMAP_LABEL_LAYER_ID : undefined;
    for (const layer of [areaFillLayer, areaLineLayer, arcLayer, eventHaloLayer]) map.addLayer(layer, before);
    map.addLayer(placeLabelLayer);
    map.addLayer(eventLayer);
    addBadgeImage(map);
    map.addLayer(stackLayer);
    this.maplibreEvents = new MapLibreDrawer(map, this.places, DRAWER_VARIANT);
    this.styleReady = true;

    const s = this.store;
    this.unsubscribe.push(
      s.subscribe((st) => st.data, () => this.updateData()),
      s.subscribe(selectFiltered, () => this.updateFiltered()),
      s.subscribe((st) => st.dateWindow, () => this.updateWindow()),
      s.subscribe((st) => st.selectedId, () => this.updateFocus()),
      s.subscribe((st) => st.hoveredId, () => this.updateFocus()),
      s.subscribe((st) => st.cameraRequest, (req) => this.view.apply(req)),
      s.subscribe((st) => st.loading, (loading) => this.prepareForLoad(loading)),
    );
    this.updateData();
    this.updateFiltered();
    this.view.apply(s.getState().cameraRequest);
    // Towns and regions once the first view is drawn: they are not what the reader waits for.
    map.once('idle', () => !this.destroyed && this.detail?.start());
  }

  /** A new data set: areas per place, and the first view if the URL named no camera. */
  private updateData(): void {
    const data = this.store.getState().data;
    if (!this.styleReady || !data) return;
    this.places.setPlaces([...data.places.values()], this.useGpu);
    // The drawer gets the new events from the filtered events' own subscription, which a new
    // data set always changes: calling it here as well handed every data set over twice.
    // Open on where most events are, unless a link named a camera (its request is pending or applied).
    if (!this.store.getState().cameraRequest) {
      this.view.fitFirstView(dataFirstView(data));
    }
  }

  private get useGpu(): boolean {
    return DRAWER_VARIANT.gpu && (this.store.getState().data?.events.length ?? 0) >= GPU_THRESHOLD;
  }

  /**
   * While a large data set loads: load the GPU layer as soon as the load counts GPU_THRESHOLD
   * records, so its code and shaders are ready when the events arrive; and go to the events'
   * first view as soon as the worker says where it is, so the basemap's tiles there (and
   * MapLibre's shaders for what they show, seconds where WebGL runs on the CPU) load while the
   * events are still on their way. The first view the data then ask for is the same one, and
   * so are the places.
   */
  private prepareForLoad(loading: LoadProgress | null): void {
    const data = this.store.getState().data;
    // A load that ended without new data (it failed, or nothing could be read) leaves the map
    // on the data set it had: its places again (the same places change nothing).
    if (!loading && data) this.places.setPlaces([...data.places.values()], this.useGpu);
    if (!loading || loading.phase === 'download' || loading.phase === 'parse') return;
    const large = DRAWER_VARIANT.gpu && (loading.total ?? 0) >= GPU_THRESHOLD;
    if (large) void this.ensureGpu();
    // Once, when the events' header comes: a reader who moves the map meanwhile keeps her view.
    if (loading.done !== 0 || loading.firstView === undefined) return;
    if (!this.store.getState().cameraRequest) this.view.fitFirstView(loading.firstView);
    // A large data set's place names are laid out while its events come (seconds of MapLibre's
    // worker for thousands of labels, which held the map from idling once the events were in).
    if (large && loading.places) this.places.setPlaces(loading.places, true);
  }

  /** Whoever draws the badges now: the GPU layer's own once it draws the events, else MapLibre's. */
  private get shownBadges(): BadgeLayer {
    return this.gpu !== null && this.drawer === this.gpu ? this.gpu.badges : this.badges;
  }

  /** Load the GPU layer once (unless the map is gone by then). */
  private ensureGpu(): Promise<void> {
    this.gpuLoading ??= import('./gpu/gpu-drawer').then(({ GpuDrawer }) => {
      if (this.destroyed) return;
      performance.mark('atlas:gpu-loaded');
      const before = this.map.getLayer(BASEMAP_LABEL_LAYER_ID) ? BASEMAP_LABEL_LAYER_ID : undefined;
      this.gpu = new GpuDrawer(this.map, before, (building) => {
        this.store.getState().setDrawing(building);
        if (!building) this.updateDensityLegend();
      });
    });
    return this.gpuLoading;
  }

  /** The filters changed (rare): hand the drawer its events once. */
  private updateFiltered(): void {
    const maplibreEvents = this.maplibreEvents;
    if (!this.styleReady || !maplibreEvents) return;
    if (this.useGpu) {
      // MapLibre's layers draw nothing then, not every event while the GPU layer loads.
      maplibreEvents.setEvents([]);
      this.places.showVisible([]);
      if (!this.gpu) {
        this.drawer = null;
        void this.ensureGpu().then(() => !this.destroyed && this.updateFiltered());
        return;
      }
    } else if (this.drawer === this.gpu) this.gpu?.setEvents([]); // its markers and badges go
    this.drawer = this.useGpu ? this.gpu : maplibreEvents;
    const { data } = this.store.getState();
    const { events } = selectFiltered(this.store.getState());
    // Unfiltered, the events are the data set's, in its order: what the worker built for.
    this.drawer!.setEvents(events, events.length === data?.events.length ? data.drawing : undefined);
    this.updateDensityLegend();
    this.updateWindow();
    this.updateFocus();
  }

  /**
   * A slider step: the drawer's window, and the count badges of the window's events: MapLibre's
   * source on the small path, emptied once when the GPU layer takes over and draws its own.
   */
  private updateWindow(): void {
    const state = this.store.getState();
    const visible = () => selectVisible(state);
    this.drawer?.setDateWindow(state.dateWindow, visible);
    const badges = this.drawer !== null && this.drawer !== this.gpu;
    if (badges || this.badgesShown) this.badges.update(badges ? visible() : []);
    this.badgesShown = badges;
  }

  /** The selected event, else the hovered one, is drawn stronger, and so is its area. */
  private updateFocus(): void {
    const s = this.store.getState();
    const byId = (id: string | null) => (id === null ? null : (s.data?.byId.get(id) ?? null));
    const [selected, hovered] = [byId(s.selectedId), byId(s.hoveredId)];
    this.drawer?.setFocus(selected, hovered);
    this.places.focus((selected ?? hovered)?.place ?? null);
  }

  private onMoveEnd(): void {
    this.store.getState().cameraFromMap(this.view.now());
    this.updateDensityLegend();
  }

  /** The legend's line on the density view, while the GPU layer draws one. */
  private updateDensityLegend(): void {
    this.store.getState().setDensity(this.drawer !== null && this.drawer === this.gpu ? this.gpu.densityLegend() : null);
  }
}
