import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ensureAcledCsv } from '../bench/acled-csv';
import { chooseFiles, eventCount, openApp, reportCounts, servedApp, waitForIdle } from './driver';

const app = servedApp();
const dir = mkdtempSync(join(tmpdir(), 'atlas-ahead-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An ACLED export large enough to be read in the load worker (over 250 kB). */
const EVENTS = 3000;
const csv = ensureAcledCsv(dir, EVENTS, 11);

/** Whether the load worker has read, checked and modelled the file: its last phase before sending. */
const readAhead = (page: Page) => page.evaluate(() => performance.getEntriesByName('atlas:load-prepare').length > 0);

describe('a large file of a known format', () => {
  it('is read ahead while the dialog shows its preview, and changes nothing until Load', async () => {
    expect(statSync(csv).size).toBeGreaterThan(250_000);
    const { page, errors, external } = await openApp(app());
    const shipped = (await eventCount(page)).total;

    await chooseFiles(page, [csv]);
    await page.getByTestId('import-preview').waitFor();
    await expect.poll(() => readAhead(page), { timeout: 30_000 }).toBe(true);
    // Read ahead, not opened: the map and the count are still the built-in data set's.
    expect((await eventCount(page)).total).toBe(shipped);
    expect(await page.getByTestId('dataset-bar').innerText()).not.toContain('acled.csv');

    await page.getByTestId('import-load').click();
    await page.getByTestId('import-report').waitFor({ timeout: 30_000 });
    await waitForIdle(page);
    expect(await reportCounts(page)).toEqual({ loaded: EVENTS, setAside: 0 });
    await page.keyboard.press('Escape');
    expect((await eventCount(page)).total).toBe(EVENTS);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.close();
  });

  it('read ahead and then cancelled, leaves the data set as it was; opened again, loads', async () => {
    const { page, errors } = await openApp(app());
    const shipped = (await eventCount(page)).total;
    await chooseFiles(page, [csv]);
    await expect.poll(() => readAhead(page), { timeout: 30_000 }).toBe(true);
    await page.getByTestId('import-dialog').getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByTestId('import-dialog').count()).toBe(0);
    await waitForIdle(page);
    expect((await eventCount(page)).total).toBe(shipped);

    await chooseFiles(page, [csv]);
    await page.getByTestId('import-preview').waitFor();
    await page.getByTestId('import-load').click();
    await page.getByTestId('import-report').waitFor({ timeout: 30_000 });
    expect(await reportCounts(page)).toEqual({ loaded: EVENTS, setAside: 0 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
