import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAtlasData } from '../domain/atlas-event';
import { FILES, SHIPPED_NAME } from '../data/files';
import { ingest } from '../data/ingest/ingest';
import { fixture } from '../data/ingest/test-support';
import type { DatasetSource, RawFile } from '../data/ingest/types';
import type { Loaded, LoadProgress } from '../data/load-protocol';
import { selectVisibleCount } from './derived';
import { createAtlasStore, type DatasetOpener } from './store';

const loaded = (files: RawFile[], name: string): Loaded => {
  const r = ingest(files, { name });
  return { data: buildAtlasData(r.dataset), version: r.version, issues: r.issues, report: r.report };
};
const shipped = () => loaded(Object.values(FILES).map((n) => ({ name: n, bytes: readFileSync(n) })), SHIPPED_NAME);

/** An opener that serves the shipped set and the fixtures, fails named folders, and records what it was asked. */
function opener(fail: ReadonlySet<string> = new Set()) {
  const asked: DatasetSource[] = [];
  const open: DatasetOpener = async (source, onProgress) => {
    asked.push(source);
    onProgress({ phase: 'download', done: 10, total: 100 });
    onProgress({ phase: 'validate', done: 5, total: 8 });
    if (source.kind === 'shipped') return shipped();
    if (source.kind === 'folder' && fail.has(source.path)) throw new Error(`${source.path}events.geojson: HTTP 404 Not Found`);
    if (source.kind === 'files') return loaded(fixture(...source.files.map((f) => f.name)), source.files.map((f) => f.name).join(', '));
    return loaded(fixture('acled.csv'), 'x');
  };
  return { open, asked };
}
const files = (...names: string[]): DatasetSource => ({ kind: 'files', files: names.map((n) => new File([], n)) });

describe('openDataset', () => {
  it('tells its progress while loading, and clears it when the data are in', async () => {
    const { open } = opener();
    const store = createAtlasStore({ open });
    const seen: Array<LoadProgress | null> = [];
    store.subscribe((s) => s.loading, (l) => seen.push(l));
    await store.getState().openDataset({ kind: 'shipped' });
    expect(seen).toEqual([{ phase: 'download', done: 0, total: null }, { phase: 'download', done: 10, total: 100 }, { phase: 'validate', done: 5, total: 8 }, null]);
    const s = store.getState();
    const shippedCount = (JSON.parse(readFileSync(FILES.events, 'utf8')) as { features: unknown[] }).features.length;
    expect(s.data!.events).toHaveLength(shippedCount);
    expect([s.dataName, s.dataSource, s.dataPath]).toEqual([SHIPPED_NAME, { kind: 'shipped' }, null]);
    expect(s.importReport).toMatchObject({ loaded: shippedCount, setAside: 0, format: 'atlas' });
    expect(s.dataVersion).toMatch(/^[0-9a-f]{8}$/);
  });

  it('names the data set being opened until it is in or has failed, but not the shipped one', async () => {
    const { open } = opener(new Set(['datasets/gone/']));
    const store = createAtlasStore({ open });
    const seen: Array<string | null> = [];
    store.subscribe((s) => s.opening, (o) => seen.push(o));
    await store.getState().openDataset({ kind: 'shipped' });
    expect(seen).toEqual([]);
    await store.getState().openDataset(files('acled.csv'));
    expect(seen).toEqual(['acled.csv', null]);
    await store.getState().openDataset({ kind: 'folder', path: 'datasets/gone/' });
    expect(seen).toEqual(['acled.csv', null, 'datasets/gone/', null]);
  });

  it('a folder that fails gives way to the shipped data, with a notice naming it', async () => {
    const { open, asked } = opener(new Set(['datasets/gone/']));
    const store = createAtlasStore({ open });
    await store.getState().openDataset({ kind: 'folder', path: 'datasets/gone/' });
    const s = store.getState();
    expect(asked.map((a) => a.kind)).toEqual(['folder', 'shipped']);
    expect(s.dataName).toBe(SHIPPED_NAME);
    expect(s.notices.map((n) => [n.kind, n.text])).toEqual([
      ['error', 'The data set “datasets/gone/” could not be loaded (datasets/gone/events.geojson: HTTP 404 Not Found); showing the built-in data.'],
    ]);
    expect(s.loadError).toBeNull();
  });

  it('the shipped data failing is a load error, not a loop', async () => {
    const store = createAtlasStore({ open: async () => Promise.reject(new Error('data/events.geojson: HTTP 500')) });
    await store.getState().openDataset({ kind: 'shipped' });
    expect(store.getState().loadError).toBe('data/events.geojson: HTTP 500');
    expect(store.getState().loading).toBeNull();
  });

  it('files open with their names and a report counting records (the data-set bar shows it, not a notice)', async () => {
    const { open } = opener();
    const store = createAtlasStore({ open });
    await store.getState().openDataset({ kind: 'shipped' });
    await store.getState().openDataset(files('acled.csv'));
    const s = store.getState();
    expect(s.dataName).toBe('acled.csv');
    expect(s.data!.events).toHaveLength(7);
    expect(s.importReport).toMatchObject({ name: 'acled.csv', format: 'acled', loaded: 7, setAside: 1 });
    expect(s.loadIssues).toHaveLength(1);
    expect(s.notices).toEqual([]);
    expect(selectVisibleCount(s)).toBe(s.data!.events.length);
    expect(s.dateWindow.end).toBe(s.data!.domain.end);
  });

  it('files of which nothing can be read leave the map as it was, and the report says why', async () => {
    const { open } = opener();
    const store = createAtlasStore({ open });
    await store.getState().openDataset({ kind: 'shipped' });
    const before = store.getState().data;
    await store.getState().openDataset(files('binary.bin'));
    const s = store.getState();
    expect(s.data).toBe(before);
    expect(s.dataName).toBe(SHIPPED_NAME);
    expect(s.importReport).toMatchObject({ name: 'binary.bin', loaded: 0, setAside: 1 });
    expect(s.notices.at(-1)).toMatchObject({ kind: 'error', text: `Nothing in “binary.bin” could be read (1 record set aside); still showing “${SHIPPED_NAME}”.` });
  });

  it('a later open wins over an earlier one still loading', async () => {
    let release = () => {};
    const slow: DatasetOpener = (source, p) =>
      source.kind === 'folder' ? new Promise((resolve) => (release = () => resolve(loaded(fixture('ucdp-ged.csv'), 'slow')))) : opener().open(source, p);
    const store = createAtlasStore({ open: slow });
    const first = store.getState().openDataset({ kind: 'folder', path: 'slow/' });
    await store.getState().openDataset(files('acled.csv'));
    release();
    await first;
    expect(store.getState().dataName).toBe('acled.csv');
    expect(store.getState().data!.events).toHaveLength(7);
  });
});
