/**
 * A data set whose events are in columnar tables (events.parquet and the rest, as `npm run
 * import -- --columnar` writes them) opens from a `?data=` folder and from files dropped on the map, and
 * a marker's click shows what its source said. The first view does not load the Parquet reader.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnarFiles } from '../src/data/columnar/write';
import { ingestAtlas } from '../src/data/ingest/ingest-atlas';
import { dropFiles, eventCount, listedIds, loadImport, markerPoint, onCanvas, openPage, reportCounts, servedApp, waitForIdle } from './driver';

const FOLDER = '__e2e__/columnar/';
const DIR = join('dist', FOLDER);
const shipped = ingestAtlas(['sources.json', 'gazetteer.json', 'events.geojson'].map((n) => ({ name: n, bytes: readFileSync(join('data', n)) }))).dataset;
const quoteOf = new Map(shipped.events.map((e) => [e.id, e.properties.claims[0]!.quote]));

const app = servedApp();

beforeAll(() => {
  mkdirSync(DIR, { recursive: true });
  for (const [name, bytes] of Object.entries(columnarFiles(shipped))) writeFileSync(join(DIR, name), bytes);
  writeFileSync(join(DIR, 'gazetteer.json'), JSON.stringify({ places: shipped.places }));
  writeFileSync(join(DIR, 'sources.json'), JSON.stringify({ sources: shipped.sources }));
});
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('a columnar data set', () => {
  it('opens from a ?data= folder, and a marker clicked shows its source’s quote', async () => {
    const { page, errors } = await openPage(app(), `?data=${FOLDER}`);
    await waitForIdle(page);
    expect(await eventCount(page)).toEqual({ shown: shipped.events.length, total: shipped.events.length });
    let clicked = false;
    for (const id of await listedIds(page)) {
      const p = await markerPoint(page, id);
      if (!(await onCanvas(page, p))) continue;
      await page.mouse.click(p.x, p.y);
      const detail = page.getByTestId('event-detail');
      await Promise.race([detail.waitFor(), page.getByTestId('stack').waitFor()]);
      if (!(await detail.isVisible())) {
        await page.getByRole('button', { name: '← All events' }).click();
        continue;
      }
      const shown = (await detail.getAttribute('data-event-id'))!;
      const quote = (await page.getByTestId('claim').first().locator('blockquote').textContent())!.replace(/^“|”$/g, '');
      expect(quote).toBe(quoteOf.get(shown));
      clicked = true;
      break;
    }
    expect(clicked).toBe(true);
    // A 404 for events.geojson is how the folder is known to be columnar; nothing else failed.
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
    await page.close();
  });

  it('opens from its files dropped on the map, and the first view does not load the Parquet reader', async () => {
    const page = await app().browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    const scripts: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(app().url);
    await waitForIdle(page);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((u) => /parquet/i.test(u))).toEqual([]);
    await dropFiles(page, ['events.parquet', 'claims.parquet', 'figures.parquet', 'gazetteer.json', 'sources.json'].map((n) => join(DIR, n)));
    await page.getByTestId('import-preview').waitFor();
    expect(await page.locator('#import-format').inputValue()).toBe('parquet');
    await loadImport(page);
    expect(await reportCounts(page)).toEqual({ loaded: shipped.events.length, setAside: 0 });
    expect(scripts.some((u) => /ingest-parquet/.test(u))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
