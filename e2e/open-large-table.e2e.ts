import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARTS_MIN_CHARS } from '../src/data/ingest/parts-threshold';
import { chooseFiles, eventCount, loadImport, openApp, reportCounts, servedApp } from './driver';

const app = servedApp();
const COLUMNS = ['event_id_cnty', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities'];

/** An ACLED export over the size read in two parts, a bad row near its end and one id given twice, far apart. */
function largeExport(): { path: string; rows: number; badRow: number } {
  const rows: string[][] = [];
  const notes = 'Forces clashed near the village, according to the regional administration; no further details were given.';
  for (let i = 0; rows.length * 180 < PARTS_MIN_CHARS * 1.2; i++) {
    const id = i === 5 ? 'DUP1' : `UKR${i}`;
    rows.push([id, `${1 + (i % 28)} March 2024`, '1', 'Battles', 'Armed clash', `Town ${i % 300}`, String(47 + (i % 300) / 100), '37.5', '1', 'Outlet', `"${notes}"`, '1']);
  }
  const badRow = rows.length - 10;
  rows[badRow - 1]![6] = 'north';
  rows[rows.length - 2]![0] = 'DUP1';
  const dir = join('e2e', 'out');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'large-acled.csv');
  writeFileSync(path, `${COLUMNS.join(',')}\n${rows.map((r) => r.join(',')).join('\n')}\n`);
  return { path, rows: rows.length, badRow };
}

describe('a large table from disk', () => {
  it('is read in two parts on two workers, and loads and reports as one file', async () => {
    const file = largeExport();
    const { page, errors } = await openApp(app());
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await chooseFiles(page, [file.path]);
    await loadImport(page);
    expect(workers.some((url) => /part-worker/.test(url))).toBe(true);
    expect(await reportCounts(page)).toEqual({ loaded: file.rows - 2, setAside: 2 });
    for (const group of await page.getByTestId('report-group').locator('summary').all()) await group.click();
    const report = await page.getByTestId('import-report').innerText();
    expect(report).toContain(`row ${file.badRow}`);
    expect(report).toContain('duplicate id');
    await page.keyboard.press('Escape');
    expect((await eventCount(page)).total).toBe(file.rows - 2);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
