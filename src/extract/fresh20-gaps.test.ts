/**
 * What the fresh-20 round fixed, each as a general rule: a Portuguese place name joined by
 * "do" ("Rio Grande do Sul", "Mato Grosso do Sul") is one name, so "the state of Rio Grande do
 * Sul" is that state, not a region abroad named after its first words; a village named with
 * the local unit that holds it ("Mushu village in Bokkos LGA") is in that unit, never at a
 * namesake abroad; rescue or relief work said to be going on ("Rescue operations are underway")
 * is the aftermath of the last happening told, a claim on it, not a happening of its own; a
 * name a country's capital bears is that capital, not a smaller namesake nearer the article's
 * other places; a count told "according to <source> on <day>", the day the report follows, is
 * as the report tells it, not a happening of that day.
 */
import { describe, expect, it } from 'vitest';
import { distanceKm } from './geo';
import { candidatesOf as run, quotes, where, withQuote } from './test-support';

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

describe('rescue work said to be going on', () => {
  it('is a claim on the fire it follows, not a candidate of its own', () => {
    const text = [
      'At least 20 people were killed in a fire that broke out at a game zone in Rajkot on Saturday evening.',
      'Rescue operations are underway at the site for more than four hours after the blaze erupted, officials said.',
    ].join('\n\n');
    const found = run(text, '2024-05-25');
    const fire = withQuote(found, /^At least 20 people/);
    expect(fire).toBeDefined();
    expect(withQuote(found, /^Rescue operations/)).toBe(fire);
  });
});

describe("a country's capital among its namesakes", () => {
  it('places "in Tehran" at the capital in a report on south-eastern Iran, not at a namesake nearer', () => {
    const text = [
      'Iranian security forces opened fire on protesters in Khash in southeastern Iran on Friday, killing at least one.',
      'Unrest erupted in the province over the death of Mahsa Amini in Tehran on September 16 following her arrest by the morality police.',
    ].join('\n\n');
    const found = run(text, '2022-11-04').filter((c) => quotes(c).some((q) => /^Unrest erupted/.test(q)));
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(distanceKm(where(c), [51.42, 35.69])).toBeLessThan(25);
  });
});

describe('a count told according to a source on the day before the report', () => {
  it('dates the toll by its report, not by the day the source gave it', () => {
    const text = "Heavy rains have wreaked havoc in Brazil's southernmost state of Rio Grande do Sul, resulting in at least 39 fatalities and leaving 68 people missing, according to local authorities on Friday.";
    const found = run(text, '2024-05-04').filter((c) => quotes(c).some((q) => /^Heavy rains/.test(q)));
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c.candidate.reportDated || c.properties.datePrecision !== 'day').toBe(true);
  });
});
