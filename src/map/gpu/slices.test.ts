import { describe, expect, it } from 'vitest';
import { Cancelled, runInSlices, runNow, type Steps } from './slices';

/** Counts to `n`, yielding after every item, and records each item in `log`. */
function* count(n: number, log: string[]): Steps<number> {
  for (let i = 0; i < n; i++) {
    log.push(`item ${i}`);
    yield;
  }
  return n;
}

describe('sliced builds', () => {
  it('run to the end at once with runNow', () => {
    const log: string[] = [];
    expect(runNow(count(3, log))).toBe(3);
    expect(log).toEqual(['item 0', 'item 1', 'item 2']);
  });

  it('give other tasks their turn between slices, and the same result', async () => {
    const log: string[] = [];
    let clock = 0;
    // Each look at the clock advances it 10 ms: with a 15 ms budget a slice holds two items.
    const build = runInSlices(count(50, log), { cancelled: false }, 15, () => (clock += 10));
    setTimeout(() => log.push('another task'), 0);
    expect(await build).toBe(50);
    expect(log.indexOf('another task')).toBeGreaterThan(0);
    expect(log.indexOf('another task')).toBeLessThan(log.indexOf('item 49'));
  });

  it('stop at the next slice once cancelled, with Cancelled', async () => {
    const log: string[] = [];
    const job = { cancelled: false };
    const build = runInSlices(count(1000, log), job, 0);
    job.cancelled = true;
    await expect(build).rejects.toBeInstanceOf(Cancelled);
    expect(log.length).toBeLessThan(1000);
  });
});
