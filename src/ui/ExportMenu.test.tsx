// @vitest-environment jsdom
import { resolve } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildAtlasData } from '../domain/atlas-event';
import { toDay } from '../domain/days';
import { readDataset } from '../data/read-dataset';
import { validateDataset } from '../data/validate';
import { createAtlasStore } from '../state/store';
import { AtlasProvider } from './atlas-context';
import { ExportMenu } from './ExportMenu';

function shippedStore() {
  const store = createAtlasStore();
  const { dataset } = validateDataset(readDataset(resolve(__dirname, '../..')).raw);
  store.getState().setData(buildAtlasData(dataset), 'v1', []);
  return store;
}

/** Catches what the menu hands to the browser's downloads. */
function catchDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  // jsdom has no object URLs: catch the blob where the browser would make one.
  URL.createObjectURL = (b: Blob) => (blobs.push(b), 'blob:x');
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ExportMenu', () => {
  it('downloads the events on screen, not the whole data set', async () => {
    const store = shippedStore();
    store.getState().setDateWindow({ start: toDay('2024-10-23'), end: toDay('2024-10-23') });
    store.getState().setSearch('kursk');
    const { blobs, names } = catchDownloads();
    render(
      <AtlasProvider store={store}>
        <ExportMenu />
      </AtlasProvider>,
    );
    fireEvent.click(screen.getByTestId('export-geojson'));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const exported = JSON.parse(await blobs[0]!.text()) as { features: { properties: { start: string; end: string } }[] };
    const all = store.getState().data!.events.length;
    expect(exported.features.length).toBeGreaterThan(0);
    expect(exported.features.length).toBeLessThan(all);
    for (const f of exported.features) {
      expect(f.properties.start <= '2024-10-23' && f.properties.end >= '2024-10-23').toBe(true);
    }
    expect(names[0]).toBe('event-atlas_2024-10-23_2024-10-23_filtered.geojson');
  });

  it('downloads CSV with a header row', async () => {
    const { blobs, names } = catchDownloads();
    render(
      <AtlasProvider store={shippedStore()}>
        <ExportMenu />
      </AtlasProvider>,
    );
    fireEvent.click(screen.getByTestId('export-csv'));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect((await blobs[0]!.text()).split('\r\n')[0]).toMatch(/^event_id,title,category,start,end/);
    expect(names[0]).toMatch(/\.csv$/);
  });
});
