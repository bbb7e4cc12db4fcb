import { describe, expect, it } from 'vitest';
import { drawnIds, eventCount, listedIds, openApp, servedApp, showAll, waitForIdle } from './driver';

const app = servedApp();

describe('scrub: the date window decides what is listed and drawn', () => {
  it('opens with every event listed, most drawn, all after "Show all events", and nothing fetched from outside', async () => {
    const { page, errors, external } = await openApp(app());
    const { shown, total } = await eventCount(page);
    expect(shown).toBe(total);
    expect(total).toBeGreaterThan(20);
    const listed = await listedIds(page);
    expect(listed).toHaveLength(total);
    // The first view holds most events (at least 80 %), not the far-off ones; "Show all events" all.
    const first = await drawnIds(page);
    expect(first.every((id) => listed.includes(id))).toBe(true);
    expect(first.length).toBeGreaterThanOrEqual(Math.ceil(0.8 * total));
    expect(first.length).toBeLessThan(total);
    await showAll(page);
    expect(await drawnIds(page)).toEqual([...listed].sort());
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keyboard: Page Down on the end handle narrows the window by a week at a time', async () => {
    const { page } = await openApp(app());
    await showAll(page);
    const end = page.getByRole('slider', { name: 'Window end' });
    const before = await end.getAttribute('aria-valuetext');
    const listedBefore = await listedIds(page);
    await end.focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('PageDown');
    await waitForIdle(page);
    const after = await end.getAttribute('aria-valuetext');
    expect(after).not.toBe(before);
    const { shown, total } = await eventCount(page);
    expect(shown).toBeLessThan(total);
    const listed = await listedIds(page);
    expect(listed).toHaveLength(shown);
    expect(listed.every((id) => listedBefore.includes(id))).toBe(true);
    expect(await drawnIds(page)).toEqual([...listed].sort());
    // Home on the start handle and End on the end handle open the whole span again.
    await page.keyboard.press('End');
    await waitForIdle(page);
    expect((await eventCount(page)).shown).toBe(total);
    await page.close();
  });

  it('dragging the start handle to the right hides earlier events from list and map', async () => {
    const { page } = await openApp(app());
    await showAll(page);
    const start = page.getByRole('slider', { name: 'Window start' });
    const box = (await start.boundingBox())!;
    const track = (await page.getByRole('region', { name: 'Date window' }).first().boundingBox())!;
    const listedBefore = await listedIds(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(track.x + track.width * 0.85, box.y + box.height / 2, { steps: 12 });
    await page.mouse.up();
    await waitForIdle(page);
    const { shown, total } = await eventCount(page);
    expect(shown).toBeLessThan(total);
    const listed = await listedIds(page);
    expect(listed).toHaveLength(shown);
    // Nothing new appears when the window narrows, and the list keeps time order.
    expect(listed).toEqual(listedBefore.filter((id) => listed.includes(id)));
    expect(await drawnIds(page)).toEqual([...listed].sort());
    await page.close();
  });
});
