/**
 * Keeps the address bar and the store in step. Reading: the URL is decoded once at start
 * (the camera applies at once, ids once the data is in) and again on Back/Forward.
 * Writing: a change of selection pushes a history entry, so Back steps through selections;
 * everything else replaces the current entry once changes have paused. A moving window
 * waits longest, so a scrub writes the address once at its end: not per step, which trips
 * the browser's history rate limit and costs main-thread time on every step.
 */
import { eventsBounds } from '../map/map-data';
import { dataKeyOf, sameData } from './data-key';
import type { AtlasStore, AtlasState } from './store';
import { decodeUrl, describeIgnored, encodeUrl, resolveAgainstData, type UrlState } from './url-state';

/** After a change of filters, camera or article: soon, these come one at a time. */
export const WRITE_DELAY_MS = 250;
/** After a window change: longer than the pause between the steps of someone scrubbing. */
export const WINDOW_WRITE_DELAY_MS = 500;

interface Env {
  location: Pick<Location, 'search' | 'pathname' | 'hash'>;
  history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener: (type: 'popstate', fn: () => void) => void;
  removeEventListener: (type: 'popstate', fn: () => void) => void;
  /** Runs `fn` once the page has laid out what the store just changed (a window's frames). */
  requestAnimationFrame?: (fn: () => void) => unknown;
}

/** The URL state that describes what the store shows now. */
export function urlStateOf(s: AtlasState): UrlState {
  const out: UrlState = {};
  if (s.camera) out.camera = s.camera;
  if (!s.data) return out;
  out.dateWindow = { ...s.dateWindow };
  if (s.selectedId) out.event = s.selectedId;
  if (s.filters.categories) out.categories = [...s.filters.categories];
  if (s.filters.sources) {
    out.sources = s.filters.sources.flatMap((file) => {
      const id = s.data?.sources.get(file)?.id;
      return id ? [id] : [];
    });
  }
  if (s.filters.search) out.search = s.filters.search;
  if (s.reading) {
    const id = s.data.sources.get(s.reading.file)?.id;
    if (id) out.read = id;
  }
  if (s.dataVersion) out.version = s.dataVersion;
  const data = dataKeyOf(s.dataSource, s.dataName);
  if (data) out.data = data;
  return out;
}

/** Apply a decoded URL to a store that has data; reports what it ignored as a notice. */
export function applyUrl(store: AtlasStore, search: string, { announce }: { announce: boolean }): void {
  const s = store.getState();
  const data = s.data;
  if (!data) return;
  const fileById = new Map([...data.sources.values()].map((src) => [src.id, src.file]));
  const resolved = resolveAgainstData(decodeUrl(search), {
    eventIds: data.byId,
    sourceIds: new Set(fileById.keys()),
    domain: data.domain,
    version: s.dataVersion,
  });
  const u = resolved.state;
  if (u.camera) s.requestCamera(u.camera);
  s.setDateWindow(u.dateWindow ?? data.domain);
  s.setCategories(u.categories ?? null);
  s.setSources(u.sources ? u.sources.map((id) => fileById.get(id)!) : null);
  s.setSearch(u.search ?? '');
  s.showStack(null);
  s.select(u.event ?? null);
  if (u.read) {
    const file = fileById.get(u.read)!;
    const claims = u.event ? data.byId.get(u.event)?.claims : undefined;
    const claim = claims?.findIndex((c) => c.source === file) ?? -1;
    s.openArticle(file, claim >= 0 ? claim : null);
  }
  if (!announce) return;
  if (resolved.ignored.length > 0) {
    s.notify('warning', `Some of the link could not be used and was ignored: ${describeIgnored(resolved.ignored)}.`);
  }
  if (resolved.versionMismatch) {
    s.notify(
      'info',
      `This link was made on another version of the data (${u.version}; now ${s.dataVersion}). Events may have changed since.`,
    );
  }
}

/**
 * Whether the link in `search` was made on the data set the store shows: only then do its
 * ids, window and filters mean anything here.
 */
export function linkIsForData(s: AtlasState, search: string): boolean {
  return sameData(decodeUrl(search).state.data, dataKeyOf(s.dataSource, s.dataName));
}

/**
 * Another data set than the link's is on the map (the user opened one, or the link's could
 * not be had): the previous view's selection and filters name nothing in it, so they go, and
 * the map shows the new data set whole.
 */
function freshView(store: AtlasStore, afterLayout: (fn: () => void) => void): void {
  const s = store.getState();
  s.showStack(null);
  s.select(null);
  s.setCategories(null);
  s.setSources(null);
  s.setSearch('');
  const bounds = s.data ? eventsBounds(s.data.events) : null;
  // The data-set bar and notices that come with new data shorten the map: fit once it has
  // its new size, or the events at its edges end up outside it.
  if (bounds) afterLayout(() => store.getState().requestFit(bounds));
}

/**
 * Start syncing. Call before the map is created, so a camera in the URL is where the map
 * opens. Returns a function that stops syncing.
 */
export function startUrlSync(store: AtlasStore, env: Env = window): () => void {
  const frame = env.requestAnimationFrame?.bind(env);
  const afterLayout = (fn: () => void) => (frame ? frame(() => frame(fn)) : fn());
  const initial = decodeUrl(env.location.search);
  if (initial.state.camera) store.getState().requestCamera(initial.state.camera);
  let applying = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWritten = env.location.search.replace(/^\?/, '');

  const write = (mode: 'push' | 'replace') => {
    clearTimeout(timer);
    timer = undefined;
    const query = encodeUrl(urlStateOf(store.getState()));
    if (query === lastWritten) return;
    lastWritten = query;
    const url = `${env.location.pathname}${query ? `?${query}` : ''}${env.location.hash}`;
    if (mode === 'push') env.history.pushState(null, '', url);
    else env.history.replaceState(null, '', url);
  };

  /** One pending write of the whole state; a later change restarts its wait. */
  const replaceAfter = (delayMs: number) => {
    if (applying || !store.getState().data) return;
    clearTimeout(timer);
    timer = setTimeout(() => write('replace'), delayMs);
  };

  const onData = () => {
    applying = true;
    if (linkIsForData(store.getState(), env.location.search)) applyUrl(store, env.location.search, { announce: true });
    else freshView(store, afterLayout);
    applying = false;
    write('replace');
  };

  const onPop = () => {
    applying = true;
    lastWritten = env.location.search.replace(/^\?/, '');
    applyUrl(store, env.location.search, { announce: false });
    applying = false;
  };

  const unsubs = [
    store.subscribe((s) => s.data, (data) => data && onData()),
    store.subscribe(
      (s) => s.selectedId,
      () => !applying && store.getState().data && write('push'),
    ),
    store.subscribe((s) => s.dateWindow, () => replaceAfter(WINDOW_WRITE_DELAY_MS)),
    store.subscribe(
      (s) => [s.camera, s.filters, s.reading, s.dataVersion, s.dataSource] as const,
      () => replaceAfter(WRITE_DELAY_MS),
      { equalityFn: (a, b) => a.every((v, i) => v === b[i]) },
    ),
  ];
  if (store.getState().data) onData();
  env.addEventListener('popstate', onPop);
  return () => {
    clearTimeout(timer);
    for (const off of unsubs) off();
    env.removeEventListener('popstate', onPop);
  };
}
