/**
 * What the benchmark runs inside the page, installed before the app's own scripts. Kept as a
 * plain JavaScript string: tsx compiles functions with helpers (`__name`) that do not exist in
 * the page, so a TypeScript function handed to Playwright would not run there.
 *
 * It records, on the page's own clock (ms since navigation start):
 * - `loadedAt`: the first of two consecutive frames where the top bar reads "M of M events"
 *   for the expected M and `__atlas.idle()` holds, looked for once a 50 ms timer has seen it
 *   (no frame is asked for before);
 * - per armed key press: `t0` in the first keydown listener (window, capture), `t1` after the
 *   last one (window, bubble) and the microtasks queued so far (React renders a discrete event
 *   in a microtask), and `idleAt`, the first of two consecutive frames, at least one frame after
 *   the key, with the map idle (the first frame is when MapLibre notices the change);
 * - every long animation frame (or long task, where LoAF is not supported);
 * - `performance.mark`s around each step, which the trace uses to cut out the step.
 *
 * `__atlas` is the app's automation hooks (`src/map/automation.ts`), installed because
 * Playwright's Chromium reports `navigator.webdriver`.
 */
import type { AtlasAutomation } from '../src/map/automation';

/** The hook the probe waits on; typed, so a rename in the app fails the bench's type check. */
const IDLE: keyof AtlasAutomation = 'idle';

export interface ProbeStep {
  key: string;
  t0: number;
  t1: number;
  idleAt: number | null;
  /** Frames seen until idle (the last one only confirms it). */
  frames: number;
  /** When each of those frames ran. */
  frameTimes: number[];
  /** Events in the window after the step ("N" of "N of M events"). */
  shown: number | null;
}

export interface ProbeFrame {
  start: number;
  duration: number;
  blocking: number;
  scripts: Array<{ invoker: string; source: string; fn: string; duration: number }>;
}

/**
 * The init script for a data set of `total` events. A step is armed by setting
 * `__bench.armed` to its timeout in ms; the next keydown is then timed.
 */
export function probeScript(total: number): string {
  return `(() => {
  const TOTAL = ${JSON.stringify(total)};
  const b = { kind: null, frames: [], loadedAt: null, armed: false, current: null };
  window.__bench = b;
  const types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  b.kind = types.includes('long-animation-frame') ? 'long-animation-frame' : types.includes('longtask') ? 'longtask' : null;
  if (b.kind) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        b.frames.push({
          start: e.startTime,
          duration: e.duration,
          blocking: typeof e.blockingDuration === 'number' ? e.blockingDuration : e.duration,
          scripts: (e.scripts || []).slice(0, 6).map((s) => ({
            invoker: String(s.invoker || ''), source: String(s.sourceURL || ''),
            fn: String(s.sourceFunctionName || ''), duration: s.duration,
          })),
        });
      }
    }).observe({ type: b.kind, buffered: true });
  }
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const idle = () => !!(window.__atlas && window.__atlas.${IDLE}());
  const countShowsAll = () => {
    const el = document.querySelector('[data-testid=event-count]');
    const m = /([\\d,]+) of ([\\d,]+) events/.exec((el && el.textContent) || '');
    const n = (s) => Number(s.replace(/,/g, ''));
    return !!m && n(m[1]) === TOTAL && n(m[2]) === TOTAL;
  };
  // The first of two consecutive frames, after at least minFrames, where ok() holds.
  async function settle(minFrames, deadline, ok, frameTimes) {
    let first = null;
    let frames = 0;
    for (;;) {
      await frame();
      frames++;
      const now = performance.now();
      if (frameTimes) frameTimes.push(Math.round(now * 10) / 10);
      if (frames >= minFrames && ok()) {
        if (first !== null) return { at: first, frames };
        first = now;
      } else first = null;
      if (now > deadline) return { at: null, frames };
    }
  }
  // Waiting for the data set frame by frame would ask for a frame every vsync from the page's
  // start, one the page itself would not draw: on two busy cores each of those frames waits on
  // the compositor and is counted as a long frame of the load. A timer asks for no frame, so
  // the page is looked at every 50 ms, and once it shows every event with the map idle, two
  // frames confirm it (the time is the first of them, up to 50 ms after the page got there).
  const shown = new Promise((resolve) => {
    const timer = setInterval(() => {
      if (countShowsAll() && idle()) {
        clearInterval(timer);
        resolve();
      }
    }, 50);
  });
  shown.then(() => settle(1, Infinity, () => countShowsAll() && idle())).then((r) => {
    b.loadedAt = r.at;
    performance.mark('bench-loaded');
  });
  window.addEventListener('keydown', (e) => {
    if (!b.armed) return;
    const timeout = b.armed;
    b.armed = false;
    const t0 = performance.now();
    performance.mark('bench-step-start');
    const step = { key: e.key, t0, t1: null, idleAt: null, frames: 0, frameTimes: [], shown: null };
    let finish;
    b.current = { step, timeout, ended: false, done: new Promise((r) => (finish = r)), finish };
  }, true);
  // Last listener: the app has handled the key. Waiting for frames starts here, so the first
  // frame callback runs after the one MapLibre asked for while handling it.
  window.addEventListener('keydown', () => {
    const c = b.current;
    if (!c || c.ended) return;
    c.ended = true;
    queueMicrotask(() => {
      const step = c.step;
      step.t1 = performance.now();
      settle(1, step.t0 + c.timeout, idle, step.frameTimes).then((r) => {
        step.idleAt = r.at;
        step.frames = r.frames;
        const el = document.querySelector('[data-testid=event-count]');
        const m = /([\\d,]+) of/.exec((el && el.textContent) || '');
        step.shown = m ? Number(m[1].replace(/,/g, '')) : null;
        performance.mark('bench-step-idle');
        c.finish(step);
      });
    });
  }, false);
})();`;
}
