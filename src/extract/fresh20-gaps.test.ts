/**
 * What the fresh-20 round fixed, each as a general rule: a Portuguese place name joined by
 * "do" ("Rio Grande do Sul", "Mato Grosso do Sul") is one name, so "the state of Rio Grande do
 * Sul" is that state, not a region abroad named after its first words; a village named with
 * the local unit that holds it ("Mushu village in Bokkos LGA") is in that unit, never at a
 * namesake abroad.
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

describe('a village named with the local unit that holds it', () => {
  // Bokkos, the seat of the unit (GeoNames).
  const BOKKOS: [number, number] = [8.99, 9.3];

  it('places "<village> village in <town> LGA" around that town, not at a namesake abroad', () => {
    const text = 'Gunmen killed about 16 people in Mushu village in Bokkos LGA on Saturday night.';
    const found = run(text, '2023-12-26').filter((c) => quotes(c).some((q) => /^Gunmen killed/.test(q)));
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(distanceKm(where(c), BOKKOS)).toBeLessThan(40);
  });
});
