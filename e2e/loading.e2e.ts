/**
 * A data set large enough to load in the load worker (over 250 KB of events, `src/data/load.ts`),
 * opened by link, with two bad records: the page says how far the load has got while it runs,
 * and afterwards its report names what it set aside, by record and field.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prng } from '../bench/prng';
import { syntheticEvent, syntheticPlace, type SyntheticEvent } from '../bench/synthetic';
import { eventCount, servedApp, waitForIdle } from './driver';

const EVENTS = 4_000;
const FOLDER = '__e2e__/loading/';
const DIR = join('dist', FOLDER);

const app = servedApp();
let badDate = '';
let badPlace = '';

beforeAll(() => {
  const random = prng(11);
  const places = Array.from({ length: 200 }, (_, i) => syntheticPlace(i, random));
  const events: SyntheticEvent[] = Array.from({ length: EVENTS }, (_, i) => syntheticEvent(i, { places }, random));
  events[5]!.properties.start = '2024-02-30';
  events[9]!.properties.place = 'nowhere';
  [badDate, badPlace] = [events[5]!.id as string, events[9]!.id as string];
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, 'gazetteer.json'), JSON.stringify({ places }));
  writeFileSync(join(DIR, 'events.geojson'), JSON.stringify({ type: 'FeatureCollection', features: events }));
});
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('loading a large data set', () => {
  it('shows its progress in a status region, then names the records it set aside and shows the rest', async () => {
    const page = await app().browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    // Every text the loading status shows, from before the app's first render.
    await page.addInitScript(() => {
      const seen: Array<{ role: string | null; text: string }> = [];
      (window as unknown as { __loading: typeof seen }).__loading = seen;
      new MutationObserver(() => {
        const el = document.querySelector('[data-testid=loading-status]');
        const text = el?.textContent ?? '';
        if (el && text !== seen.at(-1)?.text) seen.push({ role: el.getAttribute('role'), text });
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${app().url}?data=${FOLDER}`);
    await waitForIdle(page);

    const seen = (await page.evaluate(() => (window as unknown as { __loading: unknown }).__loading)) as Array<{ role: string | null; text: string }>;
    expect(seen.length).toBeGreaterThan(0);
    for (const s of seen) {
      expect(s.role).toBe('status');
      expect(s.text).toMatch(/^Loading events…/);
    }
    expect(seen.some((s) => /of 4,000 (validated|ready)/.test(s.text))).toBe(true);
    expect(await page.getByTestId('loading-status').count()).toBe(0);
    expect(workers.some((url) => url.includes('load-worker'))).toBe(true);

    expect(await eventCount(page)).toEqual({ shown: EVENTS - 2, total: EVENTS - 2 });
    // A data set opened by link reports what it set aside from the data-set bar.
    const bar = page.getByTestId('open-report');
    expect(await bar.innerText()).toBe(`${(EVENTS - 2).toLocaleString('en-US')} loaded, 2 set aside`);
    await bar.click();
    const report = page.getByTestId('import-report');
    expect(await report.getByTestId('report-set-aside').innerText()).toBe('2 records were set aside.');
    for (const group of await report.locator('details').all()) await group.locator('summary').click();
    const text = await report.textContent();
    expect(text).toContain(`${badDate} properties.start`);
    expect(text).toContain(`${badPlace} properties.place: unknown place id "nowhere"`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
