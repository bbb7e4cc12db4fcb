// @vitest-environment jsdom
/**
 * The controller's choice of drawer, without a browser: MapLibre, both drawers and the place
 * overlays are fakes that record what the controller asks of them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AtlasData, AtlasEvent } from '../domain/atlas-event';
import type { DayWindow } from '../domain/selectors';
import { atlasDataOf, loadedStore, testEvent } from '../test-support/fixtures';
import type { AtlasStore } from '../state/store';

/** A drawer that keeps what it was last given. */
class FakeDrawer {
  static made: FakeDrawer[] = [];
  events: readonly AtlasEvent[] | null = null;
  dateWindow: DayWindow | null = null;
  hits: string[] = [];
  building = false;
  destroyed = false;
  constructor() {
    FakeDrawer.made.push(this);
  }
  drawing: unknown = undefined;
  /** How many times events were handed over. */
  handedOver = 0;
  setEvents(events: readonly AtlasEvent[], drawing?: unknown) {
    this.events = events;
    this.drawing = drawing;
    this.handedOver++;
  }
  setDateWindow(dateWindow: DayWindow) {
    this.dateWindow = dateWindow;
  }
  setFocus() {}
  eventsAt() {
    return this.hits;
  }
  renderedIds() {
    return (this.events ?? []).map((e) => e.id);
  }
  destroy() {
    this.destroyed = true;
  }
}
class FakeMapLibreDrawer extends FakeDrawer {}
/**
 * The GPU drawer draws its own badges: a group under the pointer, and boxes for automation; and,
 * zoomed out, a density: where a click on it zooms to, and what the legend says of it.
 */
class FakeGpuDrawer extends FakeDrawer {
  badgeHit: { ids: string[]; places: string[] } | null = null;
  densityZoom: number | null = null;
  densityLegend = () => (this.densityZoom === null ? null : { radiusKm: 55 });
  densityZoomAt() {
    return this.densityZoom;
  }
  readonly badges = {
    eventsAt: () => this.badgeHit,
    boxes: () => [{ label: '×2', n: 2, box: [1, 2, 3, 4] as [number, number, number, number] }],
  };
}

/** MapLibre's map: event handlers by name, every other method a no-op. */
class FakeMap {
  static last: FakeMap;
  handlers = new Map<string, (e?: unknown) => void>();
  constructor() {
    FakeMap.last = this;
  }
  on(name: string, fn: (e?: unknown) => void) {
    this.handlers.set(name, fn);
  }
  once(name: string, fn: (e?: unknown) => void) {
    this.handlers.set(name, fn);
  }
  off() {}
  fire(name: string, e?: unknown) {
    this.handlers.get(name)?.(e);
  }
  getCanvas() {
    return { addEventListener() {}, style: {} };
  }
  getContainer() {
    return { clientWidth: 800, clientHeight: 600 };
  }
  getCenter() {
    return { lng: 0, lat: 0 };
  }
  getZoom = () => 2;
  getBearing = () => 0;
  getPitch = () => 0;
  getLayer = () => undefined;
  loaded = () => true;
  isMoving = () => false;
  areTilesLoaded = () => true;
  addControl() {}
  addSource() {}
  getSource = () => undefined;
  addLayer() {}
  fitted: unknown[] = [];
  fitBounds(bounds: unknown) {
    this.fitted.push(bounds);
  }
  /** Where a fit would go: the camera a test sets, else somewhere else than here. */
  fitTarget: { center: [number, number]; zoom: number } = { center: [10, 10], zoom: 5 };
  cameraForBounds() {
    return this.fitTarget;
  }
  project(p: { lng: number; lat: number } | [number, number]) {
    const [x, y] = Array.isArray(p) ? p : [p.lng, p.lat];
    return { x: x * 100, y: y * 100 };
  }
  jumpTo() {}
  eased: unknown[] = [];
  easeTo(options: unknown) {
    this.eased.push(options);
  }
  remove() {}
}

/** Resolves once the lazy GPU module is imported (the test holds the import back). */
let releaseGpu: () => void = () => {};
let gpuImports = 0;

vi.mock('maplibre-gl', () => ({
  Map: FakeMap,
  NavigationControl: class {},
  ScaleControl: class {},
  setWorkerUrl() {},
}));
vi.mock('maplibre-gl/dist/maplibre-gl-worker.mjs?url', () => ({ default: 'worker.js' }));
vi.mock('./maplibre-drawer', () => ({ MapLibreDrawer: FakeMapLibreDrawer }));
const placesSet = vi.hoisted((): Array<{ places: unknown[]; large: boolean }> => []);
vi.mock('./place-overlays', () => ({
  PlaceOverlays: class {
    setPlaces(places: unknown[], large = false) {
      placesSet.push({ places, large });
    }
    showVisible() {}
    focus() {}
  },
}));
/** How many events each badge update was given, in order. */
const badgeUpdates: number[] = [];
vi.mock('./count-badges', () => ({
  CountBadges: class { update(visible: readonly unknown[]) { badgeUpdates.push(visible.length); } zoomed() {} eventsAt() { return null; } boxes() { return []; } },
  addBadgeImage() {},
}));
vi.mock('./basemap-detail', () => ({ BasemapDetail: class { start() {} renderedTowns() { return []; } } }));
vi.mock('./first-view-marks', () => ({ markFirstView() {} }));

type Controller = typeof import('./map-controller');
let MapController: Controller['MapController'];
let GPU_THRESHOLD: Controller['GPU_THRESHOLD'];

/** A store with `n` one-day events, every tenth a strike. */
const storeWith = (n: number): AtlasStore =>
  loadedStore(atlasDataOf(Array.from({ length: n }, (_, i) => testEvent({ id: `e${i}`, start: i, end: i, category: i % 10 ? 'deployment' : 'strike' }))));

const drawersOf = <T extends FakeDrawer>(kind: new () => T) => FakeDrawer.made.filter((d): d is T => d instanceof kind);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Let the pending import of the GPU module finish, and wait for its drawer. */
async function finishGpuImport() {
  await vi.waitFor(() => expect(gpuImports).toBe(1));
  releaseGpu();
  await vi.waitFor(() => expect(drawersOf(FakeGpuDrawer)).toHaveLength(1));
}

let controller: InstanceType<Controller['MapController']> | null = null;
function start(store: AtlasStore) {
  controller = new MapController(document.createElement('div'), store);
  FakeMap.last.fire('style.load');
  FakeMap.last.fire('load');
  return controller;
}

beforeEach(async () => {
  FakeDrawer.made = [];
  gpuImports = 0;
  vi.stubGlobal('navigator', { webdriver: true });
  // A fresh module graph per test, so each loads the GPU module anew, when the test says.
  vi.resetModules();
  vi.doMock('./gpu/gpu-drawer', async () => {
    gpuImports++;
    await new Promise<void>((resolve) => (releaseGpu = resolve));
    return { GpuDrawer: FakeGpuDrawer };
  });
  ({ MapController, GPU_THRESHOLD } = await import('./map-controller'));
});
afterEach(() => {
  controller?.destroy();
  controller = null;
  vi.unstubAllGlobals();
});

describe('MapController drawers', () => {
  it('draws a small data set with MapLibre’s layers and never loads the GPU layer', () => {
    const store = storeWith(50);
    start(store);
    const [maplibre] = drawersOf(FakeMapLibreDrawer);
    expect(maplibre!.events).toHaveLength(50);
    store.getState().setCategories(['strike']);
    expect(maplibre!.events).toHaveLength(5);
    store.getState().setDateWindow({ start: 3, end: 9 });
    expect(maplibre!.dateWindow).toEqual({ start: 3, end: 9 });
    expect(gpuImports).toBe(0);
    expect(window.__atlas!.renderedEventIds()).toHaveLength(5);
    expect(window.__atlas!.idle()).toBe(true);
  });

  it('loads the GPU layer once for a large data set, drawing nothing meanwhile, then hands it the events', async () => {
    const store = storeWith(GPU_THRESHOLD);
    start(store);
    const [maplibre] = drawersOf(FakeMapLibreDrawer);
    expect(maplibre!.events).toEqual([]);
    await vi.waitFor(() => expect(gpuImports).toBe(1));
    await flush();
    expect(drawersOf(FakeGpuDrawer)).toHaveLength(0);
    expect(window.__atlas!.renderedEventIds()).toEqual([]);

    // A filter change while it loads neither loads it twice nor is lost.
    store.getState().setCategories(['strike']);
    await finishGpuImport();
    await flush();
    expect(drawersOf(FakeGpuDrawer)).toHaveLength(1);
    const [gpu] = drawersOf(FakeGpuDrawer);
    expect(gpu!.events).toHaveLength(GPU_THRESHOLD / 10);
    store.getState().setDateWindow({ start: 10, end: 20 });
    expect(gpu!.dateWindow).toEqual({ start: 10, end: 20 });
    expect(maplibre!.dateWindow).toBeNull();
  });

  it('tells automation it is not idle while the GPU layer loads or builds', async () => {
    const store = storeWith(GPU_THRESHOLD);
    start(store);
    expect(window.__atlas!.idle()).toBe(false);
    await finishGpuImport();
    const [gpu] = drawersOf(FakeGpuDrawer);
    expect(window.__atlas!.idle()).toBe(true);
    gpu!.building = true;
    expect(window.__atlas!.idle()).toBe(false);
    controller!.destroy();
    controller = null;
    expect(gpu!.destroyed).toBe(true);
    expect(window.__atlas).toBeUndefined();
  });

  it('switches back to MapLibre for a small data set, and reuses the loaded GPU layer for a large one', async () => {
    const store = storeWith(GPU_THRESHOLD);
    start(store);
    await finishGpuImport();
    const [maplibre] = drawersOf(FakeMapLibreDrawer);
    const [gpu] = drawersOf(FakeGpuDrawer);

    const small = storeWith(20).getState().data!;
    store.getState().setData(small, 'small', []);
    expect(maplibre!.events).toHaveLength(20);
    store.getState().setDateWindow({ start: 2, end: 4 });
    expect(maplibre!.dateWindow).toEqual({ start: 2, end: 4 });
    expect(gpu!.dateWindow).not.toEqual({ start: 2, end: 4 });
    // The GPU layer draws nothing of the large set any more, neither markers nor badges.
    expect(gpu!.events).toEqual([]);
    expect(window.__atlas!.badgeBoxes()).toEqual([]);

    store.getState().setData(storeWith(GPU_THRESHOLD + 1).getState().data!, 'large', []);
    await flush();
    expect(drawersOf(FakeGpuDrawer)).toHaveLength(1);
    expect(gpuImports).toBe(1);
    expect(gpu!.events).toHaveLength(GPU_THRESHOLD + 1);
    expect(maplibre!.events).toEqual([]);

    // Badges: per step on MapLibre's path; emptied once for the GPU path, then left alone by its steps.
    badgeUpdates.length = 0;
    for (let day = 0; day < 5; day++) store.getState().setDateWindow({ start: day, end: day + 3 });
    expect(badgeUpdates).toEqual([]);
    store.getState().setData(small, 'small', []);
    store.getState().setDateWindow({ start: 1, end: 3 });
    expect(badgeUpdates.length).toBeGreaterThan(0);
    expect(badgeUpdates.at(-1)).toBe(3);
  });

  it('starts loading the GPU layer as soon as a load counts enough records, before the data arrive', async () => {
    const store = storeWith(20);
    start(store);
    store.getState().setLoading({ phase: 'download', done: 0, total: 50_000_000 });
    store.getState().setLoading({ phase: 'validate', done: 0, total: GPU_THRESHOLD - 1 });
    await flush();
    expect(gpuImports).toBe(0);
    store.getState().setLoading({ phase: 'validate', done: 0, total: GPU_THRESHOLD });
    await finishGpuImport();
    // Still drawing the small data set meanwhile, with MapLibre's layers.
    expect(drawersOf(FakeMapLibreDrawer)[0]!.events).toHaveLength(20);
  });

  it('goes to the events’ first view when the worker says where it is, once, unless a link named a camera', async () => {
    const store = storeWith(20);
    start(store);
    const fits = () => FakeMap.last.fitted.length;
    const before = fits();
    const firstView: [number, number, number, number] = [30, 45, 40, 55];
    store.getState().setLoading({ phase: 'receive', done: 0, total: 100, firstView });
    expect(fits()).toBe(before + 1);
    expect(FakeMap.last.fitted.at(-1)).toEqual(firstView);
    // Later news of the same load leaves a reader who moved the map where she is.
    store.getState().setLoading({ phase: 'receive', done: 50, total: 100, firstView });
    expect(fits()).toBe(before + 1);
    store.getState().requestCamera({ center: [10, 10], zoom: 4, bearing: 0, pitch: 0 });
    store.getState().setLoading({ phase: 'receive', done: 0, total: 100, firstView });
    expect(fits()).toBe(before + 1);
  });

  it('a fit asked for where the map already is does not move it; elsewhere it does', () => {
    const store = storeWith(20);
    start(store);
    const fits = () => FakeMap.last.fitted.length;
    const before = fits();
    FakeMap.last.fitTarget = { center: [0, 0], zoom: 2 };
    store.getState().requestFit([1, 1, 2, 2], 6);
    expect(fits()).toBe(before);
    FakeMap.last.fitTarget = { center: [0.5, 0], zoom: 2 };
    store.getState().requestFit([1, 1, 2, 2], 6);
    expect(fits()).toBe(before + 1);
  });

  it('a new data set whose first view the map is at already (fitted from its header) does not jump again', () => {
    const store = storeWith(20);
    start(store);
    const fits = () => FakeMap.last.fitted.length;
    const next = storeWith(30).getState().data!;
    FakeMap.last.fitTarget = { center: [0, 0], zoom: 2 };
    const before = fits();
    store.setState({ data: next });
    expect(fits()).toBe(before);
    FakeMap.last.fitTarget = { center: [3, 0], zoom: 2 };
    store.setState({ data: storeWith(40).getState().data! });
    expect(fits()).toBe(before + 1);
  });

  it('lays out a large data set’s place names from the header, before its events', () => {
    const store = storeWith(20);
    start(store);
    const places = [...storeWith(20).getState().data!.places.values()];
    placesSet.length = 0;
    store.getState().setLoading({ phase: 'receive', done: 0, total: 100, firstView: null, places });
    expect(placesSet).toEqual([]);
    store.getState().setLoading({ phase: 'receive', done: 0, total: GPU_THRESHOLD, firstView: null, places });
    expect(placesSet.at(-1)).toEqual({ places, large: true });
    // The load fails: the map shows the places of the data set it still has.
    store.getState().setLoading(null);
    expect(placesSet.at(-1)).toEqual({ places: [...store.getState().data!.places.values()], large: false });
  });

  it('hands a new data set’s events to the drawer once', () => {
    const store = storeWith(50);
    start(store);
    const [maplibre] = drawersOf(FakeMapLibreDrawer);
    expect(maplibre!.events).toHaveLength(50);
    const before = maplibre!.handedOver;
    store.getState().setData(storeWith(30).getState().data!, 'other', []);
    expect(maplibre!.events).toHaveLength(30);
    expect(maplibre!.handedOver - before).toBe(1);
  });

  it('hands the GPU layer the drawing the worker built, unless a filter changed the events', async () => {
    const store = storeWith(GPU_THRESHOLD);
    start(store);
    await finishGpuImport();
    const data = store.getState().data!;
    const drawing = { count: data.events.length } as AtlasData['drawing'];
    // As a load gives it: the events with the drawing the worker built of them.
    store.getState().setData({ ...data, events: [...data.events], drawing }, 'large', []);
    await flush();
    const [gpu] = drawersOf(FakeGpuDrawer);
    expect(gpu!.drawing).toBe(drawing);
    store.getState().setCategories(['strike']);
    expect(gpu!.events).toHaveLength(GPU_THRESHOLD / 10);
    expect(gpu!.drawing).toBeUndefined();
  });

  it('on the GPU path, a click on one of its badges lists the group, and automation reads its boxes', async () => {
    const store = storeWith(GPU_THRESHOLD);
    start(store);
    await finishGpuImport();
    const [gpu] = drawersOf(FakeGpuDrawer);
    expect(window.__atlas!.badgeBoxes().map((b) => b.label)).toEqual(['×2']);
    gpu!.hits = ['e9'];
    gpu!.badgeHit = { ids: ['e1', 'e2', 'e3'], places: ['p'] };
    FakeMap.last.fire('click', { point: { x: 1, y: 1 } });
    expect(store.getState().stack).toEqual(['e1', 'e2', 'e3']);
    gpu!.badgeHit = null;
    FakeMap.last.fire('click', { point: { x: 1, y: 1 } });
    expect(store.getState().selectedId).toBe('e9');
  });

  it('on the GPU path, a click on the density zooms in around it and selects nothing; the legend says what it shows', async () => {
    const store = storeWith(GPU_THRESHOLD);
    start(store);
    await finishGpuImport();
    const [gpu] = drawersOf(FakeGpuDrawer);
    gpu!.hits = ['e9'];
    gpu!.densityZoom = 5.5;
    FakeMap.last.fire('moveend');
    expect(store.getState().density).toEqual({ radiusKm: 55 });
    FakeMap.last.fire('click', { point: { x: 1, y: 1 }, lngLat: { lng: 30, lat: 50 } });
    expect(FakeMap.last.eased).toEqual([expect.objectContaining({ zoom: 5.5, around: [30, 50] })]);
    expect(store.getState().selectedId).toBeNull();
    // Zoomed in to the markers: a click selects again, and the legend's line goes.
    gpu!.densityZoom = null;
    FakeMap.last.fire('moveend');
    expect(store.getState().density).toBeNull();
    FakeMap.last.fire('click', { point: { x: 1, y: 1 }, lngLat: { lng: 30, lat: 50 } });
    expect(store.getState().selectedId).toBe('e9');
    expect(FakeMap.last.eased).toHaveLength(1);
  });

  it('makes no GPU layer when the map is destroyed while it loads', async () => {
    const store = storeWith(GPU_THRESHOLD);
    start(store).destroy();
    controller = null;
    await vi.waitFor(() => expect(gpuImports).toBe(1));
    releaseGpu();
    await flush();
    await flush();
    expect(drawersOf(FakeGpuDrawer)).toHaveLength(0);
    expect(window.__atlas).toBeUndefined();
  });

  it('a click on one marker selects it, on several lists them, on none clears', () => {
    const store = storeWith(50);
    start(store);
    const [maplibre] = drawersOf(FakeMapLibreDrawer);
    maplibre!.hits = ['e3'];
    FakeMap.last.fire('click', { point: { x: 1, y: 1 } });
    expect(store.getState().selectedId).toBe('e3');
    maplibre!.hits = ['e3', 'e4'];
    FakeMap.last.fire('click', { point: { x: 1, y: 1 } });
    expect(store.getState().stack).toEqual(['e3', 'e4']);
    maplibre!.hits = [];
    FakeMap.last.fire('click', { point: { x: 1, y: 1 } });
    expect(store.getState().stack).toBeNull();
    expect(store.getState().selectedId).toBeNull();
  });
});
