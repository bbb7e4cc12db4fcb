import { describe, expect, it, vi } from 'vitest';
import { FIRST_VIEW_MAX_ZOOM, firstViewOf } from '../domain/first-view';
import { toDay } from '../domain/days';
import { buildAtlasData } from '../domain/atlas-event';
import { datasetOf, eventFeature, testSource } from '../test-support/fixtures';
import { fakeBrowser } from '../test-support/fake-browser';
import { createAtlasStore } from './store';
import { startUrlSync, WINDOW_WRITE_DELAY_MS, WRITE_DELAY_MS } from './url-sync';

const dataset = datasetOf([eventFeature('e1', '2024-10-01', '2024-10-01'), eventFeature('e2', '2024-10-10', '2024-10-12', { source: 'b.txt' })], {
  sources: [testSource('src-a', 'a.txt'), testSource('src-b', 'b.txt')],
});

/** A store synced with a fake browser at `search`; `load` brings the data in. */
function synced(search: string) {
  const store = createAtlasStore();
  const env = fakeBrowser(search);
  startUrlSync(store, env);
  return { store, env, load: () => store.getState().setData(buildAtlasData(dataset), '12345678', []) };
}

describe('url sync', () => {
  it('applies a link once the data are in, and notices what it ignored', () => {
    const { store, load } = synced('?map=4/50/30&from=2024-10-05&to=2024-10-20&event=e2&src=src-b,src-x&read=src-b&v=ffffffff');
    expect(store.getState().cameraRequest).toMatchObject({ kind: 'camera', camera: { zoom: 4, center: [30, 50] } });
    load();
    const s = store.getState();
    expect(s.dateWindow).toEqual({ start: toDay('2024-10-05'), end: toDay('2024-10-20') });
    expect(s.selectedId).toBe('e2');
    expect(s.filters.sources).toEqual(['b.txt']);
    expect(s.reading).toEqual({ file: 'b.txt', claim: 0 });
    expect(s.notices.map((n) => n.text).join('\n')).toMatch(/src “src-x” \(no such source[\s\S]*another version of the data \(ffffffff; now 12345678\)/);
  });

  it('pushes a history entry per selection, replaces for the rest, and Back restores', () => {
    vi.useFakeTimers();
    const { store, env, load } = synced('');
    load();
    store.getState().select('e1');
    expect(env.history.pushState).toHaveBeenCalledTimes(1);
    expect(env.location.search).toContain('event=e1');
    store.getState().setDateWindow({ start: toDay('2024-10-01'), end: toDay('2024-10-02') });
    expect(env.location.search).not.toContain('to=2024-10-02'); // debounced
    vi.advanceTimersByTime(WINDOW_WRITE_DELAY_MS);
    expect(env.location.search).toContain('to=2024-10-02');
    expect(env.history.pushState).toHaveBeenCalledTimes(1);
    env.pop('from=2024-10-01&to=2024-10-12&v=12345678');
    expect(store.getState().selectedId).toBeNull();
    expect(store.getState().dateWindow.end).toBe(toDay('2024-10-12'));
    expect(env.history.pushState).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('writes a scrub to the address once, after its last step', () => {
    vi.useFakeTimers();
    const { store, env, load } = synced('');
    load();
    const writes = env.history.replaceState.mock.calls.length;
    const first = toDay('2024-10-01');
    for (let step = 0; step < 10; step++) {
      store.getState().setDateWindow({ start: first + step, end: first + step + 7 });
      vi.advanceTimersByTime(400); // a step every 400 ms, as the benchmark scrubs
    }
    expect(env.history.replaceState).toHaveBeenCalledTimes(writes);
    vi.advanceTimersByTime(WINDOW_WRITE_DELAY_MS);
    expect(env.history.replaceState).toHaveBeenCalledTimes(writes + 1);
    expect(env.location.search).toContain('from=2024-10-10&to=2024-10-17');
    // A filter is one click, not a scrub: it goes out sooner.
    store.getState().setCategories(['deployment']);
    vi.advanceTimersByTime(WRITE_DELAY_MS);
    expect(env.location.search).toContain('cat=deployment');
    vi.useRealTimers();
  });

  it('names a file data set in the link, and applies a link only to the data set it was made on', () => {
    const store = createAtlasStore();
    const env = fakeBrowser('?event=e2&cat=strike&v=ffffffff&data=file:mine.csv');
    startUrlSync(store, env);
    const files = { kind: 'files' as const, files: [new File(['x'], 'mine.csv')] };
    // The store sets the data and where they came from in one update.
    store.setState({ data: buildAtlasData(dataset), dataVersion: '12345678', dataSource: files, dataName: 'mine.csv' });
    expect(store.getState().selectedId).toBe('e2');
    expect(new URLSearchParams(env.location.search).get('data')).toBe('file:mine.csv');
    expect(env.location.search).toContain('data=file:mine.csv');
    const notices = store.getState().notices.length;

    // Another data set opened: the old selection and filters go, the link names the new one.
    store.setState({ data: buildAtlasData(dataset), dataVersion: 'abcdabcd', dataSource: { kind: 'folder', path: 'datasets/x/' }, dataName: 'datasets/x/' });
    expect(store.getState().selectedId).toBeNull();
    expect(store.getState().filters.categories).toBeNull();
    // The map goes to the new data set's first view, as it opens on, not to every outlier.
    expect(store.getState().cameraRequest).toMatchObject({ kind: 'fit', bounds: firstViewOf(store.getState().data!.events), maxZoom: FIRST_VIEW_MAX_ZOOM });
    const q = new URLSearchParams(env.location.search);
    expect(q.get('data')).toBe('datasets/x/');
    expect(q.get('event')).toBeNull();
    expect(q.get('v')).toBe('abcdabcd');
    // Nothing of the old link is applied to it, so nothing of it is reported as ignored.
    expect(store.getState().notices).toHaveLength(notices);
  });
});
