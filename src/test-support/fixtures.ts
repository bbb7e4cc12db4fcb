/**
 * The unit tests' data, built one way: places, sources, events (as data-file features or as
 * the app's in-memory events), data sets of them, and a store that holds one.
 */
import { buildAtlasData, type AtlasData, type AtlasEvent } from '../domain/atlas-event';
import type { Dataset } from '../data/validate';
import type { Category, Claim, EventFeature, Place, Source } from '../domain/types';
import { createAtlasStore, type AtlasStore } from '../state/store';

/** A place; a city at [0, 0] unless told otherwise. */
export const testPlace = (id: string, over: Partial<Place> = {}): Place => ({ id, name: id, aliases: [], kind: 'city', point: [0, 0], ...over });

/** Kursk, a region with its radius: for tests that need a real-looking place. */
export const KURSK: Place = testPlace('kursk', { name: 'Kursk', kind: 'region', point: [36.2, 51.7], radiusKm: 80 });

const DEFAULT_PLACE = testPlace('p');

/** A source of the manifest for a seed file. */
export const testSource = (id: string, file: string): Source => ({
  id,
  file,
  headline: id,
  outlet: null,
  language: 'en',
  published: { start: '2024-11-01', end: '2024-11-01', precision: 'day', reasoning: 'r' },
});

/** A claim of a source, quoting its first character. */
export const testClaim = (source: string, quote = 'q'): Claim => ({ source, quote, offsets: [0, 1], attribution: 'A', status: 'reported' });

/**
 * An event as the data file holds it (ISO dates, place by id). Day-precise when it starts and
 * ends on one day, month-precise otherwise.
 */
export function eventFeature(
  id: string,
  start: string,
  end: string,
  over: { category?: Category; place?: Place; source?: string } = {},
): EventFeature {
  const place = over.place ?? KURSK;
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: place.point },
    properties: {
      title: id,
      category: over.category ?? 'deployment',
      start,
      end,
      datePrecision: start === end ? 'day' : 'month',
      place: place.id,
      locationPrecision: place.kind,
      placeBasis: 'stated',
      figures: [],
      claims: [testClaim(over.source ?? 'a.txt', id)],
    },
  };
}

/** A data set of features, with every place they name (Kursk unless given) and the sources. */
export function datasetOf(events: EventFeature[], { places = [KURSK], sources = [] }: { places?: Place[]; sources?: Source[] } = {}): Dataset {
  return { events, places, sources };
}

/** An in-memory event for the domain, map and UI layers; days are day numbers. */
export function testEvent(over: Partial<AtlasEvent> & { start: number; end: number }): AtlasEvent {
  const id = over.id ?? `e${over.start}-${over.end}`;
  return {
    index: 0,
    id,
    title: over.title ?? id,
    category: over.category ?? 'deployment',
    datePrecision: 'day',
    dateNote: undefined,
    place: DEFAULT_PLACE,
    placeBasis: 'stated',
    locationPrecision: 'city',
    origin: undefined,
    originBasis: undefined,
    originalType: undefined,
    tags: [],
    figures: [],
    claims: [],
    sourceFiles: over.sourceFiles ?? ['a.txt'],
    ...over,
  };
}

/**
 * In-memory data of events as given (in the order given, indexed by position) or sorted by
 * time when `sort` is set, as the loader keeps them. The domain spans the events unless given.
 */
export function atlasDataOf(raw: readonly AtlasEvent[], opts: { domain?: { start: number; end: number }; sort?: boolean } = {}): AtlasData {
  const ordered = opts.sort ? [...raw].sort((a, b) => a.start - b.start || a.end - b.end) : raw;
  const events = ordered.map((e, index) => ({ ...e, index }));
  const domain = opts.domain ?? {
    start: Math.min(0, ...events.map((e) => e.start)),
    end: Math.max(0, ...events.map((e) => e.end)),
  };
  return {
    events,
    byId: new Map(events.map((e) => [e.id, e])),
    places: new Map(events.map((e) => [e.place.id, e.place])),
    sources: new Map(),
    domain,
  };
}

/** A store holding the data (a validated data set is built first). */
export function loadedStore(data: AtlasData | Dataset, version = 'test'): AtlasStore {
  const store = createAtlasStore();
  store.getState().setData('byId' in data ? data : buildAtlasData(data), version, []);
  return store;
}
