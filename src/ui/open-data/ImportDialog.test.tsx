// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportPreview } from '../../data/ingest/types';
import { ImportDialog } from './ImportDialog';
import { REPORT, renderWith, storeOpening } from './test-support';

const preview = vi.hoisted(() => ({ previewFiles: vi.fn() }));
vi.mock('../../data/ingest/preview', () => preview);
const persist = vi.hoisted(() => ({ keepDataset: vi.fn(async () => {}), forgetDataset: vi.fn(async () => {}) }));
vi.mock('../../data/persist', () => persist);

const CUSTOM: ImportPreview = {
  format: 'csv',
  formats: ['csv'],
  rows: 12,
  columns: ['when', 'lat', 'lon', 'what', 'note'],
  mapping: { latitude: 'lat', longitude: 'lon', date: '' },
  needsMapping: true,
  sample: [{ when: '2024-01-02', lat: '50.1', lon: '30.5', what: 'Shelling', note: '=cmd' }],
  notes: ['Read as Windows-1252: not valid UTF-8.'],
};

const file = new File(['when,lat,lon,what,note\n'], 'mine.csv', { type: 'text/csv' });

beforeEach(() => {
  preview.previewFiles.mockReset();
  persist.keepDataset.mockClear();
});
afterEach(cleanup);

describe('ImportDialog', () => {
  it('shows format, count, notes and sample, and loads only once the required columns are chosen', async () => {
    preview.previewFiles.mockResolvedValue(CUSTOM);
    const { store, open } = storeOpening();
    renderWith(store, <ImportDialog files={[file]} onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog', { name: 'Open data' });
    expect(dialog.textContent).toContain('mine.csv');
    await screen.findByTestId('import-preview');
    expect((screen.getByLabelText('Format') as HTMLSelectElement).value).toBe('csv');
    expect(screen.getByTestId('preview-rows').textContent).toBe('12 records');
    expect(dialog.textContent).toContain('Windows-1252');
    expect(screen.getByRole('region', { name: 'First records of the file' }).textContent).toContain('Shelling');

    const date = screen.getByLabelText(/^Date/) as HTMLSelectElement;
    expect(date.required).toBe(true);
    expect((screen.getByLabelText(/^Latitude/) as HTMLSelectElement).value).toBe('lat');
    expect((screen.getByLabelText(/^End date/) as HTMLSelectElement).required).toBe(false);
    const load = screen.getByTestId('import-load') as HTMLButtonElement;
    expect(load.disabled).toBe(true);

    fireEvent.change(date, { target: { value: 'when' } });
    fireEvent.change(screen.getByLabelText(/^Title/), { target: { value: 'what' } });
    expect(load.disabled).toBe(false);
    await act(async () => load.click());

    expect(open).toHaveBeenCalledTimes(1);
    expect(open.mock.calls[0]![0]).toEqual({
      kind: 'files',
      files: [file],
      format: 'csv',
      mapping: { latitude: 'lat', longitude: 'lon', date: 'when', title: 'what' },
    });
    await screen.findByRole('dialog', { name: 'What was loaded' });
    expect(screen.getByTestId('report-loaded').textContent).toBe('10 events loaded');
    expect(screen.getByTestId('report-set-aside').textContent).toBe('3 records were set aside.');
    await waitFor(() => expect(persist.keepDataset).toHaveBeenCalledWith([file], expect.objectContaining({ name: 'mine.csv', version: 'abcd1234', format: 'csv' })));
  });

  it('previews again with the format the user overrides, without a mapping for a format that needs none', async () => {
    preview.previewFiles.mockImplementation(async (_files: File[], format?: string) =>
      format === 'geojson'
        ? { ...CUSTOM, format: 'geojson', columns: null, mapping: null, needsMapping: false, rows: null, sample: [], notes: [] }
        : CUSTOM,
    );
    const { store } = storeOpening();
    renderWith(store, <ImportDialog files={[file]} onClose={() => {}} />);
    await screen.findByTestId('mapping');
    fireEvent.change(screen.getByLabelText('Format'), { target: { value: 'geojson' } });
    await waitFor(() => expect(preview.previewFiles).toHaveBeenLastCalledWith([file], 'geojson'));
    await waitFor(() => expect(screen.queryByTestId('mapping')).toBeNull());
    expect(screen.getByTestId('preview-rows').textContent).toMatch(/^Records: counted as it loads/);
    expect((screen.getByTestId('import-load') as HTMLButtonElement).disabled).toBe(false);
  });

  it('says why nothing loaded when the store kept the data set it had', async () => {
    preview.previewFiles.mockResolvedValue({ ...CUSTOM, needsMapping: false, format: 'acled', formats: ['acled', 'csv'] });
    const { store } = storeOpening();
    store.setState({
      openDataset: vi.fn(async () => {
        store.setState({ importReport: { ...REPORT, loaded: 0 } });
        store.getState().notify('error', 'Nothing in “mine.csv” could be read (3 records set aside).');
      }),
    });
    renderWith(store, <ImportDialog files={[file]} onClose={() => {}} />);
    await screen.findByTestId('import-preview');
    expect(screen.queryByTestId('mapping')).toBeNull();
    await act(async () => screen.getByTestId('import-load').click());
    await screen.findByRole('dialog', { name: 'The data could not be opened' });
    expect(screen.getByRole('alert').textContent).toContain('Nothing in “mine.csv” could be read');
    // What was wrong, record by record.
    expect(screen.getByTestId('report-set-aside').textContent).toBe('3 records were set aside.');
    expect(persist.keepDataset).not.toHaveBeenCalled();
  });

  it('closes on Escape', async () => {
    preview.previewFiles.mockResolvedValue(CUSTOM);
    const { store } = storeOpening();
    const onClose = vi.fn();
    renderWith(store, <ImportDialog files={[file]} onClose={onClose} />);
    const dialog = await screen.findByRole('dialog');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });
});
