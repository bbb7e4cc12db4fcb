/**
 * The data set last opened from disk, kept in the browser (IndexedDB, through idb-keyval) so
 * that a reload reopens it: its files' bytes, the format and column mapping the user chose,
 * and the name and version a map-state link records. One data set is kept; opening another
 * replaces it, and going back to the built-in data forgets it.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { ColumnMapping, FormatId } from './ingest/types';

const KEY = 'opened';

export interface KeptFile {
  name: string;
  type: string;
  lastModified: number;
  /**
   * The file's contents. Kept as the file itself: IndexedDB stores a Blob by reference and
   * copies it off the page, where reading a large file into an ArrayBuffer and handing that to
   * IndexedDB cloned it on the page's main thread (143 ms for a 30 MB CSV, in the frame after
   * it was drawn). Data sets kept by earlier versions hold an ArrayBuffer, and still open.
   */
  bytes: Blob | ArrayBuffer;
}

export interface KeptDataset {
  /** The data set's name as links record it (`data=file:<name>`). */
  name: string;
  /** Content hash of the data set as loaded, as links record it (`v=`). */
  version: string;
  format?: FormatId;
  mapping?: ColumnMapping;
  files: KeptFile[];
  /** When it was kept (ms since 1970). */
  keptAt: number;
}

let store: UseStore | undefined;
// Opened on first use: creating it at import would open a database on every first view.
const db = (): UseStore => (store ??= createStore('event-atlas', 'datasets'));

/** Keep these files (replacing any kept before). Rejects when the browser refuses (quota, private mode). */
export async function keepDataset(
  files: readonly File[],
  meta: { name: string; version: string; format?: FormatId; mapping?: ColumnMapping },
): Promise<void> {
  const kept: KeptDataset = {
    ...meta,
    files: files.map((f) => ({ name: f.name, type: f.type, lastModified: f.lastModified, bytes: f })),
    keptAt: Date.now(),
  };
  await set(KEY, kept, db());
}

const isKeptFile = (f: unknown): f is KeptFile =>
  typeof f === 'object' && f !== null && typeof (f as KeptFile).name === 'string' &&
  ((f as KeptFile).bytes instanceof Blob || (f as KeptFile).bytes instanceof ArrayBuffer);

/** The kept data set, or null when there is none or what is stored is not one (an older shape). */
export async function keptDataset(): Promise<KeptDataset | null> {
  const kept = (await get(KEY, db())) as Partial<KeptDataset> | undefined;
  if (!kept || typeof kept.name !== 'string' || typeof kept.version !== 'string') return null;
  if (!Array.isArray(kept.files) || kept.files.length === 0 || !kept.files.every(isKeptFile)) return null;
  return kept as KeptDataset;
}

/** The kept files as File objects, to open again. */
export const filesOf = (kept: KeptDataset): File[] =>
  kept.files.map((f) => new File([f.bytes], f.name, { type: f.type, lastModified: f.lastModified }));

/** Forget the kept data set. */
export const forgetDataset = (): Promise<void> => del(KEY, db());
