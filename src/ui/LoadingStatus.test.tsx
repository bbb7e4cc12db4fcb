// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { atlasDataOf, testEvent } from '../test-support/fixtures';
import { createAtlasStore } from '../state/store';
import { AtlasProvider } from './atlas-context';
import { LoadingStatus } from './LoadingStatus';

const dataOf = (n: number) => atlasDataOf(Array.from({ length: n }, (_, i) => testEvent({ id: `e${i}`, start: i, end: i })));

afterEach(cleanup);

describe('LoadingStatus', () => {
  it('tells the load, then the drawing of a large data set, then nothing', () => {
    const store = createAtlasStore();
    render(
      <AtlasProvider store={store}>
        <LoadingStatus />
      </AtlasProvider>,
    );
    act(() => store.getState().setLoading({ phase: 'validate', done: 500, total: 1_200 }));
    expect(screen.getByRole('status').textContent).toBe('Loading events… 500 of 1,200 validated');

    act(() => {
      store.getState().setData(dataOf(1_200), 'v', []);
      store.getState().setDrawing(true);
    });
    expect(screen.getByRole('status').textContent).toBe('Drawing 1,200 events on the map…');

    act(() => store.getState().setDrawing(false));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
