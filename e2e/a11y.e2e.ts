import { describe, expect, it } from 'vitest';
import { openApp, seriousViolations, servedApp } from './driver';

const app = servedApp();

describe('accessibility (axe-core): no serious or critical violation', () => {
  it('on the list view, the event view and the article reader', async () => {
    const { page } = await openApp(app());
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('[data-testid=event-row]').first().click();
    await page.getByTestId('event-detail').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('read-in-source').first().click();
    await page.getByTestId('quote-highlight').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('on a phone-width screen, with the bottom sheet open', async () => {
    const { page } = await openApp(app(), '', { width: 390, height: 800 });
    // No sheet animation: axe must see the final layout, not colours mid-transition.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'Show events' }).click();
    await page.getByTestId('event-list').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
