/**
 * One zustand store built from typed slices (zustand `slices-pattern.md`), with
 * `subscribeWithSelector` applied once where they combine so the map controller and the
 * URL writer can follow exactly the values they draw.
 */
import { createStore, type StateCreator } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import type { AtlasData } from '../domain/atlas-event';
import type { Loaded, LoadProgress } from '../data/load-protocol';
import type { DatasetSource, ImportReport } from '../data/ingest/types';
import { SHIPPED_NAME } from '../data/files';
import { openSource } from '../data/load';
import type { Category, ValidationIssue } from '../domain/types';
import { NO_FILTERS, openingWindow, type DayWindow, type Filters } from '../domain/selectors';
import type { Camera } from '../domain/camera';

export interface DataSlice {
  data: AtlasData | null;
  /** Where the loaded data set came from; null before the first load. */
  dataSource: DatasetSource | null;
  /** What the user knows it by: file name(s), folder, URL, or the built-in set's name. */
  dataName: string;
  /** What the last load read and set aside; null before the first load ends. */
  importReport: ImportReport | null;
  /**
   * Open a data set: the one way any data set, of any origin and format, comes in. Owns the
   * progress (`loading`), the notices, and the fallback: a folder or link that cannot be
   * loaded gives way to the shipped data set with a notice; files of which nothing could be
   * read leave the current data set on the map and say why.
   */
  openDataset(source: DatasetSource): Promise<void>;
  /** Short content hash of the loaded files; goes into shared links. */
  dataVersion: string;
  /** The folder of a data set opened by link (`?data=`), or null for the shipped one. */
  dataPath: string | null;
  /** Records the loader set aside, shown to the user. */
  loadIssues: ValidationIssue[];
  loadError: string | null;
  /** How far the load in progress has got; null once the data are in, or the load failed. */
  loading: LoadProgress | null;
  /** The name of a data set other than the shipped one while it is being opened; else null. */
  opening: string | null;
  setLoading(progress: LoadProgress | null): void;
  /** Events handed to the map but not drawn yet: a large data set's layer is being built. */
  drawing: boolean;
  setDrawing(drawing: boolean): void;
  setData(data: AtlasData, version: string, issues: ValidationIssue[], path?: string | null): void;
  setLoadError(message: string): void;
}

export interface TimeSlice {
  dateWindow: DayWindow;
  playing: boolean;
  /** Days the window advances per second of playback. */
  speed: number;
  setDateWindow(dateWindow: DayWindow): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
}

export interface SelectionSlice {
  selectedId: string | null;
  hoveredId: string | null;
  /** Ids under the last map click when several events were stacked there. */
  stack: string[] | null;
  /** Seed file of the article open in the reader, and the claim to highlight. */
  reading: { file: string; claim: number | null } | null;
  select(id: string | null): void;
  hover(id: string | null): void;
  showStack(ids: string[] | null): void;
  openArticle(file: string, claim: number | null): void;
  closeArticle(): void;
}

export interface FilterSlice {
  filters: Filters;
  setCategories(categories: readonly Category[] | null): void;
  setSources(files: readonly string[] | null): void;
  setSearch(search: string): void;
}

export type CameraRequest =
  | { kind: 'camera'; camera: Camera; seq: number }
  | { kind: 'fit'; bounds: [number, number, number, number]; maxZoom?: number; seq: number };

export interface ViewSlice {
  /** Where the map is, as last reported by the map when a move ended. */
  camera: Camera | null;
  /** A move the app asks of the map (URL, "Zoom to"); the map ignores its own moves. */
  cameraRequest: CameraRequest | null;
  cameraFromMap(camera: Camera): void;
  requestCamera(camera: Camera): void;
  requestFit(bounds: [number, number, number, number], maxZoom?: number): void;
  /**
   * Pixels along each edge of the map that the app's own overlays (the legend) cover: a fit
   * keeps events out from under them.
   */
  mapInsets: MapInsets;
  setMapInsets(insets: MapInsets): void;
  /** What the legend says of the density view while the map draws one; null otherwise. */
  density: DensityLegend | null;
  setDensity(density: DensityLegend | null): void;
}

export interface DensityLegend {
  /** How far from a point its colour counts events, in km at the map's centre (the kernel's radius). */
  radiusKm: number;
}

export interface MapInsets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const NO_INSETS: MapInsets = { top: 0, right: 0, bottom: 0, left: 0 };

export interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  text: string;
}

export interface NoticeSlice {
  notices: Notice[];
  notify(kind: Notice['kind'], text: string): void;
  dismiss(id: number): void;
}

export type AtlasState = DataSlice & TimeSlice & SelectionSlice & FilterSlice & ViewSlice & NoticeSlice;
type Slice<T> = StateCreator<AtlasState, [['zustand/subscribeWithSelector', never]], [], T>;

/** Loads a data set, telling its progress: `load.ts` in the app, a fake in tests. */
export type DatasetOpener = (source: DatasetSource, onProgress: (progress: LoadProgress) => void) => Promise<Loaded>;

/**
 * Not loaded lazily: every first view needs it, and a link's data set is then asked of the
 * load worker in the page's first task, not after the map's set-up has let the main thread go.
 */
const appOpener: DatasetOpener = openSource;

/** The name a data set goes by in the title bar, the report and notices. */
export function sourceName(source: DatasetSource): string {
  switch (source.kind) {
    case 'shipped':
      return SHIPPED_NAME;
    case 'folder':
      return source.path;
    case 'link':
      return source.url;
    case 'files':
      return source.files.map((f) => f.name).join(', ');
  }
}

/** The `data=` a shared link names, where the data set has one. */
const pathOf = (source: DatasetSource): string | null =>
  source.kind === 'folder' ? source.path : source.kind === 'link' ? source.url : null;

const dataSlice = (open: DatasetOpener): Slice<DataSlice> => (set, get) => {
  let seq = 0;
  /** `failed`: the report of files that could not be read, kept through the fallback so the user can read it. */
  const openDataset = async (source: DatasetSource, failed?: ImportReport): Promise<void> => {
    const mine = ++seq;
    const name = sourceName(source);
    set({ loading: { phase: 'download', done: 0, total: null }, loadError: null, opening: source.kind === 'shipped' ? null : name });
    let loaded: Loaded;
    try {
      loaded = await open(source, (progress) => {
        if (mine === seq) set({ loading: progress });
      });
    } catch (error) {
      if (mine !== seq) return;
      const message = (error as Error).message;
      if (source.kind === 'shipped') return get().setLoadError(message);
      get().notify('error', `The data set “${name}” could not be loaded (${message}); ${get().data ? `still showing “${get().dataName}”` : 'showing the built-in data'}.`);
      if (get().data) return set({ loading: null, opening: null });
      return openDataset({ kind: 'shipped' });
    }
    if (mine !== seq) return;
    const { data, version, issues, report } = loaded;
    if (data.events.length === 0 && source.kind !== 'shipped' && issues.length > 0) {
      // Nothing could be read: keep what is on the map, and let the report say why.
      set({ importReport: report, loading: null, opening: null });
      get().notify('error', `Nothing in “${name}” could be read (${report.setAside} record${report.setAside === 1 ? '' : 's'} set aside); ${get().data ? `still showing “${get().dataName}”` : 'showing the built-in data'}.`);
      if (!get().data) return openDataset({ kind: 'shipped' }, report);
      return;
    }
    // One update, so a subscriber to the data sees where they came from with them.
    set({
      data,
      dataVersion: version,
      dataPath: pathOf(source),
      loadIssues: issues,
      loadError: null,
      loading: null,
      opening: null,
      dateWindow: openingWindow(data.events, data.domain),
      dataSource: source,
      dataName: name,
      importReport: failed ?? report,
    });
    performance.mark('atlas:data-set');
  };
  return {
    data: null,
    dataSource: null,
    dataName: '',
    importReport: null,
    openDataset: (source) => openDataset(source),
    dataVersion: '',
    dataPath: null,
    loadIssues: [],
    loadError: null,
    loading: null,
    opening: null,
    setLoading: (loading) => set({ loading }),
    drawing: false,
    setDrawing: (drawing) => set({ drawing }),
    setData: (data, dataVersion, loadIssues, dataPath = null) =>
      set({ data, dataVersion, dataPath, loadIssues, loadError: null, loading: null, dateWindow: openingWindow(data.events, data.domain) }),
    setLoadError: (loadError) => set({ loadError, loading: null }),
  };
};

const timeSlice: Slice<TimeSlice> = (set) => ({
  dateWindow: { start: 0, end: 0 },
  playing: false,
  speed: 7,
  setDateWindow: (dateWindow) =>
    set((s) => (s.dateWindow.start === dateWindow.start && s.dateWindow.end === dateWindow.end ? s : { dateWindow })),
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed }),
});

const selectionSlice: Slice<SelectionSlice> = (set) => ({
  selectedId: null,
  hoveredId: null,
  stack: null,
  reading: null,
  select: (selectedId) => set((s) => (s.selectedId === selectedId ? s : { selectedId, reading: null })),
  hover: (hoveredId) => set((s) => (s.hoveredId === hoveredId ? s : { hoveredId })),
  showStack: (stack) => set({ stack, selectedId: null, reading: null }),
  openArticle: (file, claim) => set({ reading: { file, claim } }),
  closeArticle: () => set({ reading: null }),
});

/** The same filter list: both absent, or the same items in the same order. */
function sameList<T>(a: readonly T[] | null, b: readonly T[] | null): boolean {
  if (a === b) return true;
  return a !== null && b !== null && a.length === b.length && a.every((x, i) => x === b[i]);
}

const filterSlice: Slice<FilterSlice> = (set) => ({
  filters: NO_FILTERS,
  // An unchanged filter keeps its object: a new one re-filters every event (0.7 s at 1M).
  setCategories: (categories) => set((s) => (sameList(s.filters.categories, categories) ? s : { filters: { ...s.filters, categories } })),
  setSources: (sources) => set((s) => (sameList(s.filters.sources, sources) ? s : { filters: { ...s.filters, sources } })),
  setSearch: (search) => set((s) => (s.filters.search === search ? s : { filters: { ...s.filters, search } })),
});

let cameraSeq = 0;
const viewSlice: Slice<ViewSlice> = (set) => ({
  camera: null,
  cameraRequest: null,
  cameraFromMap: (camera) => set({ camera }),
  requestCamera: (camera) => set({ camera, cameraRequest: { kind: 'camera', camera, seq: ++cameraSeq } }),
  requestFit: (bounds, maxZoom) => set({ cameraRequest: { kind: 'fit', bounds, ...(maxZoom === undefined ? {} : { maxZoom }), seq: ++cameraSeq } }),
  mapInsets: NO_INSETS,
  setMapInsets: (insets) =>
    set((s) => {
      const now = s.mapInsets;
      const same = now.top === insets.top && now.right === insets.right && now.bottom === insets.bottom && now.left === insets.left;
      return same ? s : { mapInsets: { ...insets } };
    }),
  density: null,
  setDensity: (density) => set((s) => (s.density?.radiusKm === density?.radiusKm ? s : { density })),
});

let noticeSeq = 0;
const noticeSlice: Slice<NoticeSlice> = (set) => ({
  notices: [],
  notify: (kind, text) =>
    set((s) => (s.notices.some((n) => n.text === text) ? s : { notices: [...s.notices, { id: ++noticeSeq, kind, text }] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});

/** A new store; the app makes one, tests make their own (with their own opener). */
export const createAtlasStore = (options: { open?: DatasetOpener } = {}) =>
  createStore<AtlasState>()(
    subscribeWithSelector((...a) => ({
      ...dataSlice(options.open ?? appOpener)(...a),
      ...timeSlice(...a),
      ...selectionSlice(...a),
      ...filterSlice(...a),
      ...viewSlice(...a),
      ...noticeSlice(...a),
    })),
  );

export type AtlasStore = ReturnType<typeof createAtlasStore>;
