import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BASEMAP_DETAIL_FILES } from '../src/map/basemap-style';
import { badgeBoxes, intersects, listedIds, openApp, renderedTowns, servedApp, VIEWPORTS, waitForIdle } from './driver';

const app = servedApp();
const OUT = 'e2e/out';
mkdirSync(OUT, { recursive: true });

const KURSK = { lat: 51.6, lon: 36.2 };

/** Badges of the view, after the basemap's lazy detail has loaded too; fails on any overlap. */
async function expectNoOverlap(page: Page, shot: string): Promise<number> {
  // Towns and regions come after the first view is drawn: wait for them, then for the map.
  // A towns file is parsed in MapLibre's worker after the map may already report idle, so
  // wait until the towns drawn stop changing.
  const zoom = await page.evaluate(() => window.__atlas!.camera().zoom);
  let last = '';
  if (zoom >= BASEMAP_DETAIL_FILES.townsMinZoom - 0.5) {
    await expect
      .poll(
        async () => {
          await page.waitForTimeout(700);
          const now = (await renderedTowns(page)).join();
          const stable = now !== '' && now === last;
          last = now;
          return stable;
        },
        { timeout: 30_000 },
      )
      .toBe(true);
  }
  await waitForIdle(page);
  await page.screenshot({ path: `${OUT}/${shot}.png` });
  const boxes = await badgeBoxes(page);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      expect(intersects(boxes[i]!.box, boxes[j]!.box), `${shot}: ${boxes[i]!.label} and ${boxes[j]!.label} overlap`).toBe(false);
    }
  }
  return boxes.length;
}

describe('a map an analyst can read at every zoom', () => {
  for (const vp of VIEWPORTS) {
    it(`${vp.name}: no two count badges overlap at the first view and at zooms 3, 5 and 7 over Kursk; towns at zoom 5`, async () => {
      const viewport = { width: vp.width, height: vp.height };
      const first = await openApp(app(), '', viewport);
      expect(await expectNoOverlap(first.page, `${vp.name}-first-view`)).toBeGreaterThan(1);
      expect(first.errors).toEqual([]);
      expect(first.external).toEqual([]);
      await first.page.close();
      for (const zoom of [3, 5, 7]) {
        const { page, external } = await openApp(app(), `?map=${zoom}/${KURSK.lat}/${KURSK.lon}`, viewport);
        const badges = await expectNoOverlap(page, `${vp.name}-kursk-z${zoom}`);
        if (zoom <= 5) expect(badges).toBeGreaterThan(0);
        if (zoom === 5) {
          const towns = await renderedTowns(page);
          expect(towns.length, `towns at zoom 5: ${towns.join(', ')}`).toBeGreaterThanOrEqual(vp.width > 1000 ? 10 : 3);
        }
        expect(external).toEqual([]);
        await page.close();
      }
    });
  }

  it('a click on a badge lists every event of its group, in time order', async () => {
    const { page } = await openApp(app(), '', { width: 1400, height: 900 });
    const all = await listedIds(page);
    const boxes = await badgeBoxes(page);
    const biggest = boxes.reduce((a, b) => (b.n > a.n ? b : a));
    expect(biggest.n).toBeGreaterThan(2);
    const map = (await page.getByTestId('map').boundingBox())!;
    const [l, t, r, b] = biggest.box;
    await page.mouse.click(map.x + (l + r) / 2, map.y + (t + b) / 2);
    await page.getByTestId('stack').waitFor();
    const listed = await listedIds(page);
    expect(listed).toHaveLength(biggest.n);
    expect(listed).toEqual(all.filter((id) => listed.includes(id)));
    await page.close();
  });
});
