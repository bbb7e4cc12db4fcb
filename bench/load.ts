/**
 * Load to ready, side by side with the peer a user would otherwise pick: a plain MapLibre page
 * that puts the same file into one GeoJSON source (`bench/plain/`). Three cases at 100,000 events:
 *
 * - `geojson`: opened by link. Ours: `?data=/bench-data/100k/` (our schema: the events file
 *   and its gazetteer); plain: `?data=…/events.geojson` handed to MapLibre. Timed from
 *   navigation start.
 * - `acled-csv`: an ACLED-shaped CSV of the same events, opened from disk. Ours: the
 *   "Open data…" file input, then the dialog's Load button, pressed in the page once enabled; plain:
 *   a file input, papaparse, setData. Timed from the input's change event, once each page
 *   has its map up (ours with the shipped data drawn).
 * - `columnar`: the same events as columnar tables (`npm run import -- --columnar`), opened by
 *   link to their folder (`bench/columnar.ts`); ours only, set beside the `geojson` case's plain
 *   page, which is what a user would otherwise open the same events in.
 * - `acled-read`: the same CSV, ours only, as a reader opens it: Load pressed two seconds after
 *   the dialog shows its preview (the file read ahead meanwhile), timed from that press. Plain
 *   MapLibre has no dialog to compare with: this is what a reader waits after deciding.
 *
 * Ready: ours, the first of two frames where the top bar reads "N of N events" and the map is
 * idle (drawn and scrubbable); plain, the first idle with the source loaded (drawn). The
 * longest animation frame between the start and ready is how long the page could not answer.
 */
import { loadavg } from 'node:os';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { probeScript, type ProbeFrame } from './page-probe';

export const LOAD_CASES = ['geojson', 'columnar', 'acled-csv', 'acled-read'] as const;
/** The cases with no plain page of their own, and the plain case they are set beside, if any. */
export const OURS_ONLY: Partial<Record<LoadCase, LoadCase | null>> = { columnar: 'geojson', 'acled-read': null };
/** How long the `acled-read` reader looks at the preview before pressing Load. */
const READING_MS = 2000;
export type LoadCase = (typeof LOAD_CASES)[number];
export type Peer = 'ours' | 'plain';

export interface LoadResult {
  case: LoadCase;
  peer: Peer;
  status: 'ok' | 'error';
  error?: string;
  /** Start (navigation or file chosen) to ready, ms. */
  readyMs?: number;
  /** The longest animation frame from the start to ready, ms. */
  longestFrameMs?: number;
  /** Animation frames over 200 ms in that time. */
  framesOver200?: number;
  /**
   * The longest time in one of those frames that the main thread could not answer input (the
   * frame's blocking duration): on a software GPU a long frame may be the compositor's, the
   * page free the while; this is the page's own share.
   */
  longestBlockingMs?: number;
  /**
   * The scripts of that most blocking frame, longest first, as the browser attributes them
   * (what called them, and the function): where the page's own long work is.
   */
  blockingScripts?: Array<{ invoker: string; fn: string; duration: number }>;
  /** Every frame over 200 ms, from the start (ms), with its blocking time and scripts: when they fall in the load. */
  longFrames?: Array<{ at: number; duration: number; blocking: number; scripts: string[] }>;
  /** Ours: the app's `atlas:` performance marks up to ready, ms from the start, in time order. */
  marks?: Array<[string, number]>;
  loadAverage: number;
}

/** A script of a long frame as the table names it: what called it, its function, its ms. */
const scriptLabel = (s: { invoker: string; fn: string; duration: number }): string => `${s.invoker}${s.fn ? ` (${s.fn})` : ''} ${Math.round(s.duration)}`;

export interface LoadOptions {
  origin: string;
  case: LoadCase;
  peer: Peer;
  /** Path of the CSV on disk (the acled-csv case), and the data folder's URL path. */
  csvFile: string;
  dataPath: string;
  /** The columnar tables' folder's URL path (the columnar case). */
  columnarPath: string;
  events: number;
  timeoutMs: number;
}

/** When the file input changed: the start of a load from disk. */
const CHANGE_CLOCK = `window.addEventListener('change', () => { if (window.__t0 === undefined) window.__t0 = performance.now(); }, true);`;
/**
 * The dialog's Load button pressed in the page the moment it is enabled, with a mark
 * (`atlas:confirmed`) for the time table: the app's time, not a reader's, nor Playwright's
 * wait for two still frames before a click (frames that take 150-300 ms each in SwiftShader).
 */
const CONFIRM_AT_ONCE = `(() => {
  const press = () => {
    const button = document.querySelector('[data-testid=import-load]');
    if (!button || button.disabled || window.__confirmedAt !== undefined) return;
    window.__confirmedAt = performance.now();
    performance.mark('atlas:confirmed');
    observer.disconnect();
    button.click();
  };
  const observer = new MutationObserver(press);
  observer.observe(document.body, { subtree: true, childList: true, attributes: true });
})()`;
const READY = '(window.__bench && window.__bench.loadedAt) || window.__plainReady';

/** Our page with the shipped data set drawn: the page a user opens a file on. */
async function openOurs(page: Page, o: LoadOptions): Promise<void> {
  await page.goto(`${o.origin}/ours/`, { timeout: o.timeoutMs });
  await page.waitForFunction(
    "window.__atlas && window.__atlas.idle() && /of/.test((document.querySelector('[data-testid=event-count]') || {}).textContent || '')",
    undefined,
    { timeout: o.timeoutMs, polling: 100 },
  );
}

async function open(page: Page, o: LoadOptions): Promise<number> {
  if (o.case === 'geojson' || o.case === 'columnar') {
    const folder = o.case === 'columnar' ? o.columnarPath : o.dataPath;
    const url = o.peer === 'ours' ? `${o.origin}/ours/?data=${folder}` : `${o.origin}/plain/?data=${o.dataPath}events.geojson`;
    await page.goto(url, { waitUntil: 'commit', timeout: o.timeoutMs });
    return 0;
  }
  if (o.case === 'acled-read') {
    await openOurs(page, o);
    await page.setInputFiles('[data-testid=open-data-input]', o.csvFile);
    await page.locator('[data-testid=import-load]:enabled').waitFor({ timeout: o.timeoutMs });
    await page.waitForTimeout(READING_MS);
    // Pressed in the page, its time the start: what follows is the app's, not Playwright's.
    return (await page.evaluate(
      "(() => { const t = performance.now(); performance.mark('atlas:confirmed'); document.querySelector('[data-testid=import-load]').click(); return t; })()",
    )) as number;
  }
  if (o.peer === 'plain') {
    await page.goto(`${o.origin}/plain/`, { timeout: o.timeoutMs });
    await page.waitForFunction('window.__plainMapLoaded', undefined, { timeout: o.timeoutMs, polling: 100 });
    await page.setInputFiles('[data-testid=plain-input]', o.csvFile);
  } else {
    await openOurs(page, o);
    await page.evaluate(CONFIRM_AT_ONCE);
    await page.setInputFiles('[data-testid=open-data-input]', o.csvFile);
    await page.waitForFunction('window.__confirmedAt !== undefined', undefined, { timeout: o.timeoutMs, polling: 100 });
  }
  await page.waitForFunction('window.__t0 !== undefined', undefined, { timeout: o.timeoutMs });
  return (await page.evaluate('window.__t0')) as number;
}

export async function measureLoad(o: LoadOptions): Promise<LoadResult> {
  const result: LoadResult = { case: o.case, peer: o.peer, status: 'error', loadAverage: loadavg()[0]! };
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.addInitScript(probeScript(o.events));
    await page.addInitScript(CHANGE_CLOCK);
    const t0 = await open(page, o);
    const ready = Number(await (await page.waitForFunction(READY, undefined, { timeout: o.timeoutMs, polling: 100 })).jsonValue());
    // Long frames reach the observer after they end.
    await page.waitForTimeout(300);
    const frames = ((await page.evaluate('window.__bench.frames')) as ProbeFrame[]).filter((f) => f.start + f.duration > t0 && f.start < ready);
    result.readyMs = ready - t0;
    result.longestFrameMs = frames.reduce((m, f) => Math.max(m, f.duration), 0);
    result.framesOver200 = frames.filter((f) => f.duration > 200).length;
    result.longestBlockingMs = frames.reduce((m, f) => Math.max(m, f.blocking), 0);
    const blocking = frames.reduce<ProbeFrame | null>((m, f) => (m && m.blocking >= f.blocking ? m : f), null);
    result.blockingScripts = (blocking?.scripts ?? [])
      .map(({ invoker, fn, duration }) => ({ invoker, fn, duration }))
      .sort((a, b) => b.duration - a.duration);
    result.longFrames = frames
      .filter((f) => f.duration > 200)
      .map((f) => ({
        at: Math.round(f.start - t0),
        duration: Math.round(f.duration),
        blocking: Math.round(f.blocking),
        scripts: f.scripts.map(scriptLabel),
      }));
    if (o.peer === 'ours') {
      const marks = (await page.evaluate(
        "performance.getEntriesByType('mark').filter((m) => m.name.startsWith('atlas:')).map((m) => [m.name, m.startTime])",
      )) as Array<[string, number]>;
      result.marks = marks.filter(([, at]) => at >= t0 && at <= ready).map(([name, at]) => [name, at - t0]);
    }
    result.status = 'ok';
  } catch (error) {
    result.error = (error as Error).message.split('\n')[0];
  } finally {
    await browser?.close().catch(() => undefined);
  }
  return result;
}

/** The comparison table: per case, ours and plain, and whether ours was ready no later. */
export function loadTable(results: readonly LoadResult[]): string {
  const fmt = (n: number | undefined) => (n === undefined ? '–' : String(Math.round(n)).padStart(7));
  const lines = ['case        peer    ready ms  longest frame ms  frames >200 ms  longest blocking ms  load avg'];
  for (const r of results) {
    lines.push(
      `${r.case.padEnd(11)} ${r.peer.padEnd(6)} ${fmt(r.readyMs)}  ${fmt(r.longestFrameMs).padStart(16)}  ${String(r.framesOver200 ?? '–').padStart(14)}  ${fmt(r.longestBlockingMs).padStart(19)}  ${r.loadAverage.toFixed(1).padStart(8)}${r.error ? `  ${r.status}: ${r.error}` : ''}`,
    );
  }
  for (const r of results) {
    if (r.marks?.length) lines.push(`${r.case} ours, where the time went: ${r.marks.map(([name, at]) => `${name.replace('atlas:', '')} ${Math.round(at)}`).join(', ')}, ready ${Math.round(r.readyMs!)}`);
  }
  for (const r of results) {
    if (r.blockingScripts?.length) {
      const scripts = r.blockingScripts.map(scriptLabel).join(', ');
      lines.push(`${r.case} ${r.peer}, the most blocking frame's scripts (ms): ${scripts}`);
    }
  }
  for (const c of new Set(results.map((r) => r.case))) {
    const ours = results.filter((r) => r.case === c && r.peer === 'ours' && r.readyMs !== undefined).map((r) => r.readyMs!);
    // The columnar case's peer is the plain page on the same events' GeoJSON; acled-read has none.
    const peerCase = c in OURS_ONLY ? OURS_ONLY[c] : c;
    if (peerCase === null) {
      if (ours.length) lines.push(`${c}: Load pressed ${READING_MS / 1000} s after the preview showed, ready ${Math.round(Math.min(...ours))} ms after (best)`);
      continue;
    }
    const plain = results.filter((r) => r.case === peerCase && r.peer === 'plain' && r.readyMs !== undefined).map((r) => r.readyMs!);
    if (ours.length && plain.length) {
      const o = Math.min(...ours);
      const p = Math.min(...plain);
      lines.push(`${c}: ours ${Math.round(o)} ms vs plain ${Math.round(p)} ms (best of each): ${o <= p ? 'ready no later: MET' : `${((o / p - 1) * 100).toFixed(0)} % later: MISSED`}`);
    }
  }
  return lines.join('\n');
}
