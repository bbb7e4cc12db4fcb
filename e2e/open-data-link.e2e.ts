import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventCount, openPage, servedApp, waitForIdle } from './driver';

const app = servedApp();
const URL_ = 'https://data.example.org/exports/points.geojson';
const HOST = 'data.example.org';

/** Serve the other site from the test, never the network; count what is asked of it. */
async function fakeSite(page: Page): Promise<string[]> {
  const asked: string[] = [];
  await page.context().route(`https://${HOST}/**`, (route) => {
    asked.push(route.request().url());
    return route.fulfill({
      status: 200,
      contentType: 'application/geo+json',
      headers: { 'access-control-allow-origin': '*' },
      body: readFileSync('e2e/fixtures/import/points.geojson'),
    });
  });
  return asked;
}

/** Every request the page made to the other site, routed or not. */
const toHost = (page: Page) => {
  const seen: string[] = [];
  page.on('request', (r) => new URL(r.url()).host === HOST && seen.push(r.url()));
  return seen;
};

describe('a link to a data set on another site', () => {
  it('fetches nothing before consent, and nothing when declined', async () => {
    const { page, external } = await openPage(app(), `?data=${URL_}`);
    const seen = toHost(page);
    const consent = page.getByTestId('consent-dialog');
    await consent.waitFor();
    expect(await consent.getByRole('heading').innerText()).toBe('Load data from another site?');
    expect(await page.getByTestId('consent-urls').innerText()).toBe(URL_);
    await page.waitForTimeout(500);
    expect(external).toEqual([]);
    await page.getByTestId('consent-decline').click();
    await waitForIdle(page);
    expect((await page.getByTestId('notice').allInnerTexts()).join('\n')).toContain(`you did not allow ${HOST}`);
    expect((await eventCount(page)).total).toBeGreaterThan(20);
    expect([...external, ...seen]).toEqual([]);
    await page.close();
  });

  it('Escape declines too', async () => {
    const { page, external } = await openPage(app(), `?data=${URL_}`);
    await page.getByTestId('consent-dialog').waitFor();
    await page.keyboard.press('Escape');
    await waitForIdle(page);
    expect(external).toEqual([]);
    await page.close();
  });

  it('fetches exactly what it showed once allowed, and remembers the host only when asked', async () => {
    const { page } = await openPage(app(), `?data=${URL_}`);
    const asked = await fakeSite(page);
    await page.getByTestId('consent-dialog').waitFor();
    expect(asked).toEqual([]);
    await page.getByLabel(`Always trust ${HOST} in this browser`).check();
    await page.getByTestId('consent-allow').click();
    await waitForIdle(page);
    expect(asked).toEqual([URL_]);
    expect((await eventCount(page)).total).toBe(2);
    expect(await page.getByTestId('dataset-bar').innerText()).toContain(URL_);

    // This browser trusts the host now: the link opens without asking.
    expect(new URL(page.url()).searchParams.get('data')).toBe(URL_);
    await page.reload();
    await waitForIdle(page);
    expect(await page.getByTestId('consent-dialog').count()).toBe(0);
    expect((await eventCount(page)).total).toBe(2);
    expect(asked).toEqual([URL_, URL_]);
    await page.context().close();
  });
});
