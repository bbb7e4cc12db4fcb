// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createAtlasStore } from '../../state/store';
import { LoadProgressView } from './LoadProgressView';
import { renderWith } from './test-support';

afterEach(cleanup);

describe('LoadProgressView', () => {
  it('follows the load’s steps as the store reports them', () => {
    const store = createAtlasStore();
    renderWith(store, <LoadProgressView />);
    act(() => store.getState().setLoading({ phase: 'download', done: 25_000_000, total: 50_000_000 }));
    expect(screen.getByTestId('import-progress').textContent).toBe('Loading events… 25 of 50 MB downloaded');
    expect((screen.getByTestId('import-progress').querySelector('progress') as HTMLProgressElement).value).toBe(0.5);
    act(() => store.getState().setLoading({ phase: 'validate', done: 40_000, total: 100_000 }));
    expect(screen.getByRole('status').textContent).toBe('Loading events… 40,000 of 100,000 validated');
  });
});
