import { describe, expect, it, vi } from 'vitest';
import { openFiles, openShipped } from './open-files';
import { storeOpening } from './test-support';

const file = new File(['a'], 'mine.csv');
const now = () => Promise.resolve();

/** Open, and wait for the keeping that follows. */
async function openAndKeep(...[store, source, keep]: Parameters<typeof openFiles>): Promise<boolean> {
  let done: Promise<void> = Promise.resolve();
  const opened = await openFiles(store, source, keep, now, (kept) => (done = kept));
  await done;
  return opened;
}

describe('openFiles', () => {
  it('keeps the files it opened, with the name and version links will carry', async () => {
    const { store } = storeOpening();
    const keep = vi.fn(async () => {});
    const source = { kind: 'files' as const, files: [file], format: 'csv' as const };
    expect(await openAndKeep(store, source, keep)).toBe(true);
    expect(keep).toHaveBeenCalledWith([file], { name: 'mine.csv', version: 'abcd1234', format: 'csv', mapping: undefined });
  });

  it('says so when the browser will not keep them, and still shows them', async () => {
    const { store } = storeOpening();
    const keep = vi.fn(async () => Promise.reject(new Error('QuotaExceededError')));
    expect(await openAndKeep(store, { kind: 'files', files: [file] }, keep)).toBe(true);
    expect(store.getState().notices[0]!.text).toMatch(/“mine\.csv” is open, but this browser would not keep a copy \(QuotaExceededError\)/);
  });

  it('keeps nothing when the store did not open them (nothing read, or a later load won)', async () => {
    const { store } = storeOpening();
    store.setState({ openDataset: vi.fn(async () => {}) });
    const keep = vi.fn(async () => {});
    expect(await openAndKeep(store, { kind: 'files', files: [file] }, keep)).toBe(false);
    expect(keep).not.toHaveBeenCalled();
  });

  it('shows the files before keeping them, once the page is idle, and keeps nothing if another data set came first', async () => {
    const { store } = storeOpening();
    const keep = vi.fn(async () => {});
    let idle = () => {};
    let done: Promise<void> = Promise.resolve();
    const opened = await openFiles(store, { kind: 'files', files: [file] }, keep, () => new Promise<void>((r) => (idle = r)), (kept) => (done = kept));
    expect(opened).toBe(true);
    expect(keep).not.toHaveBeenCalled();
    await store.getState().openDataset({ kind: 'files', files: [new File(['b'], 'other.csv')] });
    idle();
    await done;
    expect(keep).not.toHaveBeenCalled();
  });
});

describe('openShipped', () => {
  it('forgets the kept file and opens the built-in data, even when forgetting fails', async () => {
    const { store, open } = storeOpening();
    const forget = vi.fn(async () => Promise.reject(new Error('blocked')));
    await openShipped(store, forget);
    expect(forget).toHaveBeenCalled();
    expect(open).toHaveBeenCalledWith({ kind: 'shipped' });
  });
});
