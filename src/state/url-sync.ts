/**
 * Keeps the address bar and the store in step. Reading: the URL is decoded once at start
 * (the camera applies at once, ids once the data is in) and again on Back/Forward.
 * Writing: each key says how its changes go out (`url-state.ts`): a change of selection
 * pushes a history entry, so Back steps through selections; everything else replaces the
 * current entry once changes have paused.
 */
import { FIRST_VIEW_MAX_ZOOM } from '../domain/first-view';
import { dataFirstView } from '../domain/atlas-event';
import { dataKeyOf, sameData } from './data-key';
import type { AtlasState, AtlasStore } from './store';
import { describeIgnored, type UrlCodec } from './url-codec';
import type { UrlWrite } from './url-field';
import { URL_CODEC } from './url-state';

export { WINDOW_WRITE_DELAY_MS, WRITE_DELAY_MS } from './url-timing';

interface Env {
  location: Pick<Location, 'search' | 'pathname' | 'hash'>;
  history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener: (type: 'popstate', fn: () => void) => void;
  removeEventListener: (type: 'popstate', fn: () => void) => void;
  /** Runs `fn` once the page has laid out what the store just changed (a window's frames). */
  requestAnimationFrame?: (fn: () => void) => unknown;
}

/** Apply a decoded URL to a store that has data; reports what it ignored as a notice. */
function applyUrl(store: AtlasStore, search: string, { announce }: { announce: boolean }, codec: UrlCodec<unknown> = URL_CODEC): void {
  const s = store.getState();
  const data = s.data;
  if (!data) return;
  const fileById = new Map([...data.sources.values()].map((src) => [src.id, src.file]));
  const resolved = codec.resolve(codec.decode(search), {
    eventIds: data.byId,
    sourceIds: new Set(fileById.keys()),
    domain: data.domain,
    version: s.dataVersion,
  });
  if (announce && resolved.ignored.length > 0) {
    s.notify('warning', `Some of the link could not be used and was ignored: ${describeIgnored(resolved.ignored)}.`);
  }
  codec.apply(resolved.state, { store, data, fileById, announce });
}

/**
 * Whether the link in `search` was made on the data set the store shows: only then do its
 * ids, window and filters mean anything here.
 */
export function linkIsForData(s: AtlasState, search: string): boolean {
  return sameData(URL_CODEC.decode(search).state.data, dataKeyOf(s.dataSource, s.dataName));
}

/**
 * Another data set than the link's is on the map (the user opened one, or the link's could
 * not be had): the previous view's selection and filters name nothing in it, so they go, and
 * the map shows the new data set's first view (where most of its events are), as it opens on.
 */
function freshView(store: AtlasStore, afterLayout: (fn: () => void) => void): void {
  const s = store.getState();
  s.showStack(null);
  s.select(null);
  s.setCategories(null);
  s.setSources(null);
  s.setSearch('');
  const bounds = s.data ? dataFirstView(s.data) : null;
  // Notices that come with new data may shorten the map: fit once it has its new size.
  if (bounds) afterLayout(() => store.getState().requestFit(bounds, FIRST_VIEW_MAX_ZOOM));
}

/**
 * Start syncing. Call before the map is created, so a camera in the URL is where the map
 * opens. Returns a function that stops syncing. `codec` is the app's URL unless a test
 * brings its own keys.
 */
export function startUrlSync(store: AtlasStore, env: Env = window, codec: UrlCodec<unknown> = URL_CODEC): () => void {
  codec.applyEarly(codec.decode(env.location.search).state, store);
  const frame = env.requestAnimationFrame?.bind(env);
  const afterLayout = (fn: () => void) => (frame ? frame(() => frame(fn)) : fn());
  let applying = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWritten = env.location.search.replace(/^\?/, '');

  const write = (mode: 'push' | 'replace') => {
    clearTimeout(timer);
    timer = undefined;
    const query = codec.encode(codec.stateOf(store.getState()));
    if (query === lastWritten) return;
    lastWritten = query;
    const url = `${env.location.pathname}${query ? `?${query}` : ''}${env.location.hash}`;
    if (mode === 'push') env.history.pushState(null, '', url);
    else env.history.replaceState(null, '', url);
  };

  /** A change of a watched value: push at once, or one pending write whose wait restarts. */
  const changed = (how: UrlWrite) => {
    if (applying || !store.getState().data) return;
    if (how.history === 'push') return write('push');
    clearTimeout(timer);
    timer = setTimeout(() => write('replace'), how.afterMs);
  };

  const onData = () => {
    applying = true;
    if (linkIsForData(store.getState(), env.location.search)) applyUrl(store, env.location.search, { announce: true }, codec);
    else freshView(store, afterLayout);
    applying = false;
    write('replace');
  };

  const onPop = () => {
    applying = true;
    lastWritten = env.location.search.replace(/^\?/, '');
    applyUrl(store, env.location.search, { announce: false }, codec);
    applying = false;
  };

  const unsubs = [
    store.subscribe((s) => s.data, (data) => data && onData()),
    ...codec.watches.map((w) => store.subscribe(w.select, () => changed(w.write))),
  ];
  if (store.getState().data) onData();
  env.addEventListener('popstate', onPop);
  return () => {
    clearTimeout(timer);
    for (const off of unsubs) off();
    env.removeEventListener('popstate', onPop);
  };
}
