import { describe, expect, it } from 'vitest';
import { BASEMAP_CHOICE_KEY, parseBasemapChoice, readBasemapChoice, writeBasemapChoice } from './basemap-choice';

const base = 'https://atlas.example/app/';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
    items,
  };
}

describe('basemap choice', () => {
  it('is the embedded basemap unless the reader stored another', () => {
    expect(readBasemapChoice(undefined, base)).toEqual({ kind: 'embedded' });
    expect(readBasemapChoice(memoryStorage(), base)).toEqual({ kind: 'embedded' });
  });

  it('round-trips a style URL and a PMTiles file through storage; embedded clears it', () => {
    const storage = memoryStorage();
    writeBasemapChoice(storage, { kind: 'pmtiles', url: 'https://tiles.example/world.pmtiles' });
    expect(readBasemapChoice(storage, base)).toEqual({ kind: 'pmtiles', url: 'https://tiles.example/world.pmtiles' });
    writeBasemapChoice(storage, { kind: 'style', url: 'https://tiles.example/style.json' });
    expect(readBasemapChoice(storage, base)).toEqual({ kind: 'style', url: 'https://tiles.example/style.json' });
    writeBasemapChoice(storage, { kind: 'embedded' });
    expect(storage.items.has(BASEMAP_CHOICE_KEY)).toBe(false);
  });

  it('names what is wrong with a bad URL, and a bad stored value falls back to embedded', () => {
    expect(parseBasemapChoice('style', '', base)).toMatch(/enter the URL/);
    expect(parseBasemapChoice('pmtiles', 'javascript:alert(1)', base)).toMatch(/not an http\(s\) URL/);
    expect(parseBasemapChoice('tiles', 'https://x', base)).toMatch(/unknown basemap kind/);
    expect(parseBasemapChoice('pmtiles', 'tiles/world.pmtiles', base)).toEqual({ kind: 'pmtiles', url: 'https://atlas.example/app/tiles/world.pmtiles' });
    const storage = memoryStorage();
    storage.setItem(BASEMAP_CHOICE_KEY, '{not json');
    expect(readBasemapChoice(storage, base)).toEqual({ kind: 'embedded' });
    storage.setItem(BASEMAP_CHOICE_KEY, JSON.stringify({ kind: 'style', url: 'file:///etc/passwd' }));
    expect(readBasemapChoice(storage, base)).toEqual({ kind: 'embedded' });
  });
});
