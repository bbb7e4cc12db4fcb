/**
 * What the fresh-22 round fixed, each as a general rule: a compass word before a city's name
 * that the gazetteer does not hold whole ("a hospital in East Beirut", "North Beirut") names a
 * part of that city, so the city is where the words put it, and the article keeps its theatre;
 * a weekday and day written with a comma before the month ("on Friday 16, June 2023") are that
 * one day, not the day read alone and the whole month besides; a single name after "according
 * to" ("According to Kamyshin, two missiles were fired") is who says it, not a town so named.
 */
import { describe, expect, it } from 'vitest';
import { distanceKm } from './geo';
import { findDates } from './dates';
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

describe('a weekday and day written with a comma before the month', () => {
  it('is that one day, not the whole month besides', () => {
    const text = 'The rebels attacked the school at around 11:30 pm on Friday 16, June 2023 shortly after the students had returned.';
    const dates = findDates(text, { start: '2023-06-17', end: '2023-06-17' });
    expect(dates.filter((d) => d.precision === 'month')).toEqual([]);
    expect(dates.some((d) => d.precision === 'day' && d.from === '2023-06-16' && d.to === '2023-06-16')).toBe(true);
  });

  it('gives the sentence one candidate, dated that day', () => {
    const text = [
      'Over 40 people, mostly students, have been killed by rebels at a school in Kasese district in western Uganda.',
      'According to the school administration, the rebels attacked the school at around 11:30 pm on Friday 16, June 2023 shortly after the students had returned from prayers.',
    ].join('\n\n');
    const found = run(text, '2023-06-17').filter((c) => quotes(c).some((q) => /rebels attacked the school/.test(q)));
    expect(found.length).toBe(1);
    expect(found[0]?.properties.start).toBe('2023-06-16');
  });
});

describe('a single name after "according to"', () => {
  it('is who says it, not a town of that name', () => {
    const text = [
      'The Kramatorsk train station in eastern Ukraine was hit by a missile strike, railway company head Oleksandr Kamyshin reported on Friday.',
      'According to Kamyshin, two missiles were fired at the station.',
    ].join('\n\n');
    const KAMYSHIN_TOWN: [number, number] = [45.39, 50.08];
    const found = run(text, '2022-04-08');
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(distanceKm(where(c), KAMYSHIN_TOWN)).toBeGreaterThan(300);
  });
});
