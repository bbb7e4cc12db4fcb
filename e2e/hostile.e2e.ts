import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventCount, listedIds, openApp, servedApp } from './driver';

const app = servedApp();

/** Ids of the shipped data set's strikes. */
const strikes = new Set(
  (JSON.parse(readFileSync('data/events.geojson', 'utf8')) as { features: Array<{ id: string; properties: { category: string } }> }).features
    .filter((f) => f.properties.category === 'strike')
    .map((f) => f.id),
);

describe('a hostile URL', () => {
  it('shows a notice naming what was ignored, applies the rest, and the map works', async () => {
    const query = '?map=99/abc/1e999&from=2024-02-30&to=2024-12-31&event=%3Cscript%3Ealert(1)%3C/script%3E&cat=strike,nonsense&q=donetsk&%%%=1&v=zz';
    const { page, errors } = await openApp(app(), query);
    const notice = page.getByTestId('notice').first();
    await notice.waitFor();
    // innerText: what a person sees, not text hidden in the markup.
    const text = await notice.innerText();
    for (const key of ['map', 'from', 'event', 'cat', 'v']) expect(text).toContain(key);
    expect(text).toContain('not a calendar date');
    // The good keys still apply: the search box holds "donetsk" and strike is the only category.
    expect(await page.getByTestId('search').inputValue()).toBe('donetsk');
    const { shown, total } = await eventCount(page);
    expect(total).toBeGreaterThan(20);
    const ticked = await page.$$eval('fieldset', (sets) =>
      sets
        .filter((f) => f.querySelector('legend')?.textContent === 'Categories')
        .flatMap((f) => [...f.querySelectorAll('label')].filter((l) => l.querySelector('input')?.checked))
        .map((l) => l.textContent?.trim()),
    );
    expect(ticked).toEqual(['Strike']);
    const listed = await listedIds(page);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed).toHaveLength(shown);
    expect(listed.filter((id) => !strikes.has(id))).toEqual([]);
    expect(await page.evaluate(() => window.__atlas!.idle())).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an unknown event id and a link from another data version each get a notice', async () => {
    const { page, errors } = await openApp(app(), '?event=evt-does-not-exist&v=0000abcd');
    const all = (await page.getByTestId('notice').allInnerTexts()).join(' ');
    expect(all).toContain('no such event in this data set');
    expect(all).toContain('another version of the data');
    expect(await page.getByTestId('event-detail').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
