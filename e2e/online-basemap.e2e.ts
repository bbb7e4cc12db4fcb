import { describe, expect, it } from 'vitest';
import { drawnIds, openApp, servedApp, waitForIdle } from './driver';

const app = servedApp();

describe('online basemap: only when chosen, and the embedded one when it fails', () => {
  it('by default nothing online is asked for, not even the PMTiles code', async () => {
    const { page, external } = await openApp(app());
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.mouse.wheel(0, -400);
    await waitForIdle(page);
    expect(external).toEqual([]);
    expect(requests.filter((u) => /pmtiles/i.test(u))).toEqual([]);
    await page.close();
  });

  it('a PMTiles file that cannot be read gives a notice, the embedded basemap and the markers', async () => {
    const page = await app().browser.newPage({ viewport: { width: 1280, height: 800 } });
    // Port 9 (discard) refuses at once on this machine: an online basemap that is down.
    // Stored once, as a reader's earlier choice (the init script runs again on reload).
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('event-atlas.basemap', JSON.stringify({ kind: 'pmtiles', url: 'http://127.0.0.1:9/world.pmtiles' }));
    });
    await page.goto(app().url);
    await waitForIdle(page);
    await expect.poll(() => page.getByText(/online basemap .* could not be loaded/).count()).toBe(1);
    expect((await drawnIds(page)).length).toBeGreaterThan(0);
    // The embedded basemap's settings form says what is chosen, and can switch back.
    await page.getByRole('button', { name: 'Basemap' }).click();
    expect(await page.getByLabel('Basemap source').inputValue()).toBe('pmtiles');
    await page.getByLabel('Basemap source').selectOption('embedded');
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Save and reload' }).click()]);
    expect(await page.evaluate(() => localStorage.getItem('event-atlas.basemap'))).toBeNull();
    await page.close();
  });
});
