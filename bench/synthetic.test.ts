import { describe, expect, it } from 'vitest';
import { validateDataset } from '../src/data/validate';
import { toDay } from '../src/domain/days';
import { prng } from './prng';
import { dateSpan, FIRST_DAY, intensity, LAST_DAY, placeCountFor, syntheticEvent, syntheticPlace } from './synthetic';

function dataset(events: number, seed = 7) {
  const placeRandom = prng(seed);
  const places = Array.from({ length: placeCountFor(events) }, (_, i) => syntheticPlace(i, placeRandom));
  const eventRandom = prng(seed + 1);
  const features = Array.from({ length: events }, (_, i) => syntheticEvent(i, { places }, eventRandom));
  return { places, features };
}

const share = (xs: readonly unknown[], value: unknown): number => xs.filter((x) => x === value).length / xs.length;

describe('synthetic data sets', () => {
  const { places, features } = dataset(4000);

  it('pass every rule of the app loader (no manifest, as the bench serves them)', () => {
    // Round-trip through JSON: the browser sees the file, not the objects.
    const { dataset: valid, issues } = validateDataset(
      JSON.parse(JSON.stringify({ gazetteer: { places }, events: { type: 'FeatureCollection', features } })),
    );
    expect(issues).toEqual([]);
    expect(valid.events).toHaveLength(4000);
    expect(valid.places).toHaveLength(200);
  });

  it('are the same for the same seed and differ for another', () => {
    expect(JSON.stringify(dataset(300))).toBe(JSON.stringify(dataset(300)));
    expect(JSON.stringify(dataset(300, 8))).not.toBe(JSON.stringify(dataset(300)));
  });

  it('mix date precisions, categories, claims, origins and figures as described', () => {
    const props = features.map((f) => f.properties);
    const precisions = props.map((p) => p.datePrecision);
    expect(share(precisions, 'day')).toBeCloseTo(0.6, 1);
    expect(share(precisions, 'range')).toBeCloseTo(0.15, 1);
    expect(share(precisions, 'month')).toBeCloseTo(0.1, 1);
    expect(share(precisions, 'approximate')).toBeCloseTo(0.15, 1);
    const categories = props.map((p) => p.category);
    expect(new Set(categories).size).toBe(9);
    for (const common of ['strike', 'deployment', 'statement']) expect(share(categories, common)).toBeGreaterThan(0.15);
    expect(share(categories, 'agreement')).toBeLessThan(0.08);
    const claims = props.map((p) => p.claims.length);
    expect(Math.min(...claims)).toBe(1);
    expect(Math.max(...claims)).toBe(3);
    expect(props.filter((p) => p.origin).every((p) => p.category === 'movement')).toBe(true);
    expect(props.filter((p) => p.origin).length).toBeGreaterThan(100);
    expect(props.filter((p) => p.figures).length).toBeGreaterThan(50);
    expect(new Set(props.flatMap((p) => p.claims.map((c) => c.status))).size).toBe(5);
  });

  it('stay within 2022-2024, Ukraine and western Russia, with areas of 30-300 km', () => {
    for (const f of features) {
      expect(f.properties.start >= '2022-01-01' && f.properties.end <= '2024-12-31').toBe(true);
      expect(f.properties.start <= f.properties.end).toBe(true);
    }
    for (const p of places) {
      expect(p.point[0]).toBeGreaterThanOrEqual(22);
      expect(p.point[0]).toBeLessThanOrEqual(60);
      expect(p.point[1]).toBeGreaterThanOrEqual(44);
      expect(p.point[1]).toBeLessThanOrEqual(60);
      if (p.kind !== 'city') expect(p.radiusKm).toBeGreaterThanOrEqual(30);
      if (p.kind !== 'city') expect(p.radiusKm).toBeLessThanOrEqual(300);
    }
    expect(share(places.map((p) => p.kind), 'city')).toBeGreaterThan(0.75);
  });

  it('give spans that match their precision', () => {
    const random = prng(1);
    const mid = FIRST_DAY + 500;
    expect(dateSpan('day', mid, random)).toEqual([mid, mid]);
    const [rs, re] = dateSpan('range', mid, random);
    expect(re - rs).toBeGreaterThanOrEqual(1);
    expect(re - rs).toBeLessThanOrEqual(6);
    const [ms, me] = dateSpan('month', toDay('2024-02-10'), random);
    expect([ms, me]).toEqual([toDay('2024-02-01'), toDay('2024-02-29')]);
    expect(dateSpan('approximate', LAST_DAY, random)[1]).toBe(LAST_DAY);
  });

  it('scale the gazetteer with the data set, capped', () => {
    expect([1_000, 10_000, 100_000, 1_000_000].map(placeCountFor)).toEqual([50, 500, 5000, 20_000]);
    for (let d = FIRST_DAY; d <= LAST_DAY; d += 17) expect(intensity(d)).toBeGreaterThan(0);
  });
});
