import { describe, expect, it } from 'vitest';
import {
  clickZoom,
  CROSSFADE_ZOOMS,
  densityShown,
  kernel,
  kernelArea,
  kernelRadiusKm,
  KERNEL_RADIUS_PX,
  markerShare,
  OPAQUE_FROM,
  RAMP_ALPHA,
  RAMP_MAX_EVENTS,
  RAMP_STOPS,
  rampAlpha,
  rampColor,
  rampPosition,
  rampTexels,
  VISIBLE_FROM,
} from './density';

const hex = (c: readonly number[]) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

describe('the density kernel', () => {
  it('is 1 at an event, 0 at its radius and beyond, falling in between', () => {
    expect(kernel(0)).toBe(1);
    expect(kernel(KERNEL_RADIUS_PX)).toBe(0);
    expect(kernel(2 * KERNEL_RADIUS_PX)).toBe(0);
    const along = Array.from({ length: 21 }, (_, i) => kernel((i / 20) * KERNEL_RADIUS_PX));
    for (let i = 1; i < along.length; i++) expect(along[i]!).toBeLessThan(along[i - 1]!);
    // Halfway out: (1 - 1/4)^2.
    expect(kernel(KERNEL_RADIUS_PX / 2)).toBeCloseTo(0.5625, 10);
  });

  it('adds πR²/3 in all, as a sum over the pixels of its disc says', () => {
    const R = 12;
    let sum = 0;
    for (let x = -R; x <= R; x += 0.25) for (let y = -R; y <= R; y += 0.25) sum += kernel(Math.hypot(x, y), R) * 0.0625;
    expect(sum).toBeCloseTo(kernelArea(R), 0);
    expect(kernelArea(R)).toBeCloseTo((Math.PI * 144) / 3, 10);
  });
});

describe('the ramp', () => {
  it('reads counts on a log scale: one event at the bottom, each power of ten one stop up, capped at the top', () => {
    expect(rampPosition(0)).toBe(0);
    expect(rampPosition(0.5)).toBe(0);
    expect(rampPosition(1)).toBe(0);
    RAMP_STOPS.forEach((s, i) => expect(rampPosition(s.events)).toBeCloseTo(i / (RAMP_STOPS.length - 1), 10));
    expect(rampPosition(RAMP_MAX_EVENTS * 50)).toBe(1);
    expect(rampPosition(Number.NaN)).toBe(0);
  });

  it('draws each stop in its own colour, and blends between', () => {
    RAMP_STOPS.forEach((s) => expect(hex(rampColor(rampPosition(s.events)))).toBe(s.color));
    const mid = rampColor(rampPosition(Math.sqrt(10)));
    const [a, b] = [rampColor(0), rampColor(rampPosition(10))];
    for (let c = 0; c < 3; c++) expect(mid[c]).toBeCloseTo((a[c]! + b[c]!) / 2, -0.5);
  });

  it('leaves the kernel rim clear and shows one lone event at full strength near its place', () => {
    expect(rampAlpha(0)).toBe(0);
    expect(rampAlpha(VISIBLE_FROM)).toBe(0);
    expect(rampAlpha(OPAQUE_FROM)).toBeCloseTo(RAMP_ALPHA, 10);
    // A lone event: full strength out to where its kernel falls to OPAQUE_FROM, past half the radius.
    const reach = KERNEL_RADIUS_PX * Math.sqrt(1 - Math.sqrt(OPAQUE_FROM));
    expect(rampAlpha(kernel(reach * 0.99))).toBeCloseTo(RAMP_ALPHA, 2);
    expect(reach).toBeGreaterThan(KERNEL_RADIUS_PX / 2);
    expect(rampAlpha(1)).toBe(RAMP_ALPHA);
    expect(rampAlpha(1e6)).toBe(RAMP_ALPHA);
  });

  it('as texels: the first is one event, the last the top stop', () => {
    const t = rampTexels(64);
    expect(t).toHaveLength(256);
    expect(hex([...t.slice(0, 3)])).toBe(RAMP_STOPS[0]!.color);
    expect(hex([...t.slice(252, 255)])).toBe(RAMP_STOPS.at(-1)!.color);
    expect(t[3]).toBe(255);
  });
});

describe('density or markers by zoom', () => {
  const Z = 5.3;
  it('shows the density a crossfade below the switch zoom, the markers from it on', () => {
    expect(markerShare(Z - CROSSFADE_ZOOMS - 2, Z)).toBe(0);
    expect(markerShare(Z - CROSSFADE_ZOOMS, Z)).toBe(0);
    expect(markerShare(Z - CROSSFADE_ZOOMS / 2, Z)).toBeCloseTo(0.5, 10);
    expect(markerShare(Z, Z)).toBe(1);
    expect(markerShare(Z + 4, Z)).toBe(1);
    expect(densityShown(Z - 0.9, Z)).toBe(true);
    expect(densityShown(Z - 0.2, Z)).toBe(false);
  });

  it('a click on the density zooms in two levels, or to where the markers are whole, and always at least one', () => {
    expect(clickZoom(2, Z)).toBe(4);
    expect(clickZoom(4, Z)).toBe(Z);
    expect(clickZoom(4.8, Z)).toBe(5.8);
  });
});

describe('the kernel radius on the ground', () => {
  it('is Web Mercator’s scale times the radius, two significant figures, shrinking towards the poles', () => {
    // At zoom 0 a 512 px world is 40,075 km round the equator: 20 px are 1,565.4 km.
    expect(kernelRadiusKm(0, 0)).toBe(1600);
    expect(kernelRadiusKm(4, 0)).toBe(98);
    expect(kernelRadiusKm(4, 60)).toBe(49);
    expect(kernelRadiusKm(10, 0)).toBeCloseTo(1.5, 10);
  });
});
