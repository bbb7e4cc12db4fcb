import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coreBounds, firstViewOf, type Bounds, type WeightedPoint } from './first-view';
import { dataFirstView, type AtlasData, type AtlasEvent } from './atlas-event';

const at = (lng: number, lat: number, weight: number): WeightedPoint => ({ point: [lng, lat], weight });
const inside = ([w, s, e, n]: number[], p: WeightedPoint) => p.point[0] >= w! && p.point[0] <= e! && p.point[1] >= s! && p.point[1] <= n!;

describe('coreBounds: the smallest view holding most events', () => {
  // The seed story's shape: most events around Kursk and Donetsk, a few in the Far East and
  // Korea, statements from Washington and Brussels far away.
  const kursk = at(36.2, 51.6, 25);
  const nearUkraine = at(37.2, 51, 6);
  const donetsk = at(37.8, 48, 8);
  const kyiv = at(30.52, 50.45, 6);
  const moscow = at(37.62, 55.75, 4);
  const washington = at(-77.04, 38.9, 4);
  const brussels = at(4.35, 50.85, 6);
  const seoul = at(126.98, 37.57, 2);
  const story = [kursk, nearUkraine, donetsk, kyiv, moscow, washington, brussels, seoul];

  it('leaves out the outliers and keeps the theatre', () => {
    const b = coreBounds(story, 0.8)!;
    for (const p of [kursk, nearUkraine, donetsk, kyiv, moscow]) expect(inside(b, p)).toBe(true);
    for (const p of [washington, brussels, seoul]) expect(inside(b, p)).toBe(false);
  });

  it('with a share of 1 it is every event', () => {
    expect(coreBounds(story, 1)).toEqual([-77.04, 37.57, 126.98, 55.75]);
  });

  it('no events: no bounds; one place: that point', () => {
    expect(coreBounds([])).toBeNull();
    expect(coreBounds([at(10, 20, 0)])).toBeNull();
    expect(coreBounds([at(10, 20, 3)])).toEqual([10, 20, 10, 20]);
  });

  it('always holds at least the share of the events', () => {
    const point = fc.record({
      lng: fc.double({ min: -180, max: 180, noNaN: true }),
      lat: fc.double({ min: -80, max: 80, noNaN: true }),
      w: fc.integer({ min: 0, max: 20 }),
    });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 60 }), fc.double({ min: 0.1, max: 1, noNaN: true }), (raw, share) => {
        const points = raw.map((p) => at(p.lng, p.lat, p.w));
        const total = points.reduce((s, p) => s + p.weight, 0);
        const b = coreBounds(points, share);
        if (total === 0) {
          expect(b).toBeNull();
          return;
        }
        const kept = points.filter((p) => inside(b!, p)).reduce((s, p) => s + p.weight, 0);
        expect(kept).toBeGreaterThanOrEqual(share * total - 1e-9);
      }),
      { numRuns: 300 },
    );
  });
});

describe('dataFirstView', () => {
  const place = (id: string, point: [number, number]) => ({ id, name: id, aliases: [], kind: 'city' as const, point });
  const data = (points: Array<[number, number]>, firstView?: Bounds | null): AtlasData => ({
    events: points.map((p, i) => ({ place: place(`p${i}`, p) }) as unknown as AtlasEvent),
    byId: new Map(),
    places: new Map(),
    sources: new Map(),
    domain: { start: 0, end: 0 },
    ...(firstView !== undefined ? { firstView } : {}),
  });

  it('takes the load worker’s first view when it gave one, even none', () => {
    expect(dataFirstView(data([[30, 50]], [1, 2, 3, 4]))).toEqual([1, 2, 3, 4]);
    expect(dataFirstView(data([[30, 50]], null))).toBeNull();
  });

  it('else works it out from the events, once per data set', () => {
    const d = data([
      [30, 50],
      [31, 51],
    ]);
    const view = dataFirstView(d);
    expect(view).toEqual(firstViewOf(d.events));
    expect(dataFirstView(d)).toBe(view);
  });
});
