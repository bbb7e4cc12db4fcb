import { describe, expect, it } from 'vitest';
import { arcFeatures, areaFeatures, eventsBounds } from './map-data';
import { makeEvent } from '../domain/test-events';
import type { Place } from '../domain/types';

const kursk: Place = { id: 'kursk', name: 'Kursk region', aliases: [], kind: 'region', point: [36.2, 51.7], radiusKm: 150 };
const east: Place = { id: 'east', name: 'Eastern Russia', aliases: [], kind: 'area', point: [132, 45], radiusKm: 1200 };
const kyiv: Place = { id: 'kyiv', name: 'Kyiv', aliases: [], kind: 'city', point: [30.52, 50.45] };

describe('map data', () => {
  it('draws areas only for places larger than a city, as circles of their radius', () => {
    const fc = areaFeatures([kursk, kyiv]);
    expect(fc.features.map((f) => f.properties.place)).toEqual(['kursk']);
    const ring = fc.features[0]!.geometry.coordinates[0]!;
    const northMost = Math.max(...ring.map((p) => p[1]!));
    expect(northMost - 51.7).toBeCloseTo(150 / 111.2, 1);
  });

  it('draws an arc only for events with an origin elsewhere', () => {
    const arcs = arcFeatures([
      makeEvent({ id: 'm', start: 1, end: 2, place: kursk, origin: east }),
      makeEvent({ id: 'n', start: 1, end: 2, place: kursk }),
    ]);
    expect(arcs.features.map((f) => f.properties.eid)).toEqual(['m']);
    const coords = arcs.features[0]!.geometry.coordinates as number[][];
    expect(coords[0]).toEqual([132, 45]);
    expect(coords.at(-1)![0]).toBeCloseTo(36.2, 5);
  });

  it('bounds cover the areas, not only the points', () => {
    const b = eventsBounds([makeEvent({ id: 'a', start: 1, end: 1, place: kursk })])!;
    expect(b[1]).toBeLessThan(51.7 - 1.3);
    expect(b[3]).toBeGreaterThan(51.7 + 1.3);
    expect(eventsBounds([])).toBeNull();
  });
});
