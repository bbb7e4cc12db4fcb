/**
 * The map-state URL, as a schema: every key with its decoder and encoder (after
 * timemap's `urlState/schema.js`). Decoding never throws: a bad value is ignored key
 * by key, with a reason a person can read, and everything good is applied.
 *
 *   ?map=5.2/51.70/36.20/0/0   zoom/lat/lon/bearing/pitch (the OpenStreetMap order)
 *   &from=2024-10-01&to=2024-10-31
 *   &event=evt-kursk-sighting&cat=strike,deployment&src=src-000,src-003&q=kursk
 *   &read=src-000&v=1a2b3c4d
 *   &data=datasets/acled/      another data set (a folder on this site, file:<name> or an
 *                              https:// address: see data-key.ts)
 */
import type { Category } from '../domain/schema';
import { CATEGORIES } from '../domain/vocabulary';
import { parseDay, toIso } from '../domain/days';
import { MERCATOR_MAX_LAT } from '../domain/mercator';
import { parseDataKey } from './data-key';

export interface Camera {
  /** [lon, lat] */
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

export interface UrlState {
  camera?: Camera;
  /** The date window as day numbers. */
  dateWindow?: { start: number; end: number };
  event?: string;
  categories?: Category[];
  /** Source ids from the manifest (`src-000`). */
  sources?: string[];
  search?: string;
  /** Source id of the article open in the reader. */
  read?: string;
  /** Short content hash of the data the link was made on. */
  version?: string;
  /** The data set the link was made on, as `data-key.ts` writes it; absent for the shipped one. */
  data?: string;
}

export interface Ignored {
  key: string;
  value: string;
  reason: string;
}

export interface Decoded {
  state: UrlState;
  ignored: Ignored[];
}

export const KEYS = ['map', 'from', 'to', 'event', 'cat', 'src', 'q', 'read', 'v', 'data'] as const;
type Key = (typeof KEYS)[number];

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
const MAX_SEARCH = 200;
const MAX_ZOOM = 22;
const MAX_PITCH = 85;

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

function decodeCamera(value: string): Camera | string {
  const parts = value.split('/');
  if (parts.length < 3 || parts.length > 5) return 'expected zoom/lat/lon[/bearing[/pitch]]';
  const zoom = numberIn(parts[0], 'zoom', 0, MAX_ZOOM);
  const lat = numberIn(parts[1], 'latitude', -MERCATOR_MAX_LAT, MERCATOR_MAX_LAT);
  const lon = numberIn(parts[2], 'longitude', -180, 180);
  const bearing = parts[3] === undefined ? 0 : numberIn(parts[3], 'bearing', -180, 180);
  const pitch = parts[4] === undefined ? 0 : numberIn(parts[4], 'pitch', 0, MAX_PITCH);
  for (const v of [zoom, lat, lon, bearing, pitch]) if (typeof v === 'string') return v;
  return { zoom: zoom as number, center: [lon as number, lat as number], bearing: bearing as number, pitch: pitch as number };
}

function decodeList(value: string, valid: (item: string) => boolean): { items: string[]; bad: string[] } {
  const raw = value.split(',').map((s) => s.trim()).filter(Boolean);
  return { items: [...new Set(raw.filter(valid))], bad: raw.filter((s) => !valid(s)) };
}

/**
 * Decode a query string. Syntax and ranges are checked here; whether an event or source id
 * exists in the loaded data is checked by `resolveAgainstData`.
 */
export function decodeUrl(search: string): Decoded {
  const state: UrlState = {};
  const ignored: Ignored[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, ignored: [{ key: '(query)', value: search.slice(0, 80), reason: 'unreadable query string' }] };
  }
  const seen = new Set<string>();
  const get = (key: Key): string | undefined => params.get(key) ?? undefined;
  const ignore = (key: string, value: string, reason: string) =>
    ignored.push({ key, value: value.slice(0, 80), reason });

  for (const [key, value] of params) {
    if (!(KEYS as readonly string[]).includes(key)) ignore(key, value, 'unknown key');
    else if (seen.has(key)) ignore(key, value, 'repeated key; the first is used');
    seen.add(key);
  }

  const map = get('map');
  if (map !== undefined) {
    const camera = decodeCamera(map);
    if (typeof camera === 'string') ignore('map', map, camera);
    else state.camera = camera;
  }

  const from = get('from');
  const to = get('to');
  const fromDay = from === undefined ? null : parseDay(from);
  const toDayN = to === undefined ? null : parseDay(to);
  if (from !== undefined && fromDay === null) ignore('from', from, 'not a calendar date (YYYY-MM-DD)');
  if (to !== undefined && toDayN === null) ignore('to', to, 'not a calendar date (YYYY-MM-DD)');
  if (fromDay !== null && toDayN !== null) {
    if (fromDay > toDayN) {
      ignore('from', from!, `the window starts after it ends (${to})`);
      ignore('to', to!, 'the window starts after it ends');
    } else state.dateWindow = { start: fromDay, end: toDayN };
  } else if (fromDay !== null || toDayN !== null) {
    // Half a window is still a wish we can honour: the other end comes from the data.
    state.dateWindow = { start: fromDay ?? -Infinity, end: toDayN ?? Infinity };
  }

  const event = get('event');
  if (event !== undefined) {
    if (ID.test(event)) state.event = event;
    else ignore('event', event, 'not an event id');
  }

  const cat = get('cat');
  if (cat !== undefined) {
    const { items, bad } = decodeList(cat, (c) => (CATEGORIES as readonly string[]).includes(c));
    for (const b of bad) ignore('cat', b, 'unknown category');
    if (bad.length === 0 || items.length > 0) state.categories = items as Category[];
  }

  const src = get('src');
  if (src !== undefined) {
    const { items, bad } = decodeList(src, (s) => ID.test(s));
    for (const b of bad) ignore('src', b, 'not a source id');
    if (bad.length === 0 || items.length > 0) state.sources = items;
  }

  const q = get('q');
  if (q !== undefined) {
    if (q.length > MAX_SEARCH) ignore('q', q, `search longer than ${MAX_SEARCH} characters`);
    else state.search = q;
  }

  const read = get('read');
  if (read !== undefined) {
    if (ID.test(read)) state.read = read;
    else ignore('read', read, 'not a source id');
  }

  const v = get('v');
  if (v !== undefined) {
    if (/^[0-9a-f]{4,16}$/.test(v)) state.version = v;
    else ignore('v', v, 'not a data version');
  }

  const data = get('data');
  if (data !== undefined) {
    const ref = parseDataKey(data);
    if (typeof ref === 'string') ignore('data', data, ref);
    else state.data = data;
  }

  return { state, ignored };
}

/** What the loaded data knows, to check ids and clamp the window against. */
export interface UrlContext {
  /** The data's event ids (its `byId` map will do: a million-id copy cost 0.3 s). */
  eventIds: { has(id: string): boolean };
  sourceIds: ReadonlySet<string>;
  domain: { start: number; end: number };
  version: string;
}

export interface Resolved extends Decoded {
  /** The link was made on other data: the view may differ. */
  versionMismatch: boolean;
}

/** Drop what the loaded data does not have, and fill half-open windows from its domain. */
export function resolveAgainstData(decoded: Decoded, ctx: UrlContext): Resolved {
  const state: UrlState = { ...decoded.state };
  const ignored = [...decoded.ignored];
  if (state.event !== undefined && !ctx.eventIds.has(state.event)) {
    ignored.push({ key: 'event', value: state.event, reason: 'no such event in this data set' });
    delete state.event;
  }
  if (state.sources) {
    for (const s of state.sources.filter((id) => !ctx.sourceIds.has(id))) {
      ignored.push({ key: 'src', value: s, reason: 'no such source in this data set' });
    }
    const known = state.sources.filter((id) => ctx.sourceIds.has(id));
    if (known.length > 0 || state.sources.length === 0) state.sources = known;
    else delete state.sources;
  }
  if (state.read !== undefined && !ctx.sourceIds.has(state.read)) {
    ignored.push({ key: 'read', value: state.read, reason: 'no such source in this data set' });
    delete state.read;
  }
  if (state.dateWindow) {
    const start = Number.isFinite(state.dateWindow.start) ? state.dateWindow.start : ctx.domain.start;
    const end = Number.isFinite(state.dateWindow.end) ? state.dateWindow.end : ctx.domain.end;
    if (start > end) {
      ignored.push({ key: 'from', value: toIso(start), reason: 'the window would start after it ends' });
      delete state.dateWindow;
    } else state.dateWindow = { start, end };
  }
  const versionMismatch = state.version !== undefined && state.version !== ctx.version;
  return { state, ignored, versionMismatch };
}

/** Encode a state; keys in a fixed order, numbers rounded so links stay short and stable. */
export function encodeUrl(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.camera) {
    const { zoom, center, bearing, pitch } = state.camera;
    const parts = [round(zoom, 2), round(center[1], 5), round(center[0], 5)];
    if (round(bearing, 1) !== 0 || round(pitch, 1) !== 0) parts.push(round(bearing, 1), round(pitch, 1));
    params.set('map', parts.join('/'));
  }
  if (state.dateWindow) {
    // A half-open window (only `from` or only `to` in the link) stays half-open.
    if (Number.isFinite(state.dateWindow.start)) params.set('from', toIso(state.dateWindow.start));
    if (Number.isFinite(state.dateWindow.end)) params.set('to', toIso(state.dateWindow.end));
  }
  if (state.event) params.set('event', state.event);
  if (state.categories) params.set('cat', state.categories.join(','));
  if (state.sources) params.set('src', state.sources.join(','));
  if (state.search) params.set('q', state.search);
  if (state.read) params.set('read', state.read);
  if (state.version) params.set('v', state.version);
  if (state.data) params.set('data', state.data);
  // Commas, slashes and colons are safe in a query; keeping them literal keeps links readable.
  return params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/').replace(/%3A/g, ':');
}

/** One line for the notice: "Ignored from the link: event “x” (no such event…); zoom …". */
export function describeIgnored(ignored: readonly Ignored[]): string {
  return ignored.map((i) => `${i.key}${i.value ? ` “${i.value}”` : ''} (${i.reason})`).join('; ');
}
