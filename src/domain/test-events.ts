/** Minimal events for unit tests of the pure domain layer. */
import type { AtlasEvent } from './atlas-event';
import type { Category } from './types';

const PLACE = { id: 'p', name: 'P', aliases: [], kind: 'city' as const, point: [0, 0] as [number, number] };

export function makeEvent(over: Partial<AtlasEvent> & { start: number; end: number }): AtlasEvent {
  const id = over.id ?? `e${over.start}-${over.end}`;
  return {
    index: 0,
    id,
    title: over.title ?? id,
    category: (over.category ?? 'deployment') as Category,
    datePrecision: 'day',
    dateNote: undefined,
    place: PLACE,
    placeBasis: 'stated',
    locationPrecision: 'city',
    origin: undefined,
    originBasis: undefined,
    figures: [],
    originalType: undefined,
    tags: [],
    claims: [],
    sourceFiles: over.sourceFiles ?? ['a.txt'],
    searchText: (over.searchText ?? over.title ?? id).toLowerCase(),
    ...over,
  };
}
