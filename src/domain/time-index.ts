/**
 * A time index over a filtered set of events: counts in a window in O(log n) and a
 * histogram whose range events spread their weight over every day they may fall on.
 * Rebuilt when the filters change (O(n log n)), queried on every slider step.
 */
import type { AtlasEvent } from './atlas-event';

export interface TimeIndex {
  /** Number of events in the index. */
  size: number;
  /** Events whose [start, end] overlaps [from, to], both inclusive. O(log n). */
  countInWindow(from: number, to: number): number;
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

export function buildTimeIndex(events: readonly AtlasEvent[]): TimeIndex {
  const starts = Float64Array.from(events, (e) => e.start).sort();
  const ends = Float64Array.from(events, (e) => e.end).sort();
  return {
    size: events.length,
    countInWindow(from, to) {
      if (from > to) return 0;
      // Every event with end < from also has start <= to, so the difference counts overlaps.
      return upperBound(starts, to) - upperBound(ends, from - 1);
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
