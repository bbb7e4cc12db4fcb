import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { testPlace } from '../test-support/fixtures';
import { LAYER, PLACE_LABEL_MINZOOM, SOURCE } from './layers';
import { PlaceOverlays } from './place-overlays';

/** A map with GeoJSON sources that keep what they were given. */
function fakeMap() {
  const data = new Map<string, GeoJSON.FeatureCollection>();
  const states: Array<[unknown, unknown]> = [];
  const zooms = new Map<string, number>();
  const map = {
    getSource: (id: string) => ({ setData: (d: GeoJSON.FeatureCollection) => data.set(id, d) }),
    setFeatureState: (target: unknown, state: unknown) => states.push([target, state]),
    setLayerZoomRange: (id: string, min: number) => zooms.set(id, min),
  };
  const count = (id: string) => data.get(id)?.features.length ?? null;
  return { map: map as unknown as MapLibreMap, count, data, states, zooms };
}

const places = Array.from({ length: 6 }, (_, i) => testPlace(`p${i}`, { point: [30 + i, 50], radiusKm: 20 }));

describe('PlaceOverlays', () => {
  it('puts every place’s area and name in the map for a small data set', () => {
    const { map, count, zooms } = fakeMap();
    new PlaceOverlays(map).setPlaces(places);
    expect(count(SOURCE.areas)).toBe(6);
    expect(count(SOURCE.places)).toBe(6);
    expect(zooms.get(LAYER.placeLabels)).toBe(PLACE_LABEL_MINZOOM.small);
  });

  it('for a large one, no areas but the focused place’s, and names from a closer zoom', () => {
    const { map, count, data, states, zooms } = fakeMap();
    const overlays = new PlaceOverlays(map);
    overlays.setPlaces(places, true);
    expect(count(SOURCE.areas)).toBe(0);
    expect(count(SOURCE.places)).toBe(6);
    // Their names from a closer zoom, where they do not crowd.
    expect(zooms.get(LAYER.placeLabels)).toBe(PLACE_LABEL_MINZOOM.large);

    overlays.focus(places[3]!);
    expect(data.get(SOURCE.areas)!.features.map((f) => f.id)).toEqual([3]);
    expect(states.at(-1)).toEqual([{ source: SOURCE.areas, id: 3 }, { focus: true }]);
    overlays.focus(null);
    expect(count(SOURCE.areas)).toBe(0);
  });

  it('given the same places again (from the load’s header, then with the data), leaves the map alone', () => {
    const { map, data } = fakeMap();
    const overlays = new PlaceOverlays(map);
    overlays.setPlaces(places, true);
    const labels = data.get(SOURCE.places);
    overlays.setPlaces([...places], true);
    expect(data.get(SOURCE.places)).toBe(labels);
    // Other places, or the same ones drawn the small way, are set anew.
    overlays.setPlaces(places, false);
    expect(data.get(SOURCE.places)).not.toBe(labels);
    overlays.setPlaces(places.slice(0, 2), false);
    expect(data.get(SOURCE.places)!.features).toHaveLength(2);
  });
});
