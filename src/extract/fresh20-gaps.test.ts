/**
 * What the fresh-20 round fixed, each as a general rule: a Portuguese place name joined by
 * "do" ("Rio Grande do Sul", "Mato Grosso do Sul") is one name, so "the state of Rio Grande do
 * Sul" is that state, not a region abroad named after its first words.
 */
import { describe, expect, it } from 'vitest';
import { distanceKm } from './geo';
import { candidatesOf as run, quotes, where } from './test-support';

// Rio Grande do Sul's centre (Natural Earth outline), within a few km.
const RIO_GRANDE_DO_SUL: [number, number] = [-53.7, -30.4];

describe('a place name joined by a lower-case "do"', () => {
  it('reads "the state of Rio Grande do Sul" as that state, not a Río Grande abroad', () => {
    const text = "Heavy rains have wreaked havoc in Brazil's southernmost state of Rio Grande do Sul, resulting in at least 39 fatalities, according to local authorities.";
    const found = run(text, '2024-05-04').filter((c) => quotes(c).some((q) => /^Heavy rains/.test(q)));
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(distanceKm(where(c), RIO_GRANDE_DO_SUL)).toBeLessThan(60);
  });
});
