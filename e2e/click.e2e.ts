import { describe, expect, it } from 'vitest';
import { listedIds, markerPoint, onCanvas, openApp, servedApp, waitForIdle } from './driver';

const app = servedApp();

describe('click: a marker on the map canvas opens what the sources said', () => {
  it('a lone marker opens its event with quotes; a stacked one lists its events in time order', async () => {
    const { page } = await openApp(app());
    const ids = await listedIds(page);
    let sawLone = false;
    let sawStack = false;
    for (const id of ids) {
      if (sawLone && sawStack) break;
      const p = await markerPoint(page, id);
      if (!(await onCanvas(page, p))) continue;
      await page.mouse.click(p.x, p.y);
      const detail = page.getByTestId('event-detail');
      const stack = page.getByTestId('stack');
      await Promise.race([detail.waitFor(), stack.waitFor()]);
      if (await detail.isVisible()) {
        if (!sawLone) {
          sawLone = true;
          const shownId = await detail.getAttribute('data-event-id');
          expect(ids).toContain(shownId);
          expect(await page.getByTestId('claim').count()).toBeGreaterThan(0);
          expect((await page.getByTestId('claim').first().locator('blockquote').textContent())!.length).toBeGreaterThan(20);
        }
        await page.getByRole('button', { name: '← All events' }).click();
      } else {
        if (!sawStack) {
          sawStack = true;
          const stacked = await listedIds(page);
          expect(stacked.length).toBeGreaterThan(1);
          expect(stacked).toContain(id);
          // Time order: the order of the main list, which is sorted by start date.
          expect(stacked).toEqual(ids.filter((x) => stacked.includes(x)));
          await page.locator(`[data-testid=event-row][data-event-id="${stacked[1]}"]`).click();
          await expect.poll(() => page.getByTestId('event-detail').getAttribute('data-event-id')).toBe(stacked[1]);
          await page.getByRole('button', { name: '← All events' }).click();
        }
        await page.getByRole('button', { name: '← All events' }).click().catch(() => undefined);
      }
      await waitForIdle(page);
    }
    expect(sawLone).toBe(true);
    expect(sawStack).toBe(true);
    await page.close();
  });

  it('Read in source shows the whole article with the quote highlighted', async () => {
    const { page } = await openApp(app());
    await page.locator('[data-testid=event-row]').first().click();
    const quote = (await page.getByTestId('claim').first().locator('blockquote').textContent())!.replace(/^“|”$/g, '');
    await page.getByTestId('read-in-source').first().click();
    const mark = page.getByTestId('quote-highlight');
    await mark.waitFor();
    expect(await mark.textContent()).toBe(quote);
    expect(await mark.isVisible()).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get('read')).toMatch(/^src-/);
    await page.close();
  });
});
