/**
 * The end-to-end driver: serves the built app (`dist/`) with Vite's preview server and drives
 * Debian's Chromium through playwright-core, WebGL on SwiftShader. Tests talk to the app
 * through these few functions, so a change of markup is mended in one place.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

export interface App {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * One served app and browser per test file: registers the hooks and returns a getter
 * (the app exists only once `beforeAll` has run).
 */
/** The two screens the map's readability is checked on: a laptop's and a phone's. */
export const VIEWPORTS = [
  { name: 'desktop', width: 1400, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

export function servedApp(): () => App {
  let app: App | undefined;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.close());
  return () => {
    if (!app) throw new Error('the app is not started yet');
    return app;
  };
}

/** Serve dist/ on a free port and launch Chromium. */
export async function startApp(): Promise<App> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first');
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  const server: PreviewServer = await preview({ preview: { port: 0, strictPort: false, open: false }, logLevel: 'silent' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report a URL');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
}

export interface Opened {
  page: Page;
  /** Console errors and failed requests seen since the page opened. */
  errors: string[];
  /** Requests that left the machine (must stay empty: the app works offline). */
  external: string[];
}

/** Open the app at `query` and wait until the data are in and the map is idle. */
export async function openApp(app: App, query = '', viewport = { width: 1280, height: 800 }): Promise<Opened> {
  const opened = await openPage(app, query, viewport);
  await waitForIdle(opened.page);
  return opened;
}

/** Wait until events are counted and the map has drawn everything. */
export async function waitForIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => /[\d,]+ of [1-9][\d,]* events/.test(document.querySelector('[data-testid=event-count]')?.textContent ?? ''));
  await page.waitForFunction(() => window.__atlas?.idle() === true, undefined, { timeout: 30_000 });
  // One more frame, so layers that depend on global state have been drawn.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForFunction(() => window.__atlas?.idle() === true, undefined, { timeout: 30_000 });
}

/** "N of M events" as numbers. */
export async function eventCount(page: Page): Promise<{ shown: number; total: number }> {
  const text = (await page.getByTestId('event-count').textContent()) ?? '';
  const m = /([\d,]+) of ([\d,]+) events/.exec(text);
  if (!m) throw new Error(`no event count in "${text}"`);
  const n = (s: string) => Number(s.replaceAll(',', ''));
  return { shown: n(m[1]!), total: n(m[2]!) };
}

/**
 * Event ids listed in the side panel, in order. The list is virtualised, so this scrolls
 * through it as a reader would, collecting rows by their position, then scrolls back.
 */
export const listedIds = (page: Page): Promise<string[]> =>
  page.evaluate(async () => {
    const scroller = document.querySelector<HTMLElement>('.event-scroller');
    if (!scroller) return [];
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const byIndex = new Map<number, string>();
    const collect = () => {
      for (const li of scroller.querySelectorAll('li[data-index]')) {
        const id = li.querySelector('[data-testid=event-row]')?.getAttribute('data-event-id');
        if (id) byIndex.set(Number(li.getAttribute('data-index')), id);
      }
    };
    const start = scroller.scrollTop;
    scroller.scrollTop = 0;
    await frame();
    collect();
    while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1) {
      const before = scroller.scrollTop;
      scroller.scrollTop += Math.max(50, scroller.clientHeight * 0.8);
      await frame();
      collect();
      if (scroller.scrollTop === before) break;
    }
    scroller.scrollTop = start;
    await frame();
    return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, id]) => id);
  });

/** Event ids drawn on the map canvas in the current view. */
export const drawnIds = (page: Page): Promise<string[]> => page.evaluate(() => window.__atlas!.renderedEventIds());

/** Page coordinates of an event's marker. */
export async function markerPoint(page: Page, eventId: string): Promise<{ x: number; y: number }> {
  const local = await page.evaluate((id) => window.__atlas!.project(id), eventId);
  if (!local) throw new Error(`event ${eventId} has no marker`);
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('the map has no box');
  return { x: box.x + local[0], y: box.y + local[1] };
}

/** The decoded query of the page's current URL. */
export const currentQuery = async (page: Page): Promise<URLSearchParams> => new URL(page.url()).searchParams;

/** True when nothing (legend, controls) covers the map canvas at that page point. */
export const onCanvas = (page: Page, p: { x: number; y: number }): Promise<boolean> =>
  page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('maplibregl-canvas') ?? false, p);

/** Screen boxes of the count badges drawn now, in map-canvas pixels, as the map lays them out. */
export const badgeBoxes = (page: Page): Promise<Array<{ label: string; n: number; box: [number, number, number, number] }>> =>
  page.evaluate(() => window.__atlas!.badgeBoxes());

/** Names of the basemap's towns drawn in the viewport. */
export const renderedTowns = (page: Page): Promise<string[]> => page.evaluate(() => window.__atlas!.renderedTowns());

/** Whether two [left, top, right, bottom] boxes share any area. */
export const intersects = (a: readonly number[], b: readonly number[]): boolean => a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;

/** Open the app at `query` without waiting for data (a dialog may stand before the load). */
export async function openPage(app: App, query = '', viewport = { width: 1280, height: 800 }): Promise<Opened> {
  const page = await app.browser.newPage({ viewport });
  const errors: string[] = [];
  const external: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const host = new URL(r.url()).hostname;
    if (!['localhost', '127.0.0.1', '[::1]'].includes(host) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) {
      external.push(r.url());
    }
  });
  await page.goto(`${app.url}${query}`);
  return { page, errors, external };
}

/** Choose files in the "Open data…" picker, as a user would. */
export async function chooseFiles(page: Page, paths: string[]): Promise<void> {
  await page.getByTestId('open-data-input').setInputFiles(paths);
  await page.getByTestId('import-dialog').waitFor();
}

/**
 * Drop files on the map: the drag enters (the drop target shows), then the drop. Playwright
 * cannot drag files from the desktop, so the DataTransfer is made in the page from the files' bytes.
 */
export async function dropFiles(page: Page, paths: string[], { checkTarget = true } = {}): Promise<void> {
  const files = paths.map((p) => ({ name: basename(p), bytes: [...readFileSync(p)] }));
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name));
    return dt;
  }, files);
  const zone = page.getByTestId('drop-zone');
  await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  if (checkTarget) await page.getByTestId('drop-target').waitFor();
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
  await page.getByTestId('import-dialog').waitFor();
}

/** In the import dialog: wait for the preview, load, and wait for the report and the map. */
export async function loadImport(page: Page): Promise<void> {
  await page.getByTestId('import-preview').waitFor();
  await page.getByTestId('import-load').click();
  await page.getByTestId('import-report').waitFor({ timeout: 30_000 });
  await waitForIdle(page);
}

/** "N events loaded" and "M records were set aside" from the report, as numbers. */
export async function reportCounts(page: Page): Promise<{ loaded: number; setAside: number }> {
  const n = (s: string | null) => Number(/([\d,]+)/.exec(s ?? '')?.[1]?.replaceAll(',', '') ?? 0);
  return {
    loaded: n(await page.getByTestId('report-loaded').textContent()),
    setAside: n(await page.getByTestId('report-set-aside').textContent()),
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: Array<{ target: string[] }>;
}

/** axe-core's serious and critical violations on the page as it is now, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** "Show all events": fit the map to every event (the first view holds most, not all). */
export async function showAll(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Show all events' }).click();
  await waitForIdle(page);
}
