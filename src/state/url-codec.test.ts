import { describe, expect, it, vi } from 'vitest';
import { buildAtlasData } from '../domain/atlas-event';
import { datasetOf, eventFeature } from '../test-support/fixtures';
import { fakeBrowser } from '../test-support/fake-browser';
import { createAtlasStore } from './store';
import { createUrlCodec } from './url-codec';
import { oneParam } from './url-field';
import { decodeUrl, URL_FIELDS } from './url-state';
import { startUrlSync } from './url-sync';
import { WRITE_DELAY_MS } from './url-timing';

/** A key the app does not have: playback speed, declared the way every key is. */
const speed = oneParam<number>('speed', {
  decode: (text, refuse) => {
    const n = Number(text);
    return Number.isInteger(n) && n > 0 && n <= 365 ? n : void refuse('not a speed in days per second');
  },
  encode: (n) => String(n),
  fromStore: (s) => s.speed,
  toStore: (n, { store }) => store.getState().setSpeed(n ?? 7),
  watch: (s) => s.speed,
  write: { history: 'replace', afterMs: WRITE_DELAY_MS },
});

describe('adding a URL key is one declaration', () => {
  const codec = createUrlCodec({ ...URL_FIELDS, speed });

  it('is decoded, refused with a reason and encoded with the other keys', () => {
    expect(decodeUrl('speed=30').ignored[0]?.reason).toBe('unknown key');
    expect(codec.params.at(-1)).toBe('speed');
    expect(codec.decode('cat=strike&speed=30')).toEqual({ state: { categories: ['strike'], speed: 30 }, ignored: [] });
    expect(codec.decode('speed=fast').ignored).toEqual([{ key: 'speed', value: 'fast', reason: 'not a speed in days per second' }]);
    expect(codec.encode({ search: 'kursk', speed: 30 })).toBe('q=kursk&speed=30');
  });

  it('is applied to the store from a link and written back when it changes', () => {
    vi.useFakeTimers();
    const store = createAtlasStore();
    const env = fakeBrowser('?speed=30');
    startUrlSync(store, env, codec);
    store.getState().setData(buildAtlasData(datasetOf([eventFeature('e1', '2024-10-01', '2024-10-01')])), '12345678', []);
    expect(store.getState().speed).toBe(30);
    expect(env.location.search).toContain('speed=30');
    store.getState().setSpeed(1);
    vi.advanceTimersByTime(WRITE_DELAY_MS);
    expect(env.location.search).toContain('speed=1');
    expect(env.history.pushState).not.toHaveBeenCalled();
    vi.useRealTimers();
  });
});
