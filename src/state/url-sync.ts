/**
 * Keeps the address bar and the store in step. Reading: the URL is decoded once at start
 * (the camera applies at once, ids once the data is in) and again on Back/Forward.
 * Writing: each key says how its changes go out (`url-state.ts`): a change of selection
 * pushes a history entry, so Back steps through selections; everything else replaces the
 * current entry once changes have paused.
 */
import type { AtlasStore } from './store';
import { describeIgnored, type UrlCodec } from './url-codec';
import type { UrlWrite } from './url-field';
import { URL_CODEC } from './url-state';

export { WINDOW_WRITE_DELAY_MS, WRITE_DELAY_MS } from './url-timing';

interface Env {
  location: Pick<Location, 'search' | 'pathname' | 'hash'>;
  history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener: (type: 'popstate', fn: () => void) => void;
  removeEventListener: (type: 'popstate', fn: () => void) => void;
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
 * Start syncing. Call before the map is created, so a camera in the URL is where the map
 * opens. Returns a function that stops syncing. `codec` is the app's URL unless a test
 * brings its own keys.
 */
export function startUrlSync(store: AtlasStore, env: Env = window, codec: UrlCodec<unknown> = URL_CODEC): () => void {
  codec.applyEarly(codec.decode(env.location.search).state, store);
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
    applyUrl(store, env.location.search, { announce: true }, codec);
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
