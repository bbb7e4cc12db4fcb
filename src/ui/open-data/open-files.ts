/**
 * What the open-data UI asks of the store, apart from the components so a load finishes (and
 * is kept) even when its dialog was closed while it ran.
 */
import type { DatasetSource } from '../../data/ingest/types';
import type { AtlasStore } from '../../state/store';

type FilesSource = Extract<DatasetSource, { kind: 'files' }>;

// IndexedDB's wrapper loads when a file is first kept or forgotten, not with the first view.
const keepDataset: typeof import('../../data/persist').keepDataset = (...args) =>
  import('../../data/persist').then((m) => m.keepDataset(...args));
const forgetDataset = (): Promise<void> => import('../../data/persist').then((m) => m.forgetDataset());

/** Whether the store now shows `source` (and not the data set it fell back to). */
const shows = (store: AtlasStore, source: FilesSource): boolean => {
  const now = store.getState().dataSource;
  return now === source || (now?.kind === 'files' && now.files.length === source.files.length && now.files.every((f, i) => f === source.files[i]));
};

/**
 * The page's next idle moment, or a few seconds at most: copying a 30 MB file into IndexedDB
 * right after it loaded took frames of 0.4-1.2 s, which belong to drawing the data first.
 */
const afterIdle = (): Promise<void> =>
  new Promise((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 5000 }) : setTimeout(resolve, 0)));

/**
 * Open files from disk, then keep them in the browser so a reload reopens them. Resolves to
 * whether they opened, as soon as they are shown; when they did not, the store's notices say
 * why. Keeping them follows once the page is idle (`kept` is handed its promise).
 */
export async function openFiles(
  store: AtlasStore,
  source: FilesSource,
  keep = keepDataset,
  idle = afterIdle,
  kept: (done: Promise<void>) => void = () => {},
): Promise<boolean> {
  await store.getState().openDataset(source);
  if (!shows(store, source)) return false;
  kept(keepOpened(store, source, keep, idle));
  return true;
}

async function keepOpened(store: AtlasStore, source: FilesSource, keep: typeof keepDataset, idle: () => Promise<void>): Promise<void> {
  await idle();
  // Another data set opened meanwhile: that one is kept, not this.
  if (!shows(store, source)) return;
  const s = store.getState();
  try {
    await keep(source.files, { name: s.dataName, version: s.dataVersion, format: source.format, mapping: source.mapping });
  } catch (error) {
    s.notify(
      'warning',
      `“${s.dataName}” is open, but this browser would not keep a copy (${(error as Error).message}): after a reload you will need to open it again.`,
    );
  }
}

/** Back to the data set shipped with the app; the kept copy of the opened file is forgotten. */
export async function openShipped(store: AtlasStore, forget = forgetDataset): Promise<void> {
  await forget().catch(() => {});
  await store.getState().openDataset({ kind: 'shipped' });
}
