/**
 * The arithmetic of the benchmark: summaries of step timings and the main-thread time of a
 * step from its intervals. Pure, so the definitions the README states are the ones tested.
 */

export interface Summary {
  n: number;
  median: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentile (no interpolation): p95 of 30 steps is the 29th smallest. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(values: readonly number[]): Summary | null {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = xs.length >> 1;
  const median = xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
  return { n: xs.length, median, p95: percentile(xs, 95), max: xs[xs.length - 1]! };
}

export type Interval = readonly [start: number, end: number];

/** Total length covered by the intervals inside [from, to], overlaps counted once. */
export function coveredLength(intervals: readonly Interval[], from: number, to: number): number {
  const clipped = intervals
    .map(([s, e]): Interval => [Math.max(s, from), Math.min(e, to)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let run: [number, number] | null = null;
  for (const [s, e] of clipped) {
    if (run && s <= run[1]) run[1] = Math.max(run[1], e);
    else {
      if (run) total += run[1] - run[0];
      run = [s, e];
    }
  }
  if (run) total += run[1] - run[0];
  return total;
}

/** One slider step as the page probe timed it (milliseconds on the page's clock). */
export interface StepTiming {
  /** The keydown reached the page (first capture listener). */
  t0: number;
  /** The keydown's listeners and the microtasks they queued (React's render) are done. */
  t1: number;
  /** First of two consecutive frames with the map idle; null when the step timed out. */
  idleAt: number | null;
}

/** A long animation frame (or long task) as the page observed it. */
export interface LongFrame {
  start: number;
  duration: number;
}

/**
 * Main-thread time of a step: the synchronous handling of the key [t0, t1], joined with every
 * long animation frame that falls within the step (up to the idle frame), each counted once.
 * Frames under 50 ms are not reported, and a long frame spans its whole frame, waits for the
 * GPU process included, so this is a frame-latency figure; the trace's busy time (`trace.ts`)
 * is the main thread's actual work.
 */
export function stepMainThread(step: StepTiming, frames: readonly LongFrame[], deadline: number): number {
  // A step that never became idle ends at its deadline, not at some later step's frames.
  const end = step.idleAt ?? deadline;
  const intervals: Interval[] = [[step.t0, step.t1], ...frames.map((f): Interval => [f.start, f.start + f.duration])];
  return coveredLength(intervals, step.t0, Math.max(end, step.t1));
}

/**
 * The longest frame that began before `until` (the load's end): how long, at worst, the page
 * could not answer a click or a key while loading. A long animation frame spans the whole
 * frame, so this bounds the freeze from above. 0 when no frame reached 50 ms.
 */
export function longestFrameBefore(frames: readonly LongFrame[], until: number): number {
  return frames.reduce((longest, f) => (f.start < until ? Math.max(longest, f.duration) : longest), 0);
}
