import { describe, expect, it } from 'vitest';
import { inverseMercatorYDegrees, MERCATOR_MAX_LAT, mercatorX, mercatorY, mercatorYDegrees } from './mercator';

describe('Web Mercator', () => {
  it('maps the equator and the prime meridian to the middle of the square', () => {
    expect(mercatorX(0)).toBe(0.5);
    expect(mercatorY(0)).toBeCloseTo(0.5, 12);
  });

  it('reaches the square’s edges at ±180° and at the latitude limit, and clamps past it', () => {
    expect(mercatorX(-180)).toBe(0);
    expect(mercatorX(180)).toBe(1);
    expect(mercatorY(MERCATOR_MAX_LAT)).toBeCloseTo(0, 9);
    expect(mercatorY(-MERCATOR_MAX_LAT)).toBeCloseTo(1, 9);
    expect(mercatorY(89.9)).toBe(mercatorY(MERCATOR_MAX_LAT));
  });

  it('agrees with MapLibre’s MercatorCoordinate.fromLngLat for Kursk', () => {
    // MercatorCoordinate.fromLngLat([36.19, 51.73]) in maplibre-gl 6: y = 0.33155...
    const y = (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (51.73 * Math.PI) / 360))) / 360;
    expect(mercatorY(51.73)).toBeCloseTo(y, 12);
  });

  it('inverts its degree-like y', () => {
    for (const lat of [-80, -33.3, 0, 12.5, 51.73, 85]) expect(inverseMercatorYDegrees(mercatorYDegrees(lat))).toBeCloseTo(lat, 9);
  });
});
