/**
 * One measurement: a fresh Chromium, one build (`ours` or `setdata`), one data set. Loads the
 * app, takes one slider step, narrows the window to four weeks, then moves it with Page Up on
 * the "Move window" control (a week per step: every step changes the visible set, at every
 * size). Writes into `result` as it goes, so a run cut short by its timeout still reports what
 * it measured.
 */
import { loadavg } from 'node:os';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { probeScript, type ProbeFrame, type ProbeStep } from './page-probe';
import { longestFrameBefore, stepMainThread, summarize, type Summary } from './stats';
import { busyPerStep, type TraceEvent } from './trace';

/** Our app, our app rebuilding its source per step, and a plain MapLibre page filtering its layer per step. */
export type Variant = 'ours' | 'setdata' | 'plain';

export interface StepRecord extends ProbeStep {
  /** Main-thread time as `stepMainThread` defines it (sync + long animation frames). */
  mainMs: number;
  syncMs: number;
  /** Key to map idle again; null when the step timed out. */
  idleMs: number | null;
  /**
   * Key to the frame after that: the main thread got its next frame, so the GPU process had
   * taken the drawn one. With SwiftShader the GPU is the CPU, and this is when it is on screen.
   */
  nextFrameMs: number | null;
  /** From the trace: busy time of the page's main thread, its workers, the GPU process. */
  busy?: { main: number; worker: number; gpu: number };
}

export interface MeasureResult {
  size: string;
  variant: Variant;
  events: number;
  status: 'ok' | 'timeout' | 'error';
  error?: string;
  chromium?: string;
  /** The machine's 1-minute load average when the measurement began: other work skews it. */
  loadAverage?: number;
  /** Which observer fed `mainMs`: long-animation-frame, or longtask where LoAF is missing. */
  longFrameKind?: string | null;
  load?: {
    drawnMs: number;
    /** Navigation to the first frame with the basemap's sources loaded (the app's performance mark). */
    basemapMs?: number;
    /** Navigation to the first frame with the events drawn (the app's performance mark). */
    markersMs?: number;
    /** The longest animation frame from navigation to drawn: the worst freeze while loading. */
    longestFrameMs?: number;
    firstStepMs?: number;
    firstStep?: StepRecord;
  };
  /** Narrowing the window before the scrub (Home, then 4 × Page Up, timed as one step). */
  setup?: StepRecord[];
  memory?: { heapUsedMB: number; heapTotalMB: number };
  /** Files the first view loaded (up to the map drawn with its events). */
  served?: ServedFile[];
  scrub?: {
    steps: StepRecord[];
    mainMs: Summary | null;
    syncMs: Summary | null;
    idleMs: Summary | null;
    nextFrameMs: Summary | null;
    busyMainMs?: Summary | null;
    busyWorkerMs?: Summary | null;
    busyGpuMs?: Summary | null;
    timedOut: number;
  };
  /** Raw trace events of the scrub, for the profile summary; dropped before results.json. */
  trace?: TraceEvent[];
}

export interface MeasureOptions {
  url: string;
  size: string;
  variant: Variant;
  events: number;
  steps: number;
  /** Pause between scrub steps, so each starts from a quiet page (no frame of the last one in flight). */
  gapMs: number;
  loadTimeoutMs: number;
  stepTimeoutMs: number;
  /** Trace categories to record during the scrub; none, no trace. */
  traceCategories?: string[];
  /** Files served since the last call: the runner's server feeds it. */
  takeServed: () => ServedFile[];
}

export interface ServedFile {
  /** The URL path, e.g. `/ours/assets/index-abc.js`. */
  label: string;
  file: string;
  bytes: number;
}

/** The browser of a measurement in progress, so a deadline can close it from outside. */
interface Holder {
  browser?: Browser;
}

const withTimeout = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timeout: ${what} after ${Math.round(ms / 1000)} s`)), ms).unref()),
  ]);

/** Press one key on the focused control and wait until the map is idle again. */
async function step(page: Page, key: string, timeoutMs: number): Promise<ProbeStep> {
  await page.evaluate(`window.__bench.armed = ${timeoutMs}`);
  await withTimeout(page.keyboard.press(key), timeoutMs, `key ${key}`);
  // The page gives up on its own after timeoutMs; the extra margin is for a frozen page.
  return withTimeout(page.evaluate('window.__bench.current.done') as Promise<ProbeStep>, timeoutMs + 5000, `step ${key}`);
}

const record = (s: ProbeStep): StepRecord => ({
  ...s,
  syncMs: s.t1 - s.t0,
  idleMs: s.idleAt === null ? null : s.idleAt - s.t0,
  nextFrameMs: s.idleAt === null || s.frameTimes.length === 0 ? null : s.frameTimes[s.frameTimes.length - 1]! - s.t0,
  mainMs: s.t1 - s.t0,
});

async function measure(o: MeasureOptions, result: MeasureResult, holder: Holder): Promise<void> {
  let browser: Browser | undefined;
  try {
    browser = holder.browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    result.chromium = browser.version();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(probeScript(o.events));
    o.takeServed();
    await page.goto(o.url, { waitUntil: 'commit', timeout: o.loadTimeoutMs });
    const loaded = await page.waitForFunction('window.__bench && window.__bench.loadedAt', undefined, {
      timeout: o.loadTimeoutMs,
      polling: 250,
    });
    result.load = { drawnMs: Number(await loaded.jsonValue()) };
    const mark = async (name: string) =>
      (await page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name)) ?? undefined;
    result.load.basemapMs = await mark('atlas:basemap-drawn');
    result.load.markersMs = await mark('atlas:markers-drawn');
    const loadFrames = (await page.evaluate('window.__bench.frames')) as ProbeFrame[];
    result.load.longestFrameMs = longestFrameBefore(loadFrames, result.load.drawnMs);
    result.served = o.takeServed();
    result.longFrameKind = (await page.evaluate('window.__bench.kind')) as string | null;

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    result.memory = { heapUsedMB: heap.usedSize / 2 ** 20, heapTotalMB: heap.totalSize / 2 ** 20 };

    // The first step a reader takes: the end handle one day back. Every event is in the
    // window then, so this step is the heaviest: it gets the load's time limit.
    await page.getByRole('slider', { name: 'Window end' }).focus();
    const first = record(await step(page, 'ArrowLeft', o.loadTimeoutMs));
    result.load.firstStep = first;
    if (first.idleMs !== null) result.load.firstStepMs = result.load.drawnMs + first.idleMs;

    // A four-week window at the start of the data: end handle to the start, then 4 weeks on.
    // Pressed back to back and timed as one, so a size whose frames take seconds (1M on
    // SwiftShader) pays for one frame here, not five.
    for (const key of ['Home', 'PageUp', 'PageUp', 'PageUp']) await page.keyboard.press(key);
    result.setup = [record(await step(page, 'PageUp', o.stepTimeoutMs))];
    await page.getByRole('slider', { name: 'Move window' }).focus();

    if (o.traceCategories) await browser.startTracing(page, { categories: o.traceCategories });
    const steps: StepRecord[] = [];
    result.scrub = { steps, mainMs: null, syncMs: null, idleMs: null, nextFrameMs: null, timedOut: 0 };
    for (let i = 0; i < o.steps; i++) {
      if (o.gapMs > 0) await page.waitForTimeout(o.gapMs);
      const s = record(await step(page, 'PageUp', o.stepTimeoutMs));
      steps.push(s);
      if (s.idleAt === null) result.scrub.timedOut++;
    }
    // Long frames are delivered to the observer after they end; give the last ones a moment.
    await page.waitForTimeout(300);
    const frames = (await page.evaluate('window.__bench.frames')) as ProbeFrame[];
    first.mainMs = stepMainThread(first, frames, first.t0 + o.loadTimeoutMs);
    for (const s of steps) s.mainMs = stepMainThread(s, frames, s.t0 + o.stepTimeoutMs);
    if (o.traceCategories) {
      const buffer = await browser.stopTracing();
      result.trace = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
      const busy = busyPerStep(result.trace);
      steps.forEach((s, i) => {
        if (busy[i]) s.busy = busy[i];
      });
    }
    summarizeScrub(result);
    result.status = 'ok';
  } catch (error) {
    result.status = /^timeout/.test((error as Error).message) ? 'timeout' : 'error';
    result.error = (error as Error).message.split('\n')[0];
    if (result.scrub) summarizeScrub(result);
  } finally {
    await browser?.close().catch(() => undefined);
  }
}

function summarizeScrub(result: MeasureResult): void {
  const scrub = result.scrub!;
  scrub.mainMs = summarize(scrub.steps.map((s) => s.mainMs));
  scrub.syncMs = summarize(scrub.steps.map((s) => s.syncMs));
  scrub.idleMs = summarize(scrub.steps.flatMap((s) => (s.idleMs === null ? [] : [s.idleMs])));
  scrub.nextFrameMs = summarize(scrub.steps.flatMap((s) => (s.nextFrameMs === null ? [] : [s.nextFrameMs])));
  if (scrub.steps.some((s) => s.busy)) {
    scrub.busyMainMs = summarize(scrub.steps.flatMap((s) => (s.busy ? [s.busy.main] : [])));
    scrub.busyWorkerMs = summarize(scrub.steps.flatMap((s) => (s.busy ? [s.busy.worker] : [])));
    scrub.busyGpuMs = summarize(scrub.steps.flatMap((s) => (s.busy ? [s.busy.gpu] : [])));
  }
}

/** Run `measure` with an overall deadline; on expiry the browser is closed and the partial result kept. */
export async function measureWithDeadline(o: MeasureOptions, deadlineMs: number): Promise<MeasureResult> {
  const result: MeasureResult = { size: o.size, variant: o.variant, events: o.events, status: 'error', loadAverage: loadavg()[0] };
  let timer: NodeJS.Timeout | undefined;
  const holder: Holder = {};
  const run = measure(o, result, holder);
  const expired = await Promise.race([
    run.then(() => false),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), deadlineMs))),
  ]);
  clearTimeout(timer);
  if (expired) {
    // Closing the browser makes the pending page calls fail, so `run` settles; then the
    // verdict is the deadline, not the error it saw.
    await holder.browser?.close().catch(() => undefined);
    await run.catch(() => undefined);
    result.status = 'timeout';
    result.error = `the whole measurement took over ${Math.round(deadlineMs / 1000)} s${result.error ? ` (${result.error})` : ''}`;
    if (result.scrub) summarizeScrub(result);
  }
  return result;
}
