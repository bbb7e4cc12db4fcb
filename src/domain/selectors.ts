/**
 * Pure selectors over the event model. Rules (the time index applies the window rule fast;
 * `test-support/oracles.ts` applies them all by a plain scan, to check it):
 * - an event is in the window when its [start, end] overlaps the window (a range event shows
 *   whenever any day it may fall on is in view);
 * - category and source filters are allow-lists; null means "all";
 * - search matches every whitespace-separated term, case-insensitively, in the title or a quote.
 */
import { searchTextOf, type AtlasEvent } from './atlas-event';
import type { Category } from './types';

export interface DayWindow {
  start: number;
  end: number;
}

export interface Filters {
  categories: readonly Category[] | null;
  /** Seed file names. */
  sources: readonly string[] | null;
  search: string;
}

export const NO_FILTERS: Filters = { categories: null, sources: null, search: '' };

/** A predicate for the non-time filters, built once per filter change. */
export function filterPredicate(filters: Filters): (e: AtlasEvent) => boolean {
  const cats = filters.categories ? new Set(filters.categories) : null;
  const srcs = filters.sources ? new Set(filters.sources) : null;
  const terms = filters.search.toLowerCase().split(/\s+/).filter(Boolean);
  return (e) =>
    (!cats || cats.has(e.category)) &&
    (!srcs || e.sourceFiles.some((f) => srcs.has(f))) &&
    (terms.length === 0 || terms.every((t) => searchTextOf(e).includes(t)));
}

/**
 * The window the app opens a data set on: to its last day, from the earliest day on which every
 * event is still in view (the earliest end). Every event shows, and the lead-in that only long,
 * vaguely dated events cover ("previously", "since the war began") does not fill the window.
 */
export function openingWindow(events: readonly AtlasEvent[], domain: DayWindow): DayWindow {
  if (events.length === 0) return { ...domain };
  let start = domain.end;
  for (const e of events) if (e.end < start) start = e.end;
  return { start: Math.max(domain.start, start), end: domain.end };
}

/** The events among `ids`, in time order: what a click on stacked markers lists. */
export function eventsInTimeOrder(byId: ReadonlyMap<string, AtlasEvent>, ids: Iterable<string>): AtlasEvent[] {
  const out: AtlasEvent[] = [];
  for (const id of new Set(ids)) {
    const e = byId.get(id);
    if (e) out.push(e);
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Figures grouped by what they count, so disagreeing sources sit side by side. */
export function figuresByMeasure(event: AtlasEvent): Array<{ measure: string; figures: AtlasEvent['figures'] }> {
  const groups = new Map<string, AtlasEvent['figures']>();
  for (const f of event.figures) {
    const list = groups.get(f.measure) ?? [];
    list.push(f);
    groups.set(f.measure, list);
  }
  return [...groups].map(([measure, figures]) => ({ measure, figures }));
}
