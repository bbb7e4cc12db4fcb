import { describe, expect, it, vi } from 'vitest';
import { buildAtlasData } from '../domain/atlas-event';
import type { Dataset } from '../data/validate';
import { toDay } from '../domain/days';
import { createAtlasStore } from './store';
import { startUrlSync, WINDOW_WRITE_DELAY_MS, WRITE_DELAY_MS } from './url-sync';

const claim = (source: string) => ({ source, quote: 'q', offsets: [0, 1] as [number, number], attribution: 'a', status: 'reported' as const });
const place = { id: 'kursk', name: 'Kursk', aliases: [], kind: 'city' as const, point: [36.2, 51.7] as [number, number] };
const event = (id: string, start: string, end: string, source = 'a.txt') => ({
  type: 'Feature' as const,
  id,
  geometry: { type: 'Point' as const, coordinates: place.point },
  properties: {
    title: id, category: 'deployment' as const, start, end, datePrecision: 'day' as const,
    place: 'kursk', locationPrecision: 'city' as const, placeBasis: 'stated' as const, figures: [], claims: [claim(source)],
  },
});
const source = (id: string, file: string) => ({
  id, file, headline: id, outlet: null, language: 'en',
  published: { start: '2024-11-01', end: '2024-11-01', precision: 'day' as const, reasoning: 'r' },
});
const dataset: Dataset = {
  sources: [source('src-a', 'a.txt'), source('src-b', 'b.txt')],
  places: [place],
  events: [event('e1', '2024-10-01', '2024-10-01'), event('e2', '2024-10-10', '2024-10-12', 'b.txt')],
};

function fakeEnv(search: string) {
  const listeners = new Set<() => void>();
  const env = {
    location: { search, pathname: '/', hash: '' },
    history: {
      pushState: vi.fn((_s: unknown, _t: string, url: string) => (env.location.search = url.slice(1))),
      replaceState: vi.fn((_s: unknown, _t: string, url: string) => (env.location.search = url.slice(1))),
    },
    addEventListener: (_: 'popstate', fn: () => void) => listeners.add(fn),
    removeEventListener: (_: 'popstate', fn: () => void) => listeners.delete(fn),
    pop(search: string) {
      env.location.search = search;
      for (const fn of listeners) fn();
    },
  };
  return env;
}

describe('url sync', () => {
  it('applies a link once the data are in, and notices what it ignored', () => {
    const store = createAtlasStore();
    const env = fakeEnv('?map=4/50/30&from=2024-10-05&to=2024-10-20&event=e2&src=src-b,src-x&read=src-b&v=ffffffff');
    startUrlSync(store, env);
    expect(store.getState().cameraRequest).toMatchObject({ kind: 'camera', camera: { zoom: 4, center: [30, 50] } });
    store.getState().setData(buildAtlasData(dataset), '12345678', []);
    const s = store.getState();
    expect(s.dateWindow).toEqual({ start: toDay('2024-10-05'), end: toDay('2024-10-20') });
    expect(s.selectedId).toBe('e2');
    expect(s.filters.sources).toEqual(['b.txt']);
    expect(s.reading).toEqual({ file: 'b.txt', claim: 0 });
    expect(s.notices.map((n) => n.text).join('\n')).toMatch(/src “src-x” \(no such source[\s\S]*another version of the data \(ffffffff; now 12345678\)/);
  });

  it('pushes a history entry per selection, replaces for the rest, and Back restores', () => {
    vi.useFakeTimers();
    const store = createAtlasStore();
    const env = fakeEnv('');
    startUrlSync(store, env);
    store.getState().setData(buildAtlasData(dataset), '12345678', []);
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
    const store = createAtlasStore();
    const env = fakeEnv('');
    startUrlSync(store, env);
    store.getState().setData(buildAtlasData(dataset), '12345678', []);
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
    const env = fakeEnv('?event=e2&cat=strike&v=ffffffff&data=file:mine.csv');
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
    expect(store.getState().cameraRequest?.kind).toBe('fit');
    const q = new URLSearchParams(env.location.search);
    expect(q.get('data')).toBe('datasets/x/');
    expect(q.get('event')).toBeNull();
    expect(q.get('v')).toBe('abcdabcd');
    // Nothing of the old link is applied to it, so nothing of it is reported as ignored.
    expect(store.getState().notices).toHaveLength(notices);
  });
});
