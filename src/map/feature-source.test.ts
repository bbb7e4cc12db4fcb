import { describe, expect, it } from 'vitest';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { addFeatureSource, setFeatures } from './feature-source';

const point: GeoJSON.Feature = { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: {} };
const collection = (n: number): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: Array.from({ length: n }, () => point) });

function fakeMap() {
  const sets: number[] = [];
  const sources = new Map<string, GeoJSONSource>();
  const map = {
    addSource: (id: string) => sources.set(id, { setData: (d: GeoJSON.FeatureCollection) => sets.push(d.features.length) } as unknown as GeoJSONSource),
    getSource: (id: string) => sources.get(id),
  } as unknown as MapLibreMap;
  return { map, sets, source: (id: string) => sources.get(id) };
}

describe('setFeatures', () => {
  it('skips only a change from empty to empty', () => {
    const { map, sets, source } = fakeMap();
    addFeatureSource(map, 's');
    for (const n of [0, 0, 2, 2, 0, 0, 1]) setFeatures(source('s'), collection(n));
    expect(sets).toEqual([2, 2, 0, 1]);
  });

  it('a source it did not add is set the first time, even empty, then skipped while empty', () => {
    const { map, sets, source } = fakeMap();
    map.addSource('other', { type: 'geojson', data: collection(3) });
    for (const n of [0, 0, 1]) setFeatures(source('other'), collection(n));
    expect(sets).toEqual([0, 1]);
    setFeatures(undefined, collection(1));
    expect(sets).toEqual([0, 1]);
  });
});
