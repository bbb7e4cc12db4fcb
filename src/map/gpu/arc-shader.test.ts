import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greatCirclePoints } from '../../domain/great-circle';
import { mercatorX, mercatorY } from '../../domain/mercator';
import { arcEnds } from './arc-batch';
import { placeMercator } from './batches';
import { ARC_POINTS, ARC_STEPS, arcPoint, type Rounding } from './arc-shader';

type LngLat = [number, number];
type Xy = [number, number];

/** The arc's Web Mercator ends as the batch lays them out. */
function ends(from: LngLat, to: LngLat): [Xy, Xy] {
  const [x0, y0, x1, y1] = arcEnds(placeMercator(), from, to);
  return [[x0, y0], [x1, y1]];
}

/** What the layer drew before the shader did it: the CPU's great circle, in Web Mercator. */
const cpu = (from: LngLat, to: LngLat): Xy[] => greatCirclePoints(from, to, ARC_POINTS).map(([lng, lat]) => [mercatorX(lng), mercatorY(lat)]);

/** Steps along the arc in float64: the maths alone, without the float32 of the GPU's steps. */
const EXACT_STEPS = Array.from({ length: ARC_POINTS }, (_, i) => i / (ARC_POINTS - 1));

/** The shader's vertices, by its mirror; in float32 (`r`), with the steps the GPU is given. */
function gpu(from: LngLat, to: LngLat, r?: Rounding): Xy[] {
  const [a, b] = ends(from, to);
  return [...(r ? ARC_STEPS : EXACT_STEPS)].map((t) => arcPoint(t, a, b, r));
}

/** The farthest any vertex of `p` is from its match in `q`, in worlds. */
const gap = (p: Xy[], q: Xy[]): number => Math.max(...p.map((v, i) => Math.hypot(v[0] - q[i]![0], v[1] - q[i]![1])));

/** The same on the ground, in worlds at the equator: Web Mercator stretches by 1 / cos(latitude). */
const groundGap = (p: Xy[], q: Xy[]): number =>
  Math.max(...p.map((v, i) => Math.hypot(v[0] - q[i]![0], v[1] - q[i]![1]) * Math.cos(inverseMercatorY(q[i]![1]))));

const inverseMercatorY = (y: number) => 2 * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - Math.PI / 2;

const RAD = Math.PI / 180;
/** Great-circle angle between two places, in degrees. */
function angle([l1, p1]: LngLat, [l2, p2]: LngLat): number {
  const c = Math.sin(p1 * RAD) * Math.sin(p2 * RAD) + Math.cos(p1 * RAD) * Math.cos(p2 * RAD) * Math.cos((l2 - l1) * RAD);
  return Math.acos(Math.max(-1, Math.min(1, c))) / RAD;
}

const lngLat = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -85, max: 85, noNaN: true }));
/** How far apart two longitudes are, 0..180. */
const lngApart = (a: number, b: number) => Math.abs(((((b - a) % 360) + 540) % 360) - 180);

/**
 * Pairs with one way between them: not antipodes, where no great circle is the right one; not
 * half a world apart in longitude, whose arc runs over a pole, where every longitude meets and
 * either world copy is as good; nor within metres, which greatCirclePoints draws as a line in
 * degrees.
 */
const pairs = fc
  .tuple(lngLat, lngLat)
  .filter(([a, b]) => angle(a, b) < 179 && angle(a, b) > 1e-4 && lngApart(a[0], b[0]) < 180 - 1e-6);

describe("the arcs' vertex shader, by its mirror", () => {
  it('puts every vertex on the great circle the CPU drew, and the ends exactly on the places', () => {
    fc.assert(
      fc.property(pairs, ([from, to]) => {
        const points = gpu(from, to);
        expect(gap(points, cpu(from, to))).toBeLessThan(1e-12);
        const [a, b] = ends(from, to);
        expect(points[0]).toEqual(a);
        expect(points[ARC_POINTS - 1]).toEqual(b);
      }),
      { numRuns: 500 },
    );
  });

  it('follows an arc across ±180° past the edge of the world, in either direction, without a jump', () => {
    for (const [from, to, last] of [
      [[170, 60], [-170, 62], 190],
      [[-170, 62], [170, 60], -190],
      [[179.9, -16], [-178, -18], 182],
    ] as Array<[LngLat, LngLat, number]>) {
      const points = gpu(from, to);
      for (let i = 1; i < points.length; i++) expect(Math.abs(points[i]![0] - points[i - 1]![0])).toBeLessThan(0.01);
      expect(points.at(-1)![0]).toBeCloseTo(mercatorX(last), 12);
      expect(gap(points, cpu(from, to))).toBeLessThan(1e-12);
    }
  });

  it('keeps an arc of a few centimetres across ±180° that short (the CPU’s line in degrees went round the world)', () => {
    const points = gpu([-179.9999994, 0], [179.9999997, 0]);
    for (const [x] of points) expect(Math.abs(x)).toBeLessThan(1e-8);
  });

  it('bends as the great circle does: a long east-west arc rises north of the straight line', () => {
    // Kyiv to Yekaterinburg: the great circle runs well north of the line between them on the map.
    const points = gpu([30.5, 50.45], [60.6, 56.84]);
    const [a, b] = ends([30.5, 50.45], [60.6, 56.84]);
    const middle = points[16]!;
    const onChord = a[1] + ((middle[0] - a[0]) / (b[0] - a[0])) * (b[1] - a[1]);
    // y grows southward: north of the line is a smaller y, here by over a hundredth of the world's height's half.
    expect(onChord - middle[1]).toBeGreaterThan(0.003);
  });

  it('rounded to float32 at every step, as the GPU computes, stays within metres of the great circle', () => {
    // The bend is worked out in float32 from coordinates in 0..1, so one float32 step of the
    // world (2^-24: 2.4 m on the ground, under half a pixel up to zoom 15 at the equator) is as
    // fine as it gets. The ends themselves are exact. Over 300,000 random routes the worst was
    // 4.8 steps (11 m) and, near antipodes, 62 steps (148 m); each bound is about twice that,
    // as 2,000 random routes a run reach close to the worst.
    const f32: Rounding = Math.fround;
    const STEP = 2 ** -24;
    let worst = 0;
    fc.assert(
      fc.property(pairs, ([from, to]) => {
        const g = groundGap(gpu(from, to, f32), cpu(from, to));
        worst = Math.max(worst, g);
        if (angle(from, to) < 150 && Math.abs(from[1]) <= 80 && Math.abs(to[1]) <= 80) expect(g).toBeLessThan(8 * STEP);
        // Near antipodes float32 loses the plane of the circle faster: a route that long is
        // itself uncertain by kilometres when its ends are known to 100 m.
        else expect(g).toBeLessThan(128 * STEP);
      }),
      { numRuns: 2000 },
    );
    // Short movements, where acos of the dot product would lose the angle in float32.
    for (const km of [0.1, 1, 10, 100]) {
      const from: LngLat = [36.2, 49.99];
      const to: LngLat = [36.2 + km / 71.7, 50.0 + km / 222];
      expect(groundGap(gpu(from, to, f32), cpu(from, to))).toBeLessThan(STEP);
    }
    expect(worst).toBeGreaterThan(0);
  });

  it('runs an arc over a pole along its two meridians, whichever side float32 puts 180° on', () => {
    for (const r of [undefined, Math.fround]) {
      const [a, b] = ends([30, 80], [-150, 70]);
      // Near the pole a longitude is worth little on the ground, and float32 blurs it a bit; a
      // wrong side would be half a world off.
      for (const [x] of gpu([30, 80], [-150, 70], r)) {
        expect(Math.min(Math.abs(x - a[0]), Math.abs(x - b[0]))).toBeLessThan(1e-4);
      }
    }
  });
});
