/**
 * What the fresh-19 round fixed, each as a general rule: a town the gazetteer lacks, named with
 * the region that holds it ("in northern Mozambique's Cabo Delgado province", "in the northern
 * Mozambican province of Cabo Delgado"), is placed in that region with its radius, never at a
 * namesake abroad.
 */
import { describe, expect, it } from 'vitest';
import { distanceKm } from './geo';
import { qualifierAfter } from './qualified-place';
import { candidatesOf as run, quotes, where } from './test-support';
import { worldGazetteer } from './world-gazetteer';

// Ondo State's and Cabo Delgado's centres (Natural Earth outlines), within a few km.
const ONDO: [number, number] = [5.2, 7.1];
const CABO_DELGADO: [number, number] = [39.3, -12.3];

describe('a town named with the region that holds it', () => {
  it("reads \"<country>'s <region> <unit>\", with or without a side of the country before it", () => {
    const world = worldGazetteer();
    for (const words of [", in Nigeria's Ondo State.", " in southwestern Nigeria's Ondo State.", " in southwestern Nigeria's Ondo province."]) {
      const q = qualifierAfter(words, world);
      expect(q?.region?.country).toBe('NG');
      expect(distanceKm([q?.area.lon ?? 0, q?.area.lat ?? 0], ONDO)).toBeLessThan(60);
    }
  });

  it('reads "the <side> <demonym> <unit> of <region>"', () => {
    const world = worldGazetteer();
    const q = qualifierAfter(', in the southwestern Nigerian state of Ondo on Sunday', world);
    expect(q?.region?.country).toBe('NG');
    expect(q?.text).toBe(', in the southwestern Nigerian state of Ondo');
  });

  it('places a town the gazetteer lacks in that region, not at a namesake abroad', () => {
    const text = 'Insurgents attacked the coastal town of Palma, in the northern Mozambican province of Cabo Delgado, on Wednesday, killing dozens of people.';
    const found = run(text, '2021-03-28').filter((c) => quotes(c).some((q) => /^Insurgents attacked/.test(q)));
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(distanceKm(where(c), CABO_DELGADO)).toBeLessThan(60);
  });

  it("places it in the region when the text says \"<side> <country>'s <region> province\"", () => {
    const text = 'Gunmen overran a hotel in the coastal town of Palma in northern Mozambique\'s Cabo Delgado province on Friday, killing seven people.';
    const found = run(text, '2021-03-28').filter((c) => quotes(c).some((q) => /^Gunmen overran/.test(q)));
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(distanceKm(where(c), CABO_DELGADO)).toBeLessThan(60);
  });
});

describe('an article that names its city only in an institution of that city', () => {
  it('places "a fire in the capital" at the city that names the hospital the injured were taken to', () => {
    const text = 'At least 30 people were killed in a fire at a six-storey building in the capital on Thursday night. The injured were taken to the Kampala Medical College Hospital, officials said.';
    const found = run(text, '2024-03-01').filter((c) => quotes(c).some((q) => /^At least 30 people/.test(q)));
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(distanceKm(where(c), [32.58, 0.32])).toBeLessThan(25);
  });
});

describe('the day of a lede given after a detail of its own', () => {
  it('dates the report-dated toll by "The fire broke out ... on Thursday" even after a dated detail', () => {
    const text = 'The death toll from the fire at a market building in the capital Kampala rose to 31.\n\nTwelve of the injured are being treated at the Mulago National Referral Hospital this morning.\n\nThe fire broke out in the building at around 10 pm on Thursday.';
    const found = run(text, '2024-03-01');
    const toll = found.find((c) => quotes(c).some((q) => /^The death toll/.test(q)));
    expect(toll?.properties.start).toBe('2024-02-29');
    expect(toll?.properties.end).toBe('2024-02-29');
  });
});

describe('a lede dated by "under attack since <day>" further down', () => {
  it('gives the report-dated attack the span from that day to publication, one candidate', () => {
    const text = 'Dozens of people are dead following an attack on the town of Mocimboa in northern Mozambique, a spokesman said.\n\nThe area has been under attack by militants since Wednesday.';
    const found = run(text, '2021-03-28');
    const lede = found.find((c) => quotes(c).some((q) => /^Dozens of people/.test(q)));
    expect([lede?.properties.start, lede?.properties.end]).toEqual(['2021-03-24', '2021-03-28']);
    expect(found.filter((c) => quotes(c).some((q) => /^The area has been/.test(q)))).toEqual([lede]);
  });
});
