import { describe, expect, it } from 'vitest';
import { openApp, servedApp, waitForIdle } from './driver';

const app = servedApp();

describe('share: a link reopens the same view', () => {
  it('selection, date window and camera survive into a fresh page', async () => {
    const { page } = await openApp(app());
    // Select an event from the list.
    const row = page.locator('[data-testid=event-row]').nth(3);
    const id = await row.getAttribute('data-event-id');
    await row.click();
    await page.getByTestId('event-detail').waitFor();
    // Narrow the window by keyboard.
    const start = page.getByRole('slider', { name: 'Window start' });
    await start.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('PageUp');
    const end = page.getByRole('slider', { name: 'Window end' });
    await end.focus();
    await page.keyboard.press('PageDown');
    // Move the map: drag, then zoom with the wheel.
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 60, { steps: 10 });
    await page.mouse.up();
    await page.mouse.wheel(0, -300);
    await waitForIdle(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(id);
    // The URL is written when a move ends (debounced): wait until it matches the camera.
    const camera = await page.evaluate(() => window.__atlas!.camera());
    await expect
      .poll(() => new URL(page.url()).searchParams.get('map'))
      .toBe(`${Math.round(camera.zoom * 100) / 100}/${Math.round(camera.center[1] * 1e5) / 1e5}/${Math.round(camera.center[0] * 1e5) / 1e5}`);
    const startText = await start.getAttribute('aria-valuetext');
    const endText = await end.getAttribute('aria-valuetext');
    const link = page.url();

    const context = await app().browser.newContext({ viewport: { width: 1280, height: 800 } });
    const fresh = await context.newPage();
    await fresh.goto(link);
    await waitForIdle(fresh);
    expect(await fresh.getByTestId('event-detail').getAttribute('data-event-id')).toBe(id);
    expect(await fresh.getByRole('slider', { name: 'Window start' }).getAttribute('aria-valuetext')).toBe(startText);
    expect(await fresh.getByRole('slider', { name: 'Window end' }).getAttribute('aria-valuetext')).toBe(endText);
    const freshCamera = await fresh.evaluate(() => window.__atlas!.camera());
    expect(freshCamera.zoom).toBeCloseTo(camera.zoom, 1);
    expect(freshCamera.center[0]).toBeCloseTo(camera.center[0], 3);
    expect(freshCamera.center[1]).toBeCloseTo(camera.center[1], 3);
    expect(await fresh.getByTestId('notice').count()).toBe(0);
    await context.close();
    await page.close();
  });

  it('Back and Forward step through selections', async () => {
    const { page } = await openApp(app());
    const rows = page.locator('[data-testid=event-row]');
    const first = await rows.nth(0).getAttribute('data-event-id');
    await rows.nth(0).click();
    await page.getByRole('button', { name: '← All events' }).click();
    const second = await rows.nth(1).getAttribute('data-event-id');
    await rows.nth(1).click();
    await expect.poll(() => page.getByTestId('event-detail').getAttribute('data-event-id')).toBe(second);
    await page.goBack();
    await expect.poll(() => page.getByTestId('event-detail').count()).toBe(0);
    await page.goBack();
    await expect.poll(() => page.getByTestId('event-detail').getAttribute('data-event-id')).toBe(first);
    await page.goForward();
    await page.goForward();
    await expect.poll(() => page.getByTestId('event-detail').getAttribute('data-event-id')).toBe(second);
    await page.close();
  });
});
