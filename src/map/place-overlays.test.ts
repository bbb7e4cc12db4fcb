import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { testPlace } from '../test-support/fixtures';
import { SOURCE } from './layers';
import { PlaceOverlays } from './place-overlays';

/** A map with GeoJSON sources that keep what they were given, and `once` listeners to fire. */
function fakeMap() {
  const data = new Map<string, GeoJSON.FeatureCollection>();
  const once = new Map<string, Array<() => void>>();
  const states: Array<[unknown, unknown]> = [];
  const map = {
    getSource: (id: string) => ({ setData: (d: GeoJSON.FeatureCollection) => data.set(id, d) }),
    once: (type: string, fn: () => void) => once.set(type, [...(once.get(type) ?? []), fn]),
    setFeatureState: (target: unknown, state: unknown) => states.push([target, state]),
  };
  const fire = (type: string) => {
    const fns = once.get(type) ?? [];
    once.delete(type);
    for (const fn of fns) fn();
  };
  const count = (id: string) => data.get(id)?.features.length ?? null;
  return { map: map as unknown as MapLibreMap, fire, count, data, states };
}

const places = Array.from({ length: 6 }, (_, i) => testPlace(`p${i}`, { point: [30 + i, 50], radiusKm: 20 }));

describe('PlaceOverlays', () => {
  it('puts every place’s area and name in the map for a small data set', () => {
    const { map, count } = fakeMap();
    new PlaceOverlays(map).setPlaces(places);
    expect(count(SOURCE.areas)).toBe(6);
    expect(count(SOURCE.places)).toBe(6);
  });

  it('for a large one, no areas but the focused place’s, and the names once the map has drawn', () => {
    const { map, count, fire, data, states } = fakeMap();
    const overlays = new PlaceOverlays(map);
    overlays.setPlaces(places, true);
    expect(count(SOURCE.areas)).toBe(0);
    expect(count(SOURCE.places)).toBe(0);
    fire('idle');
    expect(count(SOURCE.places)).toBe(6);

    overlays.focus(places[3]!);
    expect(data.get(SOURCE.areas)!.features.map((f) => f.id)).toEqual([3]);
    expect(states.at(-1)).toEqual([{ source: SOURCE.areas, id: 3 }, { focus: true }]);
    overlays.focus(null);
    expect(count(SOURCE.areas)).toBe(0);
  });

  it('drops the names of an older data set that come after a newer one’s', () => {
    const { map, count, fire } = fakeMap();
    const overlays = new PlaceOverlays(map);
    overlays.setPlaces(places, true);
    overlays.setPlaces(places.slice(0, 2));
    expect(count(SOURCE.places)).toBe(2);
    fire('idle');
    expect(count(SOURCE.places)).toBe(2);
  });
});
