import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mercatorX, mercatorY } from '../domain/mercator';
import { badgeLabel, clusterPlaces, countByPlace, groupBounds, type PlaceCount } from './clusters';

/** World pixels of a point at a zoom, as MapLibre places it. */
const px = ([lng, lat]: [number, number], zoom: number) => [mercatorX(lng) * 512 * 2 ** zoom, mercatorY(lat) * 512 * 2 ** zoom] as const;

describe('clusterPlaces', () => {
  const kursk: PlaceCount = { id: 'kursk', point: [36.2, 51.6], n: 9 };
  const nearUkraine: PlaceCount = { id: 'near', point: [37.2, 51], n: 2 };
  const seoul: PlaceCount = { id: 'seoul', point: [126.98, 37.57], n: 3 };

  it('groups places closer than the radius and keeps far ones apart; the busiest place seeds', () => {
    const clusters = clusterPlaces([nearUkraine, seoul, kursk], 4, 48);
    expect(clusters).toEqual([
      { point: kursk.point, n: 11, places: ['kursk', 'near'] },
      { point: seoul.point, n: 3, places: ['seoul'] },
    ]);
  });

  it('splits a group once the zoom puts its places further apart than the radius', () => {
    expect(clusterPlaces([kursk, nearUkraine], 7, 48).map((c) => c.places)).toEqual([['kursk'], ['near']]);
  });

  it('groups across the antimeridian', () => {
    const west: PlaceCount = { id: 'w', point: [179.99, 65], n: 1 };
    const east: PlaceCount = { id: 'e', point: [-179.99, 65], n: 1 };
    expect(clusterPlaces([west, east], 5, 48)).toHaveLength(1);
  });

  it('keeps every event, puts each place in one group, and keeps seeds more than the radius apart', () => {
    const place = fc.record({
      lng: fc.double({ min: -180, max: 180, noNaN: true }),
      lat: fc.double({ min: -80, max: 80, noNaN: true }),
      n: fc.integer({ min: 0, max: 50 }),
    });
    fc.assert(
      fc.property(fc.array(place, { maxLength: 80 }), fc.double({ min: 0, max: 9, noNaN: true }), (raw, zoom) => {
        const counts = raw.map((p, i): PlaceCount => ({ id: `p${i}`, point: [p.lng, p.lat], n: p.n }));
        const clusters = clusterPlaces(counts, zoom, 48);
        const placed = clusters.flatMap((c) => c.places).sort();
        expect(placed).toEqual(counts.filter((c) => c.n > 0).map((c) => c.id).sort());
        expect(clusters.reduce((s, c) => s + c.n, 0)).toBe(counts.reduce((s, c) => s + c.n, 0));
        const world = 512 * 2 ** zoom;
        for (let i = 0; i < clusters.length; i++) {
          for (let j = i + 1; j < clusters.length; j++) {
            const [ax, ay] = px(clusters[i]!.point, zoom);
            const [bx, by] = px(clusters[j]!.point, zoom);
            const dx = Math.min(Math.abs(ax - bx), world - Math.abs(ax - bx));
            expect(Math.hypot(dx, ay - by)).toBeGreaterThan(48);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('clusterPlaces with ranks', () => {
  it('makes the same groups when told each place’s rank in id order', () => {
    const place = fc.record({
      lng: fc.double({ min: 20, max: 60, noNaN: true }),
      lat: fc.double({ min: 40, max: 60, noNaN: true }),
      n: fc.integer({ min: 0, max: 4 }),
      id: fc.string({ minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(place, { selector: (p) => p.id, maxLength: 60 }), fc.double({ min: 2, max: 8, noNaN: true }), (raw, zoom) => {
        const counts = raw.map((p): PlaceCount => ({ id: p.id, point: [p.lng, p.lat], n: p.n }));
        const ids = raw.map((p) => p.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        const ranked = counts.map((c) => ({ ...c, rank: ids.indexOf(c.id) }));
        expect(clusterPlaces(ranked, zoom, 56)).toEqual(clusterPlaces(counts, zoom, 56));
      }),
      { numRuns: 300 },
    );
  });
});

describe('countByPlace and badgeLabel', () => {
  it('counts the window events per place', () => {
    const a = { id: 'a', point: [1, 2] as [number, number] };
    const b = { id: 'b', point: [3, 4] as [number, number] };
    expect(countByPlace([{ place: a }, { place: b }, { place: a }])).toEqual([
      { id: 'a', point: [1, 2], n: 2 },
      { id: 'b', point: [3, 4], n: 1 },
    ]);
  });

  it('abbreviates thousands so a badge keeps its size', () => {
    expect([badgeLabel(2), badgeLabel(999), badgeLabel(1234), badgeLabel(123_456)]).toEqual(['×2', '×999', '×1.2k', '×123k']);
  });
});

describe('groupBounds', () => {
  const byId = new Map([
    ['kursk', { point: [36.19, 51.73] as [number, number] }],
    ['sudzha', { point: [35.27, 51.19] as [number, number] }],
    ['belgorod', { point: [36.59, 50.6] as [number, number] }],
  ]);

  it('is the box around a group’s places, to zoom in on', () => {
    expect(groupBounds(['kursk', 'sudzha', 'belgorod'], byId)).toEqual([35.27, 50.6, 36.59, 51.73]);
  });

  it('is null for one place, or places it does not know', () => {
    expect(groupBounds(['kursk'], byId)).toBeNull();
    expect(groupBounds(['kursk', 'nowhere'], byId)).toBeNull();
    expect(groupBounds(['kursk', 'sudzha'], undefined)).toBeNull();
  });
});
