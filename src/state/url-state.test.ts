import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../domain/schema';
import { toDay, toIso } from '../domain/days';
import { decodeUrl, describeIgnored, encodeUrl, KEYS, resolveAgainstData, type UrlState } from './url-state';

const day = fc.integer({ min: toDay('1990-01-01'), max: toDay('2100-12-31') });
const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);

const stateArb: fc.Arbitrary<UrlState> = fc.record(
  {
    camera: fc.record({
      center: fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -85, max: 85, noNaN: true })),
      zoom: fc.double({ min: 0, max: 22, noNaN: true }),
      bearing: fc.double({ min: -180, max: 180, noNaN: true }),
      pitch: fc.double({ min: 0, max: 85, noNaN: true }),
    }),
    dateWindow: fc.tuple(day, fc.integer({ min: 0, max: 2000 })).map(([s, n]) => ({ start: s, end: s + n })),
    event: id,
    categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES)),
    sources: fc.uniqueArray(id, { minLength: 1, maxLength: 5 }),
    search: fc.string({ maxLength: 60 }),
    read: id,
    version: fc.stringMatching(/^[0-9a-f]{8}$/),
    data: fc.oneof(
      fc.stringMatching(/^(?:[a-z0-9_-]{1,8}\/){1,3}$/),
      fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '' && [...s].every((c) => c >= ' ' && c !== '\u007f')).map((s) => `file:${s}`),
      fc.webUrl({ validSchemes: ['https'] }).filter((u) => !u.includes('@')).map((u) => new URL(u).href),
    ),
  },
  { requiredKeys: [] },
);

describe('URL codec round trip', () => {
  it('decode(encode(s)) re-encodes to the same string, with nothing ignored', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        const encoded = encodeUrl(s);
        const { state, ignored } = decodeUrl(encoded);
        expect(ignored).toEqual([]);
        expect(encodeUrl(state)).toBe(encoded);
      }),
    );
  });

  it('keeps everything but the rounding of the camera', () => {
    const s: UrlState = {
      camera: { center: [36.123456, 51.7], zoom: 5.256, bearing: 12.34, pitch: 30 },
      dateWindow: { start: toDay('2024-10-01'), end: toDay('2024-10-31') },
      event: 'evt-kursk',
      categories: ['strike', 'deployment'],
      sources: ['src-000'],
      search: 'North Korean & “troops”',
      read: 'src-003',
      version: 'abcdef12',
    };
    const out = decodeUrl(encodeUrl(s)).state;
    expect(out).toEqual({ ...s, camera: { center: [36.12346, 51.7], zoom: 5.26, bearing: 12.3, pitch: 30 } });
    expect(encodeUrl(s)).toContain('map=5.26/51.7/36.12346/12.3/30');
    expect(encodeUrl(s)).toContain('cat=strike,deployment');
  });
});

describe('hostile URLs', () => {
  it('never throws, and every key that was kept re-encodes cleanly', () => {
    const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 }));
    // Values near the valid ones find more edge cases than random strings alone.
    const value = fc.oneof(
      fc.string({ maxLength: 40 }),
      day.map(toIso),
      fc.array(fc.oneof(fc.double(), fc.constantFrom('NaN', '-0', '1e3', '')), { maxLength: 6 }).map((xs) => xs.join('/')),
      fc.array(fc.constantFrom(...CATEGORIES, 'x', ''), { maxLength: 4 }).map((xs) => xs.join(',')),
    );
    const query = fc.array(fc.tuple(key, value), { maxLength: 12 }).map((pairs) =>
      pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'),
    );
    fc.assert(
      fc.property(fc.oneof(query, fc.string({ maxLength: 200 })), (q) => {
        const { state } = decodeUrl(q);
        expect(decodeUrl(encodeUrl(state)).ignored).toEqual([]);
      }),
    );
  });

  it('ignores each bad key with a reason and applies the rest', () => {
    const { state, ignored } = decodeUrl(
      '?map=99/91/200&from=2024-02-30&to=2024-10-31&event=<script>&cat=strike,rumour&q=kursk&zzz=1&v=NOT-HEX',
    );
    expect(state).toEqual({ dateWindow: { start: -Infinity, end: toDay('2024-10-31') }, categories: ['strike'], search: 'kursk' });
    expect(ignored.map((i) => i.key).sort()).toEqual(['cat', 'event', 'from', 'map', 'v', 'zzz']);
    expect(ignored.find((i) => i.key === 'map')?.reason).toBe('zoom 99 is outside 0…22');
    expect(describeIgnored(ignored)).toContain('from “2024-02-30” (not a calendar date (YYYY-MM-DD))');
  });

  it('takes another data set from a folder on this site, a file name or an https address', () => {
    expect(decodeUrl('data=bench/100k/').state.data).toBe('bench/100k/');
    expect(decodeUrl('data=/datasets/acled/').state.data).toBe('/datasets/acled/');
    expect(decodeUrl('data=file:acled.csv').state.data).toBe('file:acled.csv');
    expect(decodeUrl('data=https://example.org/x/').state.data).toBe('https://example.org/x/');
    expect(encodeUrl({ data: 'https://example.org/x/' })).toBe('data=https://example.org/x/');
    for (const bad of ['http://evil.example/x/', '//evil.example/x/', '../secret/', 'a/../../b/', 'javascript:alert(1)/', 'events.geojson', 'file:']) {
      const { state, ignored } = decodeUrl(`data=${encodeURIComponent(bad)}`);
      expect(state.data).toBeUndefined();
      expect(ignored[0]?.key).toBe('data');
    }
  });

  it('rejects NaN, Infinity and reversed windows', () => {
    expect(decodeUrl('map=NaN/1/1').ignored[0]?.reason).toBe('zoom "NaN" is not a number');
    expect(decodeUrl('map=Infinity/1/1').ignored[0]?.reason).toContain('not a number');
    expect(decodeUrl('from=2024-10-31&to=2024-10-01').state.dateWindow).toBeUndefined();
  });
});

describe('resolveAgainstData', () => {
  const ctx = {
    eventIds: new Set(['evt-a']),
    sourceIds: new Set(['src-000', 'src-001']),
    domain: { start: toDay('2024-05-01'), end: toDay('2024-11-30') },
    version: 'aaaa1111',
  };

  it('drops unknown ids and fills a half window from the data', () => {
    const r = resolveAgainstData(decodeUrl('event=evt-zzz&src=src-000,src-999&read=src-9&from=2024-10-01&v=bbbb2222'), ctx);
    expect(r.state).toEqual({ sources: ['src-000'], dateWindow: { start: toDay('2024-10-01'), end: ctx.domain.end }, version: 'bbbb2222' });
    expect(r.ignored.map((i) => `${i.key}=${i.value}`)).toEqual(['event=evt-zzz', 'src=src-999', 'read=src-9']);
    expect(r.ignored.map((i) => i.reason)).toEqual(['no such event in this data set', ...Array(2).fill('no such source in this data set')]);
    expect(decodeUrl('event=%3Cx%3E&read=..').ignored.map((i) => i.reason)).toEqual(['not an event id', 'not a source id']);
  });

  it('keeps a known event and the version quietly', () => {
    const r = resolveAgainstData(decodeUrl('event=evt-a&v=aaaa1111'), ctx);
    expect(r).toEqual({ state: { event: 'evt-a', version: 'aaaa1111' }, ignored: [] });
  });
});
