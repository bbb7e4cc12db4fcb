import { describe, expect, it } from 'vitest';
import { selectVisible, selectVisibleCount } from './derived';
import { readDataset } from '../data/read-dataset';
import { validateDataset } from '../data/validate';
import { loadedStore } from '../test-support/fixtures';
import { createAtlasStore } from './store';

/** A store holding the shipped data set. */
const shippedStore = () => loadedStore(validateDataset(readDataset(process.cwd()).raw).dataset);

describe('store', () => {
  it('opens on a window where every event shows, ending on the last day, without the lead-in of long events', () => {
    const store = shippedStore();
    const { dateWindow, data } = store.getState();
    expect(dateWindow.end).toBe(data!.domain.end);
    expect(dateWindow.start).toBe(Math.min(...data!.events.map((e) => e.end)));
    expect(dateWindow.start).toBeGreaterThan(data!.domain.start);
    expect(selectVisibleCount(store.getState())).toBe(data!.events.length);
  });

  it('narrowing the window and filtering agree between the O(log n) count and the list', () => {
    const store = shippedStore();
    const { domain } = store.getState().data!;
    // The last 30 days: the domain's first half may hold only events whose bands run to its end.
    store.getState().setDateWindow({ start: domain.end - 30, end: domain.end });
    const s1 = store.getState();
    expect(selectVisible(s1).length).toBe(selectVisibleCount(s1));
    expect(selectVisibleCount(s1)).toBeLessThan(s1.data!.events.length);
    store.getState().setCategories(['statement']);
    const s2 = store.getState();
    expect(selectVisible(s2).every((e) => e.category === 'statement')).toBe(true);
    expect(selectVisible(s2).length).toBe(selectVisibleCount(s2));
  });

  it('notifies window subscribers once per real change, not for an equal window', () => {
    const store = shippedStore();
    const seen: number[] = [];
    store.subscribe((s) => s.dateWindow, (w) => seen.push(w.start));
    const w = store.getState().dateWindow;
    store.getState().setDateWindow({ ...w });
    store.getState().setDateWindow({ start: w.start + 1, end: w.end });
    expect(seen).toEqual([w.start + 1]);
  });

  it('keeps the filters object when a filter is set to what it already is, so nothing re-filters', () => {
    const store = shippedStore();
    const seen: unknown[] = [];
    store.subscribe((s) => s.filters, (f) => seen.push(f));
    store.getState().setCategories(null);
    store.getState().setSources(null);
    store.getState().setCategories(['strike', 'statement']);
    store.getState().setCategories(['strike', 'statement']);
    store.getState().setSources(['a.txt']);
    store.getState().setSources(['a.txt']);
    store.getState().setCategories(['strike']);
    expect(seen).toHaveLength(3);
  });

  it('selecting closes the article reader; a new notice with the same text is not repeated', () => {
    const store = shippedStore();
    const id = store.getState().data!.events[0]!.id;
    store.getState().openArticle('x.txt', 0);
    store.getState().select(id);
    expect(store.getState().reading).toBeNull();
    store.getState().notify('warning', 'x');
    store.getState().notify('warning', 'x');
    expect(store.getState().notices).toHaveLength(1);
  });

  it('the loading status goes when the data arrive, or when the load fails', () => {
    const store = createAtlasStore();
    store.getState().setLoading({ phase: 'validate', done: 10, total: 20 });
    expect(store.getState().loading).toEqual({ phase: 'validate', done: 10, total: 20 });
    store.getState().setLoadError('events.geojson: HTTP 404');
    expect(store.getState().loading).toBeNull();
    store.getState().setLoading({ phase: 'receive', done: 0, total: 46 });
    const { data } = shippedStore().getState();
    store.getState().setData(data!, 'test', []);
    expect(store.getState().loading).toBeNull();
  });
});

describe('map insets', () => {
  it('keep their object while unchanged, so the map does not refit for nothing', () => {
    const store = createAtlasStore();
    store.getState().setMapInsets({ top: 0, right: 0, bottom: 0, left: 240 });
    const first = store.getState().mapInsets;
    expect(first.left).toBe(240);
    store.getState().setMapInsets({ top: 0, right: 0, bottom: 0, left: 240 });
    expect(store.getState().mapInsets).toBe(first);
    store.getState().setMapInsets({ top: 0, right: 0, bottom: 0, left: 0 });
    expect(store.getState().mapInsets.left).toBe(0);
  });
});
