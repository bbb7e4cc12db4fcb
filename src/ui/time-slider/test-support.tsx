/**
 * Shared by the slider's tests: a small data set with a known domain, a store holding it,
 * and the slider rendered inside a provider. jsdom has no layout, so Radix's ResizeObserver
 * is stubbed here (it only sizes the thumbs).
 */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { buildAtlasData } from '../../domain/atlas-event';
import { toDay } from '../../domain/days';
import type { EventFeature, Place } from '../../domain/types';
import { createAtlasStore, type AtlasStore } from '../../state/store';
import { AtlasProvider } from '../atlas-context';
import { TimeSlider } from './TimeSlider';

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const KURSK: Place = { id: 'kursk', name: 'Kursk', aliases: [], kind: 'region', point: [36.2, 51.7], radiusKm: 80 };

function feature(id: string, start: string, end: string, category: EventFeature['properties']['category']): EventFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: KURSK.point },
    properties: {
      title: id,
      category,
      start,
      end,
      datePrecision: start === end ? 'day' : 'month',
      place: KURSK.id,
      locationPrecision: 'region',
      placeBasis: 'stated',
      figures: [],
      claims: [{ source: 'a.txt', quote: id, offsets: [0, 1], attribution: 'A', status: 'reported' }],
    },
  };
}

/** July 1, 2024 – January 31, 2025; one event known only to its month (October). */
export const FIRST = toDay('2024-07-01');
export const LAST = toDay('2025-01-31');

export function loadedStore(): AtlasStore {
  const store = createAtlasStore();
  const events = [
    feature('first', '2024-07-01', '2024-07-01', 'deployment'),
    feature('october', '2024-10-01', '2024-10-31', 'deployment'),
    feature('kursk-a', '2024-10-23', '2024-10-23', 'strike'),
    feature('kursk-b', '2024-11-05', '2024-11-05', 'strike'),
    feature('statement', '2024-12-10', '2024-12-10', 'statement'),
    feature('last', '2025-01-31', '2025-01-31', 'strike'),
  ];
  store.getState().setData(buildAtlasData({ sources: [], places: [KURSK], events }), 'test', []);
  return store;
}

export function renderSlider(store: AtlasStore, extra?: ReactNode) {
  return render(
    <AtlasProvider store={store}>
      <TimeSlider />
      {extra}
    </AtlasProvider>,
  );
}
