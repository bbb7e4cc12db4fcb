/**
 * Everything the URL needs, derived from a list of declared keys (`url-field.ts`): the known
 * parameters, decoding, encoding, checking against the data, reading and applying the store,
 * and which store values to watch. Decoding never throws: a bad value is ignored key by key,
 * with a reason a person can read, and everything good is applied.
 */
import type { AtlasState, AtlasStore } from './store';
import type { ApplyContext, Ignore, UrlContext, UrlField, UrlWrite } from './url-field';

export interface Ignored {
  key: string;
  value: string;
  reason: string;
}

/** The state a set of fields describes: each key's value, absent when not in the URL. */
export type StateOf<F> = { -readonly [K in keyof F]?: F[K] extends UrlField<infer T> ? T : never };

export interface Decoded<S> {
  state: S;
  ignored: Ignored[];
}

/** A store value to follow, and how its change reaches the address bar. */
export interface UrlWatch {
  select(s: AtlasState): unknown;
  write: UrlWrite;
}

export type Fields = Record<string, UrlField<unknown>>;

export interface UrlCodec<S> {
  /** Every query parameter, in the order they are written. */
  readonly params: readonly string[];
  decode(search: string): Decoded<S>;
  encode(state: S): string;
  /** Drop what the loaded data does not have, and complete values from it. */
  resolve(decoded: Decoded<S>, ctx: UrlContext): Decoded<S>;
  /** The URL state that describes what the store shows now (nothing before the data). */
  stateOf(s: AtlasState): S;
  /** Apply a decoded, resolved state to a store that has data, key by key. */
  apply(state: S, ctx: ApplyContext): void;
  /** Apply what may be applied before the data are in (the camera). */
  applyEarly(state: S, store: AtlasStore): void;
  readonly watches: readonly UrlWatch[];
}

const entries = <F extends Fields>(fields: F) => Object.entries(fields) as Array<[keyof F & string, UrlField<unknown>]>;

export function createUrlCodec<F extends Fields>(fields: F): UrlCodec<StateOf<F>> {
  type S = StateOf<F>;
  const list = entries(fields);
  const params = list.flatMap(([, f]) => f.params);
  const ignoring = (ignored: Ignored[]): Ignore => (key, value, reason) => ignored.push({ key, value: value.slice(0, 80), reason });

  return {
    params,

    decode(search) {
      const state: Record<string, unknown> = {};
      const ignored: Ignored[] = [];
      const ignore = ignoring(ignored);
      let query: URLSearchParams;
      try {
        query = new URLSearchParams(search);
      } catch {
        return { state: {} as S, ignored: [{ key: '(query)', value: search.slice(0, 80), reason: 'unreadable query string' }] };
      }
      const seen = new Set<string>();
      for (const [key, value] of query) {
        if (!params.includes(key)) ignore(key, value, 'unknown key');
        else if (seen.has(key)) ignore(key, value, 'repeated key; the first is used');
        seen.add(key);
      }
      for (const [name, field] of list) {
        const texts = field.params.map((p) => query.get(p) ?? undefined);
        if (texts.every((t) => t === undefined)) continue;
        const value = field.decode(texts, ignore);
        if (value !== undefined) state[name] = value;
      }
      return { state: state as S, ignored };
    },

    encode(state) {
      const query = new URLSearchParams();
      for (const [name, field] of list) {
        const value = state[name];
        if (value === undefined) continue;
        field.encode(value).forEach((text, i) => text !== undefined && query.set(field.params[i]!, text));
      }
      // Commas, slashes and colons are safe in a query; keeping them literal keeps links readable.
      return query.toString().replace(/%2C/g, ',').replace(/%2F/g, '/').replace(/%3A/g, ':');
    },

    resolve(decoded, ctx) {
      const state: Record<string, unknown> = { ...decoded.state };
      const ignored = [...decoded.ignored];
      const ignore = ignoring(ignored);
      for (const [name, field] of list) {
        if (state[name] === undefined || !field.resolve) continue;
        const value = field.resolve(state[name], ctx, ignore);
        if (value === undefined) delete state[name];
        else state[name] = value;
      }
      return { state: state as S, ignored };
    },

    stateOf(s) {
      const state: Record<string, unknown> = {};
      if (!s.data) return state as S;
      for (const [name, field] of list) {
        const value = field.fromStore(s, s.data);
        if (value !== undefined) state[name] = value;
      }
      return state as S;
    },

    apply(state, ctx) {
      for (const [name, field] of list) field.toStore(state[name], ctx);
    },

    applyEarly(state, store) {
      for (const [name, field] of list) {
        const value = state[name];
        if (value !== undefined) field.toStoreEarly?.(value, store);
      }
    },

    watches: list.map(([, f]) => ({ select: (s: AtlasState) => f.watch(s), write: f.write })),
  };
}

/** One line for the notice: "Ignored from the link: event “x” (no such event…); zoom …". */
export function describeIgnored(ignored: readonly Ignored[]): string {
  return ignored.map((i) => `${i.key}${i.value ? ` “${i.value}”` : ''} (${i.reason})`).join('; ');
}
