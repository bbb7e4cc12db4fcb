/**
 * The app's in-memory event: a validated feature with its dates as day numbers, its places
 * resolved. Built once per data set load.
 */
import { toDay, today } from './days';
import { firstViewOf, type Bounds } from './first-view';
import type { EventDrawing } from '../map/gpu/drawing';
import type {
  Category,
  Claim,
  Dataset,
  DatePrecision,
  EventFeature,
  Figure,
  Place,
  PlaceBasis,
  PlaceKind,
  Source,
} from './types';

export interface AtlasEvent {
  /** Position in the start-sorted event array; also the map feature id. */
  index: number;
  /** The data set's stable string id. */
  id: string;
  title: string;
  category: Category;
  /** First and last possible day, as day numbers (`days.ts`). */
  start: number;
  end: number;
  datePrecision: DatePrecision;
  dateNote: string | undefined;
  place: Place;
  placeBasis: PlaceBasis;
  locationPrecision: PlaceKind;
  origin: Place | undefined;
  originBasis: PlaceBasis | undefined;
  figures: Figure[];
  claims: Claim[];
  /** Distinct seed files that report it, in claim order: its independent sources. */
  sourceFiles: string[];
  /** An imported record's own type as its data set words it; undefined for curated events. */
  originalType: string | undefined;
  /** Labels an imported data set filters by (TimeMap associations); empty for curated events. */
  tags: string[];
}

const searchTexts = new WeakMap<AtlasEvent, string>();

/**
 * Lower-cased title, quotes, original type and tags, for text search. Made on the first search
 * and kept: it repeats every quote, and sent with each event from the load worker it made the
 * events a third longer to send, read and hold, for a search most loads never run.
 */
export function searchTextOf(e: AtlasEvent): string {
  let text = searchTexts.get(e);
  if (text === undefined) {
    text = [e.title, ...e.claims.map((c) => c.quote), ...(e.originalType ? [e.originalType] : []), ...e.tags].join('\n').toLowerCase();
    searchTexts.set(e, text);
  }
  return text;
}

/** Whether an event is drawn as a movement: it records an origin other than its place. */
export const hasArc = (e: AtlasEvent): e is AtlasEvent & { origin: Place } => !!e.origin && e.origin.id !== e.place.id;

export interface AtlasData {
  /** Sorted by start day, then end day, then id. */
  events: AtlasEvent[];
  byId: ReadonlyMap<string, AtlasEvent>;
  places: ReadonlyMap<string, Place>;
  /** Sources by seed file name. */
  sources: ReadonlyMap<string, Source>;
  /** First and last day any event may fall on. */
  domain: { start: number; end: number };
  /** What the GPU layer draws for `events`, when the load worker built it (large data sets). */
  drawing?: EventDrawing;
  /** Where the map opens on `events` (`firstViewOf`), when the load worker worked it out. */
  firstView?: Bounds | null;
}

const firstViews = new WeakMap<AtlasData, Bounds | null>();

/**
 * Where the map opens on a data set: the load worker's answer when it gave one, else worked
 * out once. Each pass over a million events' places is a long task on the page.
 */
export function dataFirstView(data: AtlasData): Bounds | null {
  if (data.firstView !== undefined) return data.firstView;
  let view = firstViews.get(data);
  if (view === undefined) firstViews.set(data, (view = firstViewOf(data.events)));
  return view;
}

function toAtlasEvent(f: EventFeature, places: ReadonlyMap<string, Place>): AtlasEvent {
  const p = f.properties;
  return {
    index: -1,
    id: f.id,
    title: p.title,
    category: p.category,
    start: toDay(p.start),
    end: toDay(p.end),
    datePrecision: p.datePrecision,
    dateNote: p.dateNote,
    place: places.get(p.place)!,
    placeBasis: p.placeBasis,
    locationPrecision: p.locationPrecision,
    origin: p.origin === undefined ? undefined : places.get(p.origin),
    originBasis: p.originBasis,
    figures: p.figures,
    claims: p.claims,
    sourceFiles: [...new Set(p.claims.map((c) => c.source))],
    originalType: p.originalType,
    tags: p.tags ?? [],
  };
}

/** Build the app's model from a validated data set (every place id already resolves). */
export function buildAtlasData(dataset: Dataset): AtlasData {
  const places = new Map(dataset.places.map((p) => [p.id, p]));
  const events = dataset.events
    .map((f) => toAtlasEvent(f, places))
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Numbered in place, not copied with a spread: spread copies each got a map (hidden class) of
  // their own, which made every later pass over the events (encoding, drawing, counting) read
  // them through V8's slowest property lookups, about 3 µs an event.
  events.forEach((e, index) => (e.index = index));
  let start = Infinity;
  let end = -Infinity;
  for (const e of events) {
    if (e.start < start) start = e.start;
    if (e.end > end) end = e.end;
  }
  if (events.length === 0) start = end = today();
  return {
    events,
    byId: new Map(events.map((e) => [e.id, e])),
    places,
    sources: new Map(dataset.sources.map((s) => [s.file, s])),
    domain: { start, end },
  };
}
