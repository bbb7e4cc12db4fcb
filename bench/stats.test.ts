import { describe, expect, it } from 'vitest';
import { coveredLength, longestFrameBefore, percentile, stepMainThread, summarize } from './stats';

describe('summaries', () => {
  it('give the median, the nearest-rank p95 and the max', () => {
    const xs = Array.from({ length: 40 }, (_, i) => 40 - i); // 1..40, unsorted
    expect(summarize(xs)).toEqual({ n: 40, median: 20.5, p95: 38, max: 40 });
    expect(summarize([3, 1, 2])).toEqual({ n: 3, median: 2, p95: 3, max: 3 });
  });

  it('leave out unmeasured steps, and have nothing to say about none', () => {
    expect(summarize([NaN, 5, Infinity])).toEqual({ n: 1, median: 5, p95: 5, max: 5 });
    expect(summarize([])).toBeNull();
    expect(percentile([], 95)).toBeNaN();
  });
});

describe('covered length', () => {
  it('counts overlapping intervals once and clips them to the window', () => {
    expect(coveredLength([[0, 10], [5, 15], [20, 30]], 0, 100)).toBe(25);
    expect(coveredLength([[0, 10], [5, 15], [20, 30]], 8, 25)).toBe(12);
    expect(coveredLength([[0, 10]], 20, 30)).toBe(0);
    expect(coveredLength([], 0, 1)).toBe(0);
  });
});

describe('main-thread time of a step', () => {
  const step = { t0: 100, t1: 110, idleAt: 300 };

  it('is the synchronous handling alone when no long frame follows', () => {
    expect(stepMainThread(step, [], 1000)).toBe(10);
  });

  it('adds the long frames within the step, counting the handling they contain once', () => {
    const frames = [
      { start: 90, duration: 60 }, // holds the key press: 100..150 counts
      { start: 200, duration: 70 },
      { start: 400, duration: 80 }, // after the map was idle: another step's
    ];
    expect(stepMainThread(step, frames, 1000)).toBe(50 + 70);
  });

  it('runs to its deadline when the step never became idle', () => {
    const frames = [
      { start: 200, duration: 70 },
      { start: 900, duration: 200 }, // past the deadline: a later step's
    ];
    expect(stepMainThread({ ...step, idleAt: null }, frames, 500)).toBe(10 + 70);
  });
});

describe('longest frame during the load', () => {
  it('is the longest frame begun before the load ended, frames after it left out', () => {
    const frames = [
      { start: 10, duration: 60 },
      { start: 500, duration: 134 },
      { start: 900, duration: 80 },
      { start: 1200, duration: 4000 },
    ];
    expect(longestFrameBefore(frames, 1000)).toBe(134);
    expect(longestFrameBefore(frames, 1300)).toBe(4000);
    expect(longestFrameBefore([], 1000)).toBe(0);
  });
});
