import { describe, expect, it, vi } from 'vitest';
import type { DatasetSource } from '../../data/ingest/types';
import type { KeptDataset } from '../../data/persist';
import { createAtlasStore } from '../../state/store';
import type { ConsentDecision } from './dialogs-state';
import { startDataset, type StartDeps } from './start-dataset';

function setup(over: Partial<StartDeps> = {}) {
  const store = createAtlasStore();
  const open = vi.fn(async (_source: DatasetSource) => {});
  store.setState({ openDataset: open });
  const deps: StartDeps = {
    kept: vi.fn(async () => null),
    ask: vi.fn(async (): Promise<ConsentDecision> => ({ allow: false })),
    trusted: vi.fn(() => false),
    trust: vi.fn(),
    host: 'atlas.example',
    ...over,
  };
  return { store, open, deps, notices: () => store.getState().notices.map((n) => n.text) };
}

const kept: KeptDataset = {
  name: 'acled.csv',
  version: 'abcd1234',
  format: 'acled',
  files: [{ name: 'acled.csv', type: 'text/csv', lastModified: 1, bytes: new TextEncoder().encode('a,b\n').buffer }],
  keptAt: 1,
};

describe('startDataset', () => {
  it('opens the shipped data set without a data key, and a folder on this site when named', async () => {
    const a = setup();
    await startDataset(a.store, '?event=x', a.deps);
    expect(a.open).toHaveBeenCalledWith({ kind: 'shipped' });
    const b = setup();
    await startDataset(b.store, '?data=datasets/x/', b.deps);
    expect(b.open).toHaveBeenCalledWith({ kind: 'folder', path: 'datasets/x/' });
  });

  it('reopens the kept file a link names, with its format', async () => {
    const { store, open, deps } = setup({ kept: async () => kept });
    await startDataset(store, '?data=file:acled.csv&v=abcd1234', deps);
    const source = open.mock.calls[0]![0];
    expect(source).toMatchObject({ kind: 'files', format: 'acled' });
    expect(source.kind === 'files' && (await source.files[0]!.text())).toBe('a,b\n');
  });

  it('shows the shipped data with a notice naming the file and version when this browser lacks it', async () => {
    const { store, open, deps, notices } = setup({ kept: async () => kept });
    await startDataset(store, '?data=file:ucdp.csv&v=12345678', deps);
    expect(open).toHaveBeenCalledWith({ kind: 'shipped' });
    expect(notices()[0]).toMatch(/made on the file “ucdp\.csv” \(version 12345678\), which this browser does not have/);
  });

  it('fetches nothing from another site until the user allows it, and nothing when declined', async () => {
    const { store, open, deps, notices } = setup();
    await startDataset(store, '?data=https://data.example.org/atlas/', deps);
    expect(deps.ask).toHaveBeenCalledWith('https://data.example.org/atlas/');
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith({ kind: 'shipped' });
    expect(notices()[0]).toMatch(/not loaded \(you did not allow data\.example\.org\)/);
    expect(deps.trust).not.toHaveBeenCalled();
  });

  it('loads the link once allowed, remembering the host only when asked to', async () => {
    const once = setup({ ask: async () => ({ allow: true, always: false }) });
    await startDataset(once.store, '?data=https://data.example.org/e.csv', once.deps);
    expect(once.open).toHaveBeenCalledWith({ kind: 'link', url: 'https://data.example.org/e.csv' });
    expect(once.deps.trust).not.toHaveBeenCalled();

    const always = setup({ ask: async () => ({ allow: true, always: true }) });
    await startDataset(always.store, '?data=https://data.example.org/e.csv', always.deps);
    expect(always.deps.trust).toHaveBeenCalledWith('data.example.org');
  });

  it('does not ask again for a trusted host or this site', async () => {
    const trusted = setup({ trusted: (h) => h === 'data.example.org' });
    await startDataset(trusted.store, '?data=https://data.example.org/e.csv', trusted.deps);
    const self = setup();
    await startDataset(self.store, '?data=https://atlas.example/d/e.csv', self.deps);
    expect(trusted.deps.ask).not.toHaveBeenCalled();
    expect(self.deps.ask).not.toHaveBeenCalled();
    expect(self.open).toHaveBeenCalledWith({ kind: 'link', url: 'https://atlas.example/d/e.csv' });
  });
});
