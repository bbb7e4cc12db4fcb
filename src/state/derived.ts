/**
 * Memoised derivations from the store. Each recomputes only when its inputs change by
 * identity, so a slider step costs a few binary searches and the window's own events,
 * never a pass over all of them.
 */
import type { AtlasEvent } from '../domain/atlas-event';
import type { Category } from '../domain/types';
import { CATEGORIES } from '../domain/vocabulary';
import { filterPredicate, type DayWindow, type Filters } from '../domain/selectors';
import { buildTimeIndex, type TimeIndex } from '../domain/time-index';
import type { AtlasState } from './store';

export interface Filtered {
  /** Events passing the non-time filters, in time order. */
  events: AtlasEvent[];
  index: TimeIndex;
}

function memo<A, B, R>(fn: (a: A, b: B) => R): (a: A, b: B) => R {
  let lastA: A | undefined;
  let lastB: B | undefined;
  let last: R | undefined;
  let primed = false;
  return (a, b) => {
    if (!primed || a !== lastA || b !== lastB) {
      last = fn(a, b);
      lastA = a;
      lastB = b;
      primed = true;
    }
    return last as R;
  };
}

const EMPTY: Filtered = { events: [], index: buildTimeIndex([]) };

const filtered = memo((events: readonly AtlasEvent[] | undefined, filters: Filters): Filtered => {
  if (!events) return EMPTY;
  const keep = filterPredicate(filters);
  const list = events.filter(keep);
  return { events: list, index: buildTimeIndex(list) };
});

/** The filtered events overlapping the window, in time order: O(log n + k). */
function eventsInWindow(f: Filtered, w: DayWindow): AtlasEvent[] {
  const out: AtlasEvent[] = [];
  f.index.eachInWindow(w.start, w.end, (p) => out.push(f.events[p]!));
  return out;
}

const inWindow = memo(eventsInWindow);

export const selectFiltered = (s: AtlasState): Filtered => filtered(s.data?.events, s.filters);
/** Events in the window that pass the filters, in time order. */
export const selectVisible = (s: AtlasState): AtlasEvent[] => inWindow(selectFiltered(s), s.dateWindow);
/** How many events are in the window: O(log n). */
export const selectVisibleCount = (s: AtlasState): number => selectFiltered(s).index.countInWindow(s.dateWindow.start, s.dateWindow.end);
export const selectTotal = (s: AtlasState): number => s.data?.events.length ?? 0;
export const selectSelected = (s: AtlasState): AtlasEvent | null =>
  (s.selectedId !== null && s.data?.byId.get(s.selectedId)) || null;

/** The categories the loaded events use, in vocabulary order: what the legend and filters list. */
const categoriesIn = memo((events: readonly AtlasEvent[] | undefined, vocabulary: readonly Category[]): Category[] => {
  const used = new Set<Category>();
  for (const e of events ?? []) used.add(e.category);
  return vocabulary.filter((c) => used.has(c));
});
export const selectCategoriesInData = (s: AtlasState): Category[] => categoriesIn(s.data?.events, CATEGORIES);
