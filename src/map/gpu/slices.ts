/**
 * Long builds in slices. A builder is a generator that yields every few hundred items; run
 * at once (`runNow`) it is a plain function, run in slices (`runInSlices`) it gives the page
 * back between slices of about `budgetMs`, so a million events' vertex data is built without
 * a frame-long freeze (13 s in one task otherwise), and a newer build can cancel it.
 */

export type Steps<T> = Generator<void, T, void>;

/** Thrown out of `runInSlices` when its job was cancelled between slices. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export interface Job {
  cancelled: boolean;
}

/** Items between two looks at the clock: cheap enough not to show, often enough to stop on time. */
const ITEMS_PER_YIELD = 512;

/** Whether a builder looping over items should yield after item `i`. */
export const yieldAfter = (i: number): boolean => i % ITEMS_PER_YIELD === ITEMS_PER_YIELD - 1;

export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** The next task: a message, not a timer (nested timers wait at least 4 ms each). */
const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

export async function runInSlices<T>(steps: Steps<T>, job: Job, budgetMs = 16, now: () => number = () => performance.now()): Promise<T> {
  let began = now();
  for (;;) {
    if (job.cancelled) throw new Cancelled();
    const r = steps.next();
    if (r.done) return r.value;
    if (now() - began >= budgetMs) {
      await nextTask();
      began = now();
    }
  }
}
