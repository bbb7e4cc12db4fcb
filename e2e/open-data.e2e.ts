import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { FileChooser, Page } from 'playwright-core';
import { chooseFiles, dropFiles, eventCount, loadImport, openApp, reportCounts, seriousViolations, servedApp } from './driver';

const app = servedApp();
const DIR = 'e2e/fixtures/import/';
const TIMEMAP = ['events.json', 'sources.json', 'associations.json'].map((f) => `${DIR}timemap/${f}`);

/** Each fixture, the format the dialog should detect, and what its README says loads. */
const FORMATS = [
  { name: 'ACLED', files: [`${DIR}acled.csv`], label: 'ACLED export', loaded: 7, setAside: 1 },
  { name: 'UCDP GED', files: [`${DIR}ucdp-ged.csv`], label: 'UCDP GED CSV', loaded: 5, setAside: 1 },
  { name: 'UCDP GED in Windows-1252', files: [`${DIR}ucdp-ged-cp1252.csv`], label: 'UCDP GED CSV', loaded: 3, setAside: 0 },
  { name: 'TimeMap', files: TIMEMAP, label: 'TimeMap export', loaded: 3, setAside: 2 },
  { name: 'GeoJSON points', files: [`${DIR}points.geojson`], label: 'GeoJSON points', loaded: 2, setAside: 2 },
  { name: 'a custom CSV', files: [`${DIR}custom.csv`], label: 'CSV or TSV', loaded: 2, setAside: 1 },
];

const dialog = (page: Page) => page.getByTestId('import-dialog');

/** The custom CSV's columns, as a user maps them. */
async function mapCustom(page: Page) {
  await dialog(page).getByLabel(/^Date/).selectOption('When');
  await dialog(page).getByLabel(/^Latitude/).selectOption('Y_coord');
  await dialog(page).getByLabel(/^Longitude/).selectOption('X_coord');
  await dialog(page).getByLabel(/^Title/).selectOption('What happened');
}

async function expectLoaded(page: Page, f: (typeof FORMATS)[number]) {
  expect(await reportCounts(page)).toEqual({ loaded: f.loaded, setAside: f.setAside });
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog(page).count()).toBe(0);
  expect((await eventCount(page)).total).toBe(f.loaded);
  expect(await page.getByTestId('dataset-bar').innerText()).toContain(f.files.map((p) => p.split('/').pop()).join(', '));
}

describe('open data from disk', () => {
  it.each(FORMATS)('opens $name by the file picker and by a drop on the map', async (f) => {
    const { page, errors, external } = await openApp(app());
    for (const open of [chooseFiles, dropFiles]) {
      await open(page, f.files);
      await page.getByTestId('import-preview').waitFor();
      expect(await dialog(page).getByLabel('Format').locator('option:checked').innerText()).toContain(f.label);
      if (f.label === 'CSV or TSV') await mapCustom(page);
      await loadImport(page);
      await expectLoaded(page, f);
    }
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.close();
  });

  it('a CSV of unknown columns loads only once its date and coordinates are mapped', async () => {
    const { page } = await openApp(app());
    await chooseFiles(page, [`${DIR}custom.csv`]);
    await page.getByTestId('mapping').waitFor();
    expect(await page.getByTestId('preview-rows').innerText()).toBe('3 records');
    expect(await dialog(page).getByRole('region', { name: 'First records of the file' }).innerText()).toContain('Volunteers opened a new shelter');
    const load = page.getByTestId('import-load');
    expect(await load.isDisabled()).toBe(true);
    for (const field of ['Date', 'Latitude', 'Longitude']) {
      expect(await dialog(page).getByLabel(new RegExp(`^${field}`)).getAttribute('aria-required')).toBe('true');
    }
    await dialog(page).getByLabel(/^Date/).selectOption('When');
    await dialog(page).getByLabel(/^Latitude/).selectOption('Y_coord');
    expect(await load.isDisabled()).toBe(true);
    await dialog(page).getByLabel(/^Longitude/).selectOption('X_coord');
    expect(await load.isDisabled()).toBe(false);
    await loadImport(page);
    const group = page.getByTestId('report-group');
    await group.locator('summary').click();
    expect(await group.innerText()).toMatch(/row 3 Y_coord: .*abc/);
    await page.close();
  });

  it('the report downloads as CSV, one row per record, with formula-like cells neutralised', async () => {
    const { page } = await openApp(app());
    // A column named like a formula, and a bad value in it: both reach the report.
    const hostile = { name: 'hostile.csv', mimeType: 'text/csv', buffer: Buffer.from('=lat,lon,when\n=1+2,30.5,2024-01-01\n50.4,30.5,2024-01-02\n') };
    await page.getByTestId('open-data-input').setInputFiles(hostile);
    await page.getByTestId('mapping').waitFor();
    await dialog(page).getByLabel(/^Date/).selectOption('when');
    await dialog(page).getByLabel(/^Latitude/).selectOption('=lat');
    await dialog(page).getByLabel(/^Longitude/).selectOption('lon');
    await loadImport(page);
    expect(await reportCounts(page)).toEqual({ loaded: 1, setAside: 1 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download').click()]);
    expect(download.suggestedFilename()).toBe('hostile-set-aside.csv');
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['reason', 'file', 'record', 'field', 'message']);
    expect(rows).toHaveLength(2);
    expect(rows[1]![1]).toBe('hostile.csv');
    expect(rows[1]![2]).toBe('1');
    // Every cell a spreadsheet would run starts with an apostrophe instead.
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@]/);
    expect(rows[1]![3]).toBe("'=lat");
    await page.close();
  });

  it('works by keyboard alone, keeps focus inside the dialog, and has no serious axe violation', async () => {
    const { page } = await openApp(app());
    // Listen before anything else: the listener is what turns on Chromium's file-chooser
    // interception, and a chooser opened before that is a native dialog no event reports.
    const chosen = new Promise<FileChooser>((resolve) => page.once('filechooser', resolve));
    const button = page.getByRole('button', { name: 'Open data…' });
    await button.focus();
    await expect.poll(() => button.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const chooser = await chosen;
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles([`${DIR}custom.csv`]);
    await page.getByTestId('mapping').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // Tab goes round the dialog's controls and never leaves it.
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid=import-dialog]'))).toBe(true);
    }
    await dialog(page).getByLabel(/^Date/).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count()).toBe(0);
    await expect.poll(() => button.evaluate((b) => b === document.activeElement)).toBe(true);

    await chooseFiles(page, [`${DIR}acled.csv`]);
    await loadImport(page);
    await page.getByTestId('report-group').locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('on a phone, the dialog’s buttons stay on screen', async () => {
    const { page } = await openApp(app(), '', { width: 390, height: 844 });
    await chooseFiles(page, [`${DIR}custom.csv`]);
    await page.getByTestId('mapping').waitFor();
    const box = (await page.getByTestId('import-load').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // The mapping fits the dialog's width: no select runs off the screen.
    const mapping = (await page.getByTestId('mapping').boundingBox())!;
    expect(mapping.x + mapping.width).toBeLessThanOrEqual(390 - 8);
    await page.close();
  });

  it.each(['empty.csv', 'truncated.geojson'])('%s: the dialog says what is wrong, and the map keeps its data', async (name) => {
    const { page } = await openApp(app());
    const before = (await eventCount(page)).total;
    await chooseFiles(page, [`${DIR}${name}`]);
    await page.getByTestId('import-preview').waitFor();
    await page.getByTestId('import-load').click();
    await dialog(page).getByRole('heading', { name: 'The data could not be opened' }).waitFor();
    expect(await dialog(page).getByRole('alert').innerText()).toContain(name);
    await page.keyboard.press('Escape');
    expect((await eventCount(page)).total).toBe(before);
    expect(await page.getByTestId('dataset-bar').innerText()).toContain('(built in)');
    await page.close();
  });

  it('a binary file is named as no format the atlas reads, and cannot be loaded as columns it does not have', async () => {
    const { page } = await openApp(app());
    await chooseFiles(page, [`${DIR}binary.bin`]);
    await page.getByTestId('import-preview').waitFor();
    expect(await dialog(page).innerText()).toContain('not a format the atlas reads');
    expect(await page.getByTestId('import-load').isDisabled()).toBe(true);
    await page.close();
  });
});
