// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataSetBar } from './DataSetBar';
import { dialogs } from './dialogs-state';
import { renderWith, storeOpening } from './test-support';
import { SHIPPED_NAME } from '../../data/files';

const persist = vi.hoisted(() => ({ keepDataset: vi.fn(async () => {}), forgetDataset: vi.fn(async () => {}) }));
vi.mock('../../data/persist', () => persist);

afterEach(() => {
  cleanup();
  dialogs.getState().close();
});

describe('DataSetBar', () => {
  it('names the built-in data set; names an opened file, opens its report, and goes back', async () => {
    const { store, open } = storeOpening();
    renderWith(store, <DataSetBar />);
    // Before the built-in data set has loaded, the bar already names it.
    expect(screen.getByTestId('dataset-bar').textContent).toBe(`Data set: ${SHIPPED_NAME} (built in)`);
    await act(() => store.getState().openDataset({ kind: 'shipped' }));
    expect(screen.getByTestId('dataset-bar').textContent).toBe(`Data set: ${SHIPPED_NAME} (built in)`);
    expect(screen.queryByRole('button', { name: 'Back to the built-in data' })).toBeNull();

    await act(() => store.getState().openDataset({ kind: 'files', files: [new File(['x'], 'mine.csv')] }));
    expect(screen.getByTestId('dataset-bar').textContent).toContain('Data set: mine.csv');
    const report = screen.getByRole('button', { name: '10 loaded, 3 set aside' });
    report.click();
    expect(dialogs.getState().dialog).toEqual({ kind: 'report', returnTo: report });

    await act(async () => screen.getByRole('button', { name: 'Back to the built-in data' }).click());
    expect(persist.forgetDataset).toHaveBeenCalled();
    expect(open).toHaveBeenLastCalledWith({ kind: 'shipped' });
    expect(screen.getByTestId('dataset-bar').textContent).toContain('(built in)');
  });

  it('names a data set being opened as soon as it is, before its data are in', () => {
    const { store } = storeOpening();
    renderWith(store, <DataSetBar />);
    act(() => store.setState({ opening: 'big.csv', loading: { phase: 'parse', done: 0, total: null } }));
    expect(screen.getByTestId('dataset-bar').textContent).toBe('Opening: big.csv…');
    act(() => store.setState({ opening: null, loading: null }));
    expect(screen.getByTestId('dataset-bar').textContent).toContain('(built in)');
  });
});
