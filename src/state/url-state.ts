/**
 * The map-state URL, as a schema (after timemap's `urlState/schema.js`): every key declared
 * once, below, with its parameters, decoder, encoder, check against the data, its place in
 * the store and how its changes are written. Adding a key is adding one declaration here.
 *
 *   ?map=5.2/51.70/36.20/0/0   zoom/lat/lon/bearing/pitch (the OpenStreetMap order)
 *   &from=2024-10-01&to=2024-10-31
 *   &event=evt-kursk-sighting&cat=strike,deployment&src=src-000,src-003&q=kursk
 *   &read=src-000&v=1a2b3c4d
 *   &data=datasets/acled/      another data set (a folder on this site, file:<name> or an
 *                              https:// address: see data-key.ts)
 */
import type { Camera } from '../domain/camera';
import type { Category } from '../domain/schema';
import { openingWindow, type DayWindow } from '../domain/selectors';
import { CATEGORIES } from '../domain/vocabulary';
import { parseDay, toIso } from '../domain/days';
import { MERCATOR_MAX_LAT } from '../domain/mercator';
import { createUrlCodec, type Decoded as DecodedOf, type StateOf } from './url-codec';
import { dataKey } from './url-data-key';
import { dataId, decodeList, ID, oneParam, type UrlField } from './url-field';
import { WINDOW_WRITE_DELAY_MS, WRITE_DELAY_MS } from './url-timing';

export { describeIgnored, type Ignored } from './url-codec';
export type { UrlContext } from './url-field';

const MAX_SEARCH = 200;
const MAX_ZOOM = 22;
const MAX_PITCH = 85;
const SOON = { history: 'replace', afterMs: WRITE_DELAY_MS } as const;

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  // `+ 0` turns -0 into 0 so encoding is stable.
  return Math.round(x * f) / f + 0;
};

/** A finite number in [min, max], or a reason it is not. */
function numberIn(text: string | undefined, name: string, min: number, max: number): number | string {
  if (text === undefined || text.trim() === '') return `${name} is missing`;
  const n = Number(text);
  if (!Number.isFinite(n)) return `${name} "${text}" is not a number`;
  if (n < min || n > max) return `${name} ${text} is outside ${min}…${max}`;
  return n;
}

const camera = oneParam<Camera>('map', {
  decode: (text, refuse) => {
    const parts = text.split('/');
    if (parts.length < 3 || parts.length > 5) return void refuse('expected zoom/lat/lon[/bearing[/pitch]]');
    const zoom = numberIn(parts[0], 'zoom', 0, MAX_ZOOM);
    const lat = numberIn(parts[1], 'latitude', -MERCATOR_MAX_LAT, MERCATOR_MAX_LAT);
    const lon = numberIn(parts[2], 'longitude', -180, 180);
    const bearing = parts[3] === undefined ? 0 : numberIn(parts[3], 'bearing', -180, 180);
    const pitch = parts[4] === undefined ? 0 : numberIn(parts[4], 'pitch', 0, MAX_PITCH);
    const bad = [zoom, lat, lon, bearing, pitch].find((v) => typeof v === 'string');
    if (bad !== undefined) return void refuse(bad as string);
    return { zoom: zoom as number, center: [lon as number, lat as number], bearing: bearing as number, pitch: pitch as number };
  },
  encode: ({ zoom, center, bearing, pitch }) => {
    const parts = [round(zoom, 2), round(center[1], 5), round(center[0], 5)];
    if (round(bearing, 1) !== 0 || round(pitch, 1) !== 0) parts.push(round(bearing, 1), round(pitch, 1));
    return parts.join('/');
  },
  fromStore: (s) => s.camera ?? undefined,
  toStore: (value, { store }) => value && store.getState().requestCamera(value),
  toStoreEarly: (value, store) => store.getState().requestCamera(value),
  watch: (s) => s.camera,
  write: SOON,
});

/** The date window as day numbers; half a window in a link is completed from the data. */
const dateWindow: UrlField<DayWindow> = {
  params: ['from', 'to'],
  decode: ([from, to], ignore) => {
    const start = from === undefined ? null : parseDay(from);
    const end = to === undefined ? null : parseDay(to);
    if (from !== undefined && start === null) ignore('from', from, 'not a calendar date (YYYY-MM-DD)');
    if (to !== undefined && end === null) ignore('to', to, 'not a calendar date (YYYY-MM-DD)');
    if (start !== null && end !== null && start > end) {
      ignore('from', from!, `the window starts after it ends (${to})`);
      ignore('to', to!, 'the window starts after it ends');
      return undefined;
    }
    if (start === null && end === null) return undefined;
    // Half a window is still a wish we can honour: the other end comes from the data.
    return { start: start ?? -Infinity, end: end ?? Infinity };
  },
  // A half-open window (only `from` or only `to` in the link) stays half-open.
  encode: ({ start, end }) => [Number.isFinite(start) ? toIso(start) : undefined, Number.isFinite(end) ? toIso(end) : undefined],
  resolve: (w, ctx, ignore) => {
    const start = Number.isFinite(w.start) ? w.start : ctx.domain.start;
    const end = Number.isFinite(w.end) ? w.end : ctx.domain.end;
    if (start <= end) return { start, end };
    ignore('from', toIso(start), 'the window would start after it ends');
    return undefined;
  },
  fromStore: (s) => ({ ...s.dateWindow }),
  toStore: (value, { store, data }) => store.getState().setDateWindow(value ?? openingWindow(data.events, data.domain)),
  watch: (s) => s.dateWindow,
  write: { history: 'replace', afterMs: WINDOW_WRITE_DELAY_MS },
};

/** The selected event: Back steps through selections. */
const event = oneParam<string>('event', {
  ...dataId('event', (ctx) => ctx.eventIds),
  fromStore: (s) => s.selectedId ?? undefined,
  toStore: (id, { store }) => {
    store.getState().showStack(null);
    store.getState().select(id ?? null);
  },
  watch: (s) => s.selectedId,
  write: { history: 'push' },
});

const categories = oneParam<Category[]>('cat', {
  decode: (text, refuse) => decodeList(text, (c) => (CATEGORIES as readonly string[]).includes(c), 'unknown category', refuse) as Category[] | undefined,
  encode: (list) => list.join(','),
  fromStore: (s) => (s.filters.categories ? [...s.filters.categories] : undefined),
  toStore: (list, { store }) => store.getState().setCategories(list ?? null),
  watch: (s) => s.filters.categories,
  write: SOON,
});

/** Source ids from the manifest (`src-000`); the store holds their seed files. */
const sources = oneParam<string[]>('src', {
  decode: (text, refuse) => decodeList(text, (s) => ID.test(s), 'not a source id', refuse),
  encode: (ids) => ids.join(','),
  resolve: (ids, ctx, refuse) => {
    for (const id of ids.filter((i) => !ctx.sourceIds.has(i))) refuse('no such source in this data set', id);
    const known = ids.filter((i) => ctx.sourceIds.has(i));
    return known.length > 0 || ids.length === 0 ? known : undefined;
  },
  fromStore: (s, data) => s.filters.sources?.flatMap((file) => data.sources.get(file)?.id ?? []),
  toStore: (ids, { store, fileById }) => store.getState().setSources(ids ? ids.map((id) => fileById.get(id)!) : null),
  watch: (s) => s.filters.sources,
  write: SOON,
});

const search = oneParam<string>('q', {
  decode: (text, refuse) => (text.length > MAX_SEARCH ? void refuse(`search longer than ${MAX_SEARCH} characters`) : text),
  encode: (q) => q || undefined,
  fromStore: (s) => s.filters.search || undefined,
  toStore: (q, { store }) => store.getState().setSearch(q ?? ''),
  watch: (s) => s.filters.search,
  write: SOON,
});

/** Source id of the article open in the reader; declared after `event`, whose claim it highlights. */
const read = oneParam<string>('read', {
  ...dataId('source', (ctx) => ctx.sourceIds),
  fromStore: (s, data) => (s.reading ? data.sources.get(s.reading.file)?.id : undefined),
  toStore: (id, { store, data, fileById }) => {
    if (!id) return;
    const file = fileById.get(id)!;
    const selected = store.getState().selectedId;
    const claim = (selected === null ? undefined : data.byId.get(selected)?.claims)?.findIndex((c) => c.source === file) ?? -1;
    store.getState().openArticle(file, claim >= 0 ? claim : null);
  },
  watch: (s) => s.reading,
  write: SOON,
});

/** Short content hash of the data the link was made on: other data may show another view. */
const version = oneParam<string>('v', {
  decode: (text, refuse) => (/^[0-9a-f]{4,16}$/.test(text) ? text : void refuse('not a data version')),
  encode: (v) => v,
  fromStore: (s) => s.dataVersion || undefined,
  toStore: (v, { store, announce }) => {
    const now = store.getState().dataVersion;
    if (!announce || v === undefined || v === now) return;
    store.getState().notify('info', `This link was made on another version of the data (${v}; now ${now}). Events may have changed since.`);
  },
  watch: (s) => s.dataVersion,
  write: SOON,
});

/** Every key of the URL, in the order they are written and applied. */
export const URL_FIELDS = { camera, dateWindow, event, categories, sources, search, read, version, data: dataKey };

export const URL_CODEC = createUrlCodec(URL_FIELDS);
export type UrlState = StateOf<typeof URL_FIELDS>;
export type Decoded = DecodedOf<UrlState>;

/** Every query parameter the app reads. */
export const KEYS = URL_CODEC.params;

/**
 * Decode a query string. Syntax and ranges are checked here; whether an event or source id
 * exists in the loaded data is checked by `resolveAgainstData`.
 */
export const decodeUrl = (search: string): Decoded => URL_CODEC.decode(search);

/** Encode a state; keys in a fixed order, numbers rounded so links stay short and stable. */
export const encodeUrl = (state: UrlState): string => URL_CODEC.encode(state);

/** Drop what the loaded data does not have, and fill half-open windows from its domain. */
export const resolveAgainstData: typeof URL_CODEC.resolve = (decoded, ctx) => URL_CODEC.resolve(decoded, ctx);
