/**
 * What the fresh-24 round fixed, each as a general rule: a town's name before "International
 * Airport" is where the airport is, not an organisation's name, and such a town is known
 * enough to be named from afar; where a journey began ("returning from Thailand's Bangkok")
 * is no place of what happened on it, nor a country the article is about.
 */
import { describe, expect, it } from 'vitest';
import { distanceKm } from './geo';
import { candidatesOf as run, where } from './test-support';

const MUAN: [number, number] = [126.48, 34.99];

describe('a town\'s name before "International Airport"', () => {
  it('is the town the airport is at', () => {
    const text = 'At least 28 passengers died after a plane crashed while landing at Muan International Airport on Sunday morning.';
    const found = run(text, '2024-12-29');
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(distanceKm(where(c), MUAN)).toBeLessThan(30);
  });
});

describe('where a journey began', () => {
  it('is no place of what happened at its end', () => {
    const text = [
      'At least 28 passengers died after a plane crashed while landing at Muan International Airport in South Jeolla on Sunday morning.',
      'At around 9:07 a.m., the airline\'s Boeing 737-800 returning from Thailand\'s Bangkok carrying 181 people caught fire after veering off the runway.',
    ].join('\n\n');
    const found = run(text, '2024-12-29');
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(distanceKm(where(c), MUAN)).toBeLessThan(30);
  });
});

describe('a town with an international airport', () => {
  it('is known enough to be named from afar, whatever other country the article names', () => {
    const text = [
      'At least 28 passengers died after a plane crashed while landing at Muan International Airport on Sunday morning.',
      'There were 175 passengers, 173 of them Korean and two Thai nationals, and six crew members on board.',
    ].join('\n\n');
    const found = run(text, '2024-12-29');
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(distanceKm(where(c), MUAN)).toBeLessThan(30);
  });
});

describe('a sentence with no date of its own', () => {
  it('is placed on the report\'s day or the day before, not across the two weeks before it', () => {
    const found = run('At least 16 people were killed by a suspected rebel group in the east of the country\'s North Kivu province, an official from the local administration said.', '2024-06-05');
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) {
      expect(c.candidate.reportDated).toBe(true);
      expect(c.properties.datePrecision).toBe('approximate');
      expect([c.properties.start, c.properties.end]).toEqual(['2024-06-04', '2024-06-05']);
    }
  });
});
