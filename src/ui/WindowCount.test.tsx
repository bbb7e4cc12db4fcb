// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildAtlasData } from '../domain/atlas-event';
import { toDay } from '../domain/days';
import type { EventFeature, Place } from '../domain/types';
import { createAtlasStore } from '../state/store';
import { AtlasProvider } from './atlas-context';
import { WindowCount } from './WindowCount';

const PLACE: Place = { id: 'p', name: 'P', aliases: [], kind: 'city', point: [36, 51] };

/** `n` events on consecutive days from 2022-01-01. */
function events(n: number): EventFeature[] {
  const first = toDay('2022-01-01');
  return Array.from({ length: n }, (_, i) => {
    const day = new Date((first + i) * 86_400_000).toISOString().slice(0, 10);
    return {
      type: 'Feature',
      id: `e${i}`,
      geometry: { type: 'Point', coordinates: PLACE.point },
      properties: {
        title: `e${i}`,
        category: 'strike',
        start: day,
        end: day,
        datePrecision: 'day',
        place: PLACE.id,
        locationPrecision: 'city',
        placeBasis: 'stated',
        figures: [],
        claims: [{ source: 'a.txt', quote: 'q', offsets: [0, 1], attribution: 'A', status: 'reported' }],
      },
    };
  });
}

describe('WindowCount', () => {
  it('groups thousands and follows the window', () => {
    const store = createAtlasStore();
    store.getState().setData(buildAtlasData({ sources: [], places: [PLACE], events: events(12_345) }), 'test', []);
    render(
      <AtlasProvider store={store}>
        <WindowCount className="count" testId="count" />
      </AtlasProvider>,
    );
    expect(screen.getByTestId('count').textContent).toBe('12,345 of 12,345 events');
    act(() => store.getState().setDateWindow({ start: toDay('2022-01-01'), end: toDay('2022-01-01') + 1_499 }));
    expect(screen.getByTestId('count').textContent).toBe('1,500 of 12,345 events');
  });
});
