/**
 * What the fresh-22 round fixed, each as a general rule: a compass word before a city's name
 * that the gazetteer does not hold whole ("a hospital in East Beirut", "North Beirut") names a
 * part of that city, so the city is where the words put it, and the article keeps its theatre.
 */
import { describe, expect, it } from 'vitest';
import { distanceKm } from './geo';
import { candidatesOf as run, quotes, where } from './test-support';

const BEIRUT: [number, number] = [35.5, 33.89];

describe('a compass word before a city name the gazetteer does not hold whole', () => {
  it('is a part of that city, and leaves the lede placed', () => {
    const text = [
      'The death toll from the blast that ripped through Beirut climbed to 100 on Wednesday, while some 4,000 people were injured.',
      'A medical facility in East Beirut was on Wednesday crowded with people waiting for news.',
    ].join('\n\n');
    const found = run(text, '2020-08-05');
    const lede = found.find((c) => quotes(c).some((q) => /death toll from the blast/.test(q)));
    expect(lede).toBeDefined();
    if (lede) expect(distanceKm(where(lede), BEIRUT)).toBeLessThan(30);
  });

  it('places a happening told in that part of the city', () => {
    const found = run('A car bomb in North Beirut killed 12 people on Tuesday.', '2020-08-05');
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(distanceKm(where(c), BEIRUT)).toBeLessThan(30);
  });
});
