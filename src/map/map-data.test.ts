import { describe, expect, it } from 'vitest';
import { arcFeatures, areaFeatures } from './map-data';
import { testEvent, testPlace } from '../test-support/fixtures';

const kursk = testPlace('kursk', { kind: 'region', point: [36.2, 51.7], radiusKm: 150 });
const east = testPlace('east', { kind: 'area', point: [132, 45], radiusKm: 1200 });
const kyiv = testPlace('kyiv', { point: [30.52, 50.45] });

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
      testEvent({ id: 'm', start: 1, end: 2, place: kursk, origin: east }),
      testEvent({ id: 'n', start: 1, end: 2, place: kursk }),
    ]);
    expect(arcs.features.map((f) => f.properties.eid)).toEqual(['m']);
    const coords = arcs.features[0]!.geometry.coordinates as number[][];
    expect(coords[0]).toEqual([132, 45]);
    expect(coords.at(-1)![0]).toBeCloseTo(36.2, 5);
  });
});
