import { describe, expect, it } from 'vitest';
import { runNow } from './slices';
import { CLEAR_SHARE, clearAt, clearancePx, MAX_SWITCH_ZOOM, nearestSteps, switchZoomOf, switchZoomSteps } from './density-switch';
import { markerRadius } from '../marker-size';
import { mercatorX } from '../../domain/mercator';

/** Web Mercator units for `px` pixels at `zoom`. */
const units = (px: number, zoom: number) => px / (512 * 2 ** zoom);

describe('markers clear of one another', () => {
  it('are a marker apart (two radii and their rings), which grows slowly with the zoom', () => {
    expect(clearancePx(2)).toBe(2 * (markerRadius(2) + 1));
    expect(clearancePx(10)).toBeGreaterThan(clearancePx(2));
    const d = units(clearancePx(6), 6);
    expect(clearAt(d, 6)).toBe(true);
    expect(clearAt(d * 0.99, 6)).toBe(false);
    // Half the distance needs one zoom level more (and a little, as markers grow).
    expect(clearAt(d / 2, 7)).toBe(false);
    expect(clearAt(d / 2, 7.2)).toBe(true);
  });
});

describe('the switch zoom', () => {
  it('is the lowest zoom where the places of CLEAR_SHARE of the events stand clear', () => {
    expect(CLEAR_SHARE).toBe(0.75);
    // Places clear from zooms 3, 5 and 7 (distances chosen so): by events, not by places.
    const nearest = [3, 5, 7].map((z) => units(clearancePx(z), z));
    expect(switchZoomOf(nearest, [1, 1, 3])).toBeCloseTo(7, 1);
    expect(switchZoomOf(nearest, [1, 6, 1])).toBeCloseTo(5, 1);
    expect(switchZoomOf(nearest, [2, 1, 1])).toBeCloseTo(5, 1);
    expect(switchZoomOf(nearest, [6, 1, 1])).toBeCloseTo(3, 1);
    expect(switchZoomOf(nearest, [1, 1, 1], 0.5)).toBeCloseTo(5, 1);
  });

  it('is 0 for places all apart, the cap for places all on top of one another, 0 with no events', () => {
    expect(switchZoomOf([Infinity, Infinity], [5, 5])).toBe(0);
    expect(switchZoomOf([0, 0], [5, 5])).toBe(MAX_SWITCH_ZOOM);
    expect(switchZoomOf([], [])).toBe(0);
  });
});

describe('nearest places', () => {
  it('finds each place its nearest other place, exactly, and none for a place far from all', () => {
    const points: Array<[number, number]> = [
      [30, 50],
      [30.01, 50],
      [30.015, 50.02],
      [100, -20],
    ];
    const { nearest } = runNow(nearestSteps(points, [1, 1, 1, 1]));
    const dx = (a: number, b: number) => Math.abs(mercatorX(a) - mercatorX(b));
    expect(nearest[0]).toBeCloseTo(dx(30, 30.01), 12);
    expect(nearest[1]).toBeLessThan(nearest[0]! * 2.5);
    expect(nearest[3]).toBe(Infinity);
  });

  it('takes places at one point as one marker, their events added', () => {
    const { nearest, weights } = runNow(nearestSteps([[10, 10], [10, 10], [10.001, 10]], [2, 3, 1]));
    expect([...weights]).toEqual([5, 1]);
    expect(nearest[0]).toBeCloseTo(mercatorX(10.001) - mercatorX(10), 12);
  });

  it('a grid of places 0.1° apart switches where 0.1° is a marker wide', () => {
    const points: Array<[number, number]> = [];
    for (let i = 0; i < 30; i++) for (let j = 0; j < 30; j++) points.push([30 + i * 0.1, 0 + j * 0.1]);
    const z = runNow(switchZoomSteps(points, points.map(() => 1)));
    const d = 0.1 / 360;
    expect(clearAt(d, z)).toBe(true);
    expect(clearAt(d, z - 0.05)).toBe(false);
  });
});
