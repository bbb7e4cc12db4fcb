/** A store and render helper for the open-data components' tests. */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import type { AtlasData } from '../../domain/atlas-event';
import type { DatasetSource, ImportReport } from '../../data/ingest/types';
import { testEvent } from '../../test-support/fixtures';
import { createAtlasStore, type AtlasStore } from '../../state/store';
import { AtlasProvider } from '../atlas-context';
import { SHIPPED_NAME } from '../../data/files';

export function dataOf(n: number): AtlasData {
  const events = Array.from({ length: n }, (_, i) => ({ ...testEvent({ id: `e${i}`, start: i, end: i }), index: i }));
  return {
    events,
    byId: new Map(events.map((e) => [e.id, e])),
    places: new Map(events.map((e) => [e.place.id, e.place])),
    sources: new Map(),
    domain: { start: 0, end: n },
  };
}

export const REPORT: ImportReport = {
  name: 'mine.csv',
  format: 'csv',
  loaded: 10,
  setAside: 3,
  groups: [
    {
      reason: 'date is not a date',
      count: 2,
      records: [
        { file: 'mine.csv', record: '4', field: 'when', message: 'date “=1+2” is not a date' },
        { file: 'mine.csv', record: '9', field: 'when', message: 'date “soon” is not a date' },
      ],
    },
    { reason: 'latitude is missing', count: 1, records: [{ file: 'mine.csv', record: '12', field: 'lat', message: 'latitude is missing' }] },
  ],
  notes: ['Quotes are given by the data set and not checked against article text.'],
  issues: [],
};

/**
 * A store whose `openDataset` is a spy that behaves as the real one does when it succeeds:
 * the data, their source and name, and the report arrive together.
 */
export function storeOpening(report: ImportReport | null = REPORT, version = 'abcd1234'): { store: AtlasStore; open: ReturnType<typeof vi.fn> } {
  const store = createAtlasStore();
  const open = vi.fn(async (source: DatasetSource) => {
    const name = source.kind === 'files' ? source.files.map((f) => f.name).join(', ') : source.kind === 'shipped' ? SHIPPED_NAME : source.kind;
    const data = dataOf(report?.loaded ?? 1);
    store.setState({ data, dataVersion: version, dateWindow: data.domain, dataSource: source, dataName: name, importReport: report });
  });
  store.setState({ openDataset: open });
  return { store, open };
}

export const renderWith = (store: AtlasStore, ui: ReactElement) => render(<AtlasProvider store={store}>{ui}</AtlasProvider>);
