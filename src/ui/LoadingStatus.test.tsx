// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AtlasData } from '../domain/atlas-event';
import { makeEvent } from '../domain/test-events';
import { createAtlasStore } from '../state/store';
import { AtlasProvider } from './atlas-context';
import { LoadingStatus } from './LoadingStatus';

function dataOf(n: number): AtlasData {
  const events = Array.from({ length: n }, (_, i) => ({ ...makeEvent({ id: `e${i}`, start: i, end: i }), index: i }));
  return {
    events,
    byId: new Map(events.map((e) => [e.id, e])),
    places: new Map(events.map((e) => [e.place.id, e.place])),
    sources: new Map(),
    domain: { start: 0, end: n },
  };
}

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
