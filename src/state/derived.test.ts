import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AtlasData, AtlasEvent } from '../domain/atlas-event';
import { atlasDataOf, testEvent } from '../test-support/fixtures';
import { NO_FILTERS, type Filters } from '../domain/selectors';
import { visibleEvents } from '../test-support/oracles';
import { createAtlasStore } from './store';
import { selectCategoriesInData, selectFiltered, selectVisible, selectVisibleCount } from './derived';

const CATEGORIES = ['strike', 'deployment', 'statement'] as const;

const eventArb = fc
  .tuple(
    fc.integer({ min: 0, max: 60 }),
    fc.oneof(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 25, max: 31 }), fc.integer({ min: 93, max: 200 })),
    fc.constantFrom(...CATEGORIES),
  )
  .map(([start, len, category]) => testEvent({ start, end: start + len, category }));

/** The events in time order with unique ids, on a domain wider than any of them. */
const dataOf = (raw: AtlasEvent[]): AtlasData =>
  atlasDataOf(
    raw.map((e, i) => ({ ...e, id: `e${i}` })),
    { sort: true, domain: { start: 0, end: 800 } },
  );

describe('derived selectors', () => {
  it('the window’s events are what a scan over all of them with the filters finds', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 80 }),
        fc.integer({ min: -10, max: 150 }),
        fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 })),
        fc.option(fc.subarray([...CATEGORIES])),
        (raw, from, len, categories) => {
          const store = createAtlasStore();
          const data = dataOf(raw);
          store.getState().setData(data, 'test', []);
          store.getState().setCategories(categories);
          store.getState().setDateWindow({ start: from, end: from + len });
          const filters: Filters = { ...NO_FILTERS, categories };
          const s = store.getState();
          expect(selectVisible(s)).toEqual(visibleEvents(data.events, s.dateWindow, filters));
          expect(selectVisibleCount(s)).toBe(selectVisible(s).length);
        },
      ),
    );
  });

  it('a step recomputes the window’s events but not the filtered set; an unrelated change neither', () => {
    const store = createAtlasStore();
    store.getState().setData(dataOf([testEvent({ start: 1, end: 1 }), testEvent({ start: 5, end: 40 })]), 'test', []);
    store.getState().setDateWindow({ start: 0, end: 2 });
    const before = store.getState();
    const filtered = selectFiltered(before);
    const visible = selectVisible(before);
    expect(visible.map((e) => e.start)).toEqual([1]);
    store.getState().hover('e0');
    expect(selectVisible(store.getState())).toBe(visible);
    store.getState().setDateWindow({ start: 3, end: 9 });
    const after = store.getState();
    expect(selectFiltered(after)).toBe(filtered);
    expect(selectVisible(after).map((e) => e.start)).toEqual([5]);
  });

  it('lists the categories the data use, in vocabulary order, once per data set', () => {
    const store = createAtlasStore();
    expect(selectCategoriesInData(store.getState())).toEqual([]);
    const events = [testEvent({ id: 'a', start: 1, end: 1, category: 'protest' }), testEvent({ id: 'b', start: 2, end: 2, category: 'strike' }), testEvent({ id: 'c', start: 3, end: 3, category: 'protest' })];
    store.getState().setData(atlasDataOf(events), 'v', []);
    const listed = selectCategoriesInData(store.getState());
    expect(listed).toEqual(['strike', 'protest']);
    store.getState().setSearch('x');
    expect(selectCategoriesInData(store.getState())).toBe(listed);
  });
});
