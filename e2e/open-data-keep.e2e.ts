import { describe, expect, it } from 'vitest';
import { chooseFiles, eventCount, loadImport, openApp, servedApp, waitForIdle } from './driver';

const app = servedApp();

/** The name of the data set kept in the page's IndexedDB, or null. */
const keptName = (): Promise<string | null> =>
  new Promise((resolve) => {
    const request = indexedDB.open('event-atlas');
    // Not there yet: opening must not create it (an empty database would have no store for the app).
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('datasets')) return resolve(null);
      const get = db.transaction('datasets').objectStore('datasets').get('opened');
      get.onsuccess = () => resolve((get.result as { name?: string } | undefined)?.name ?? null);
      get.onerror = () => resolve(null);
      get.transaction!.oncomplete = () => db.close();
    };
  });
const ACLED = 'e2e/fixtures/import/acled.csv';

describe('a data set opened from disk is kept, and links name it', () => {
  it('a reload reopens the file; a link to it, opened without the file, shows the built-in data and says why', async () => {
    const { page } = await openApp(app());
    const shipped = (await eventCount(page)).total;
    await chooseFiles(page, [ACLED]);
    await loadImport(page);
    await page.keyboard.press('Escape');
    // Select an event, so the link carries a view of this data set.
    const row = page.locator('[data-testid=event-row]').nth(1);
    const id = await row.getAttribute('data-event-id');
    await row.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(id);
    const query = new URL(page.url()).searchParams;
    expect(query.get('data')).toBe('file:acled.csv');
    const version = query.get('v');
    expect(version).toMatch(/^[0-9a-f]{8}$/);

    // The copy is kept once the page is idle after the load.
    await expect.poll(() => page.evaluate(keptName), { timeout: 15_000 }).toBe('acled.csv');
    await page.reload();
    await waitForIdle(page);
    expect((await eventCount(page)).total).toBe(7);
    expect(await page.getByTestId('dataset-bar').innerText()).toContain('acled.csv');
    expect(await page.getByTestId('event-detail').getAttribute('data-event-id')).toBe(id);
    expect((await page.getByTestId('notice').allInnerTexts()).join('\n')).not.toContain('does not have');

    // Someone else's browser: a new context has no IndexedDB of ours.
    const link = page.url();
    const context = await app().browser.newContext({ viewport: { width: 1280, height: 800 } });
    const other = await context.newPage();
    await other.goto(link);
    await waitForIdle(other);
    const notices = (await other.getByTestId('notice').allInnerTexts()).join('\n');
    expect(notices).toContain(`made on the file “acled.csv” (version ${version})`);
    expect((await eventCount(other)).total).toBe(shipped);
    expect(await other.getByTestId('dataset-bar').innerText()).toContain('(built in)');
    await context.close();

    // Back to the built-in data: the link forgets the file, and so does a reload.
    await page.getByTestId('back-to-shipped').click();
    await expect.poll(async () => (await eventCount(page)).total).toBe(shipped);
    await expect.poll(() => new URL(page.url()).searchParams.get('data')).toBeNull();
    await page.reload();
    await waitForIdle(page);
    expect((await eventCount(page)).total).toBe(shipped);
    await page.close();
  });
});
