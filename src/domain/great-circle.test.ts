import greatCircle from '@turf/great-circle';
import { describe, expect, it } from 'vitest';
import { greatCirclePoints } from './great-circle';
import { prng } from '../../bench/prng';

/** turf's points, joined across ±180° as ours are. */
function turfPoints(from: [number, number], to: [number, number], n: number): Array<[number, number]> {
  const g = greatCircle(from, to, { npoints: n }).geometry;
  const parts = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  const out: Array<[number, number]> = [];
  let last: number | null = null;
  for (const part of parts) {
    for (const [lng0, lat] of part) {
      let lng = lng0!;
      if (last !== null) lng += 360 * Math.round((last - lng) / 360);
      if (last !== null && Math.abs(lng - last) < 1e-9 && out.length > 0) continue;
      out.push([lng, lat!]);
      last = lng;
    }
  }
  return out;
}

describe('greatCirclePoints', () => {
  it('starts and ends exactly at the two places, and goes through the great circle’s middle', () => {
    const pts = greatCirclePoints([0, 0], [90, 0], 3);
    expect(pts[0]).toEqual([0, 0]);
    expect(pts[2]).toEqual([90, 0]);
    expect(pts[1]![0]).toBeCloseTo(45, 9);
    expect(pts[1]![1]).toBeCloseTo(0, 9);
    // Along a meridian over the pole's side: Pyongyang to Kursk bows north of the straight line.
    const bow = greatCirclePoints([125.75, 39.03], [36.19, 51.73], 65);
    expect(Math.max(...bow.map((p) => p[1]))).toBeGreaterThan(55);
  });

  it('runs on past ±180° rather than jumping back', () => {
    const pts = greatCirclePoints([170, 60], [-170, 62], 33);
    expect(pts.at(-1)![0]).toBeCloseTo(190, 9);
    for (let i = 1; i < pts.length; i++) expect(Math.abs(pts[i]![0] - pts[i - 1]![0])).toBeLessThan(5);
  });

  it('agrees with turf’s great circle within a millionth of a degree', () => {
    const random = prng(7);
    let compared = 0;
    for (let k = 0; k < 200; k++) {
      const from: [number, number] = [random() * 360 - 180, random() * 160 - 80];
      const to: [number, number] = [random() * 360 - 180, random() * 160 - 80];
      const ours = greatCirclePoints(from, to, 32);
      const theirs = turfPoints(from, to, 32);
      if (theirs.length !== ours.length) continue; // turf drops a point where it splits at ±180°
      compared++;
      ours.forEach((p, i) => {
        const q = theirs[i]!;
        expect(Math.abs(p[0] - q[0] - 360 * Math.round((p[0] - q[0]) / 360))).toBeLessThan(1e-6);
        expect(Math.abs(p[1] - q[1])).toBeLessThan(1e-6);
      });
    }
    expect(compared).toBeGreaterThan(150);
  });

  it('a place to itself is one point repeated, not NaN', () => {
    expect(greatCirclePoints([30, 50], [30, 50], 4)).toEqual([[30, 50], [30, 50], [30, 50], [30, 50]]);
  });
});
