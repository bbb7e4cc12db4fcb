/**
 * A time index over a filtered set of events in start order: counts in a window in
 * O(log n), the events in a window in O(log n + k), and a histogram whose range events
 * spread their weight over every day they may fall on. Rebuilt when the filters change
 * (O(n log n)), queried on every slider step.
 */
import type { AtlasEvent } from './atlas-event';

/**
 * Events spanning more days than this are "long". Every other event that overlaps a window
 * starts at most this many days before it, so a binary search on start finds it; the long
 * ones are few (a month-precise date spans 31 days) and are checked one by one.
 */
export const LONG_SPAN_DAYS = 92;

/**
 * Where the events overlapping a window sit in the indexed array, as positions. In time
 * order the window's events are `long`, then each position p in [lo, hi) whose end is on
 * or after the window's first day (`eachInWindow` applies that test).
 */
export interface VisibleRange {
  /** Long events that start before `lo` and reach into the window, ascending. */
  long: number[];
  /** Events that start from LONG_SPAN_DAYS before the window's first day... */
  lo: number;
  /** ...up to its last day: [lo, hi). */
  hi: number;
}

export interface TimeIndex {
  /** Number of events in the index. */
  size: number;
  /** Events whose [start, end] overlaps [from, to], both inclusive. O(log n). */
  countInWindow(from: number, to: number): number;
  /** Candidate positions of the events overlapping [from, to]. O(log n + long events). */
  visibleRange(from: number, to: number): VisibleRange;
  /** Calls `fn` with the position of each event overlapping [from, to], in time order. */
  eachInWindow(from: number, to: number, fn: (position: number) => void): void;
  /** Histogram bins of `binDays` days from `domainStart`; weights sum to the event count. */
  histogram(domainStart: number, domainEnd: number, binDays: number): Float64Array;
}

/** Index of the first element > x in a sorted array. */
export function upperBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element >= x in a sorted array. */
export function lowerBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Build the index; `events` must be in start order (as `AtlasData.events` and filters of it are). */
export function buildTimeIndex(events: readonly AtlasEvent[]): TimeIndex {
  const n = events.length;
  const starts = new Float64Array(n);
  const endAt = new Float64Array(n);
  const longList: number[] = [];
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    if (i > 0 && e.start < starts[i - 1]!) throw new RangeError(`time index: event ${e.id} is out of start order`);
    starts[i] = e.start;
    endAt[i] = e.end;
    if (e.end - e.start > LONG_SPAN_DAYS) longList.push(i);
  }
  const long = Int32Array.from(longList);
  const ends = endAt.slice().sort();

  const visibleRange = (from: number, to: number): VisibleRange => {
    if (from > to) return { long: [], lo: 0, hi: 0 };
    const lo = lowerBound(starts, from - LONG_SPAN_DAYS);
    const hits: number[] = [];
    // Long events from lo on are inside [lo, hi) or start after the window.
    for (let i = 0; i < long.length && long[i]! < lo; i++) if (endAt[long[i]!]! >= from) hits.push(long[i]!);
    return { long: hits, lo, hi: upperBound(starts, to) };
  };

  return {
    size: n,
    countInWindow(from, to) {
      if (from > to) return 0;
      // Every event with end < from also has start <= to, so the difference counts overlaps.
      return upperBound(starts, to) - upperBound(ends, from - 1);
    },
    visibleRange,
    eachInWindow(from, to, fn) {
      const { long: before, lo, hi } = visibleRange(from, to);
      for (const p of before) fn(p);
      for (let p = lo; p < hi; p++) if (endAt[p]! >= from) fn(p);
    },
    histogram(domainStart, domainEnd, binDays) {
      const days = Math.max(1, domainEnd - domainStart + 1);
      const bins = new Float64Array(Math.ceil(days / binDays));
      // Spread each event evenly over its days with a difference array: O(n + days).
      const perDay = new Float64Array(days + 1);
      for (const e of events) {
        const s = Math.max(e.start, domainStart) - domainStart;
        const t = Math.min(e.end, domainEnd) - domainStart;
        if (t < s) continue;
        const w = 1 / (e.end - e.start + 1);
        perDay[s]! += w;
        perDay[t + 1]! -= w;
      }
      let run = 0;
      for (let d = 0; d < days; d++) {
        run += perDay[d]!;
        bins[Math.floor(d / binDays)]! += run;
      }
      return bins;
    },
  };
}
