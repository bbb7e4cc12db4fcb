/**
 * What one key of the map-state URL declares, once: the query parameters it is written as,
 * how they decode and encode, how the value is checked against the loaded data, how it is read
 * from and applied to the store, and whether a change pushes a history entry. The codec
 * (`url-codec.ts`) derives everything else from a list of these.
 */
import type { AtlasData } from '../domain/atlas-event';
import type { AtlasState, AtlasStore } from './store';

/** Set a value of the URL aside, with a reason a person can read. */
export type Ignore = (param: string, value: string, reason: string) => void;

/** What the loaded data knows, to check ids and clamp the window against. */
export interface UrlContext {
  /** The data's event ids (its `byId` map will do: a million-id copy cost 0.3 s). */
  eventIds: { has(id: string): boolean };
  sourceIds: ReadonlySet<string>;
  domain: { start: number; end: number };
  version: string;
}

/** What a key needs to apply its value to a store that has data. */
export interface ApplyContext {
  store: AtlasStore;
  data: AtlasData;
  /** Source id (`src-000`) to seed file, for keys that name sources. */
  fileById: ReadonlyMap<string, string>;
  /** True when the link was just opened (not Back/Forward): say what does not fit. */
  announce: boolean;
}

/** When a change of the store reaches the address bar. */
export type UrlWrite =
  /** At once, as a new history entry: a step a user expects Back to undo. */
  | { history: 'push' }
  /** Replacing the current entry, once changes have paused this long. */
  | { history: 'replace'; afterMs: number };

/**
 * One key. Methods, not function properties, so a list of keys of different value types
 * is still a list of `UrlField<unknown>`.
 */
export interface UrlField<T> {
  /** The query parameters, in the order they are written (`map`; `from`, `to`). */
  readonly params: readonly string[];
  /**
   * The value from the parameters' texts (`undefined` where absent; at least one is present),
   * or undefined when nothing usable was there; every refused text goes to `ignore`.
   */
  decode(texts: ReadonlyArray<string | undefined>, ignore: Ignore): T | undefined;
  /** The parameters' texts, aligned with `params`; undefined leaves one out. */
  encode(value: T): ReadonlyArray<string | undefined>;
  /** Check the value against the loaded data; undefined drops it. Absent: nothing to check. */
  resolve?(value: T, ctx: UrlContext, ignore: Ignore): T | undefined;
  /** The value that describes what the store shows now. */
  fromStore(s: AtlasState, data: AtlasData): T | undefined;
  /**
   * Make the store show the value (undefined: the key is absent, so its default). Keys apply
   * in the order they are declared, so a key may read what an earlier one set.
   */
  toStore(value: T | undefined, ctx: ApplyContext): void;
  /** Applied as soon as the URL is read, before any data: the map opens there. */
  toStoreEarly?(value: T, store: AtlasStore): void;
  /** The store value whose change this key writes (compared by identity). */
  watch(s: AtlasState): unknown;
  write: UrlWrite;
}

/** Set a value of this key's parameter aside: the whole text unless told which part. */
export type Refuse = (reason: string, value?: string) => void;

/** The parts of a field that read one parameter; `decode` gets its text. */
type OneParam<T> = Omit<UrlField<T>, 'params' | 'decode' | 'encode' | 'resolve'> & {
  /** The value, or undefined after calling `refuse` for what was wrong. */
  decode(text: string, refuse: Refuse): T | undefined;
  encode(value: T): string | undefined;
  resolve?(value: T, ctx: UrlContext, refuse: Refuse): T | undefined;
};

/** A key written as a single query parameter. */
export function oneParam<T>(param: string, field: OneParam<T>): UrlField<T> {
  const { decode, encode, resolve, ...rest } = field;
  const refusing = (ignore: Ignore, whole: string): Refuse => (reason, value = whole) => ignore(param, value, reason);
  return {
    ...rest,
    params: [param],
    decode: ([text], ignore) => decode(text!, refusing(ignore, text!)),
    encode: (value) => [encode(value)],
    ...(resolve && { resolve: (value: T, ctx: UrlContext, ignore: Ignore) => resolve(value, ctx, refusing(ignore, String(value))) }),
  };
}

/**
 * An id of the loaded data (`noun`: "event", "source"): its shape checked when decoding, its
 * existence when resolving against the data (`known`).
 */
export function dataId(noun: string, known: (ctx: UrlContext) => { has(id: string): boolean }) {
  return {
    decode: (text: string, refuse: Refuse) => (ID.test(text) ? text : void refuse(`not ${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun} id`)),
    encode: (id: string) => id,
    resolve: (id: string, ctx: UrlContext, refuse: Refuse) => (known(ctx).has(id) ? id : void refuse(`no such ${noun} in this data set`)),
  };
}

/** An id of the data (an event, a source): checked for shape here, for existence on resolve. */
export const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

/**
 * Decode a comma-separated list, keeping the valid items (once each) and refusing each bad
 * one by itself. A list of only bad items decodes to nothing; an empty list is a value.
 */
export function decodeList(text: string, valid: (item: string) => boolean, badReason: string, refuse: Refuse): string[] | undefined {
  const raw = text.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = raw.filter((s) => !valid(s));
  for (const b of bad) refuse(badReason, b);
  const items = [...new Set(raw.filter(valid))];
  return bad.length === 0 || items.length > 0 ? items : undefined;
}
