/**
 * What the fresh-29 round fixed, as general rules. An island country is told by a short name:
 * "St." for "Saint", and a country named for two islands ("X and Y", "X and the Y") by its
 * main island, the one named first; it is that country, not the sea around it. A flight's
 * destination ("on route to Nairobi", "a flight to Nairobi", "from Addis Ababa to Nairobi") is
 * where it was going, not where it crashed: the crash is at the place the sentence names for it,
 * else at the article's.
 */
import { describe, expect, it } from 'vitest';
import { distanceKm } from './geo';
import { candidatesOf as run, where, withQuote } from './test-support';

describe('an island country told by a short name', () => {
  it('"the Caribbean island of St. Vincent" is the country, not the sea', () => {
    const found = run('La Soufrière volcano on the Caribbean island of St. Vincent erupted on Friday morning, spreading ash across surrounding villages.', '2021-04-09');
    const c = withQuote(found, /^La Soufrière volcano/);
    expect(c).toBeDefined();
    expect(distanceKm(where(c!), [-61.2, 13.25])).toBeLessThan(30);
  });
  it('"St Lucia" is the country "Saint Lucia"', () => {
    const found = run('Heavy rain flooded homes across St Lucia on Tuesday, officials said.', '2021-04-09');
    expect(found).toHaveLength(1);
    expect(distanceKm(where(found[0]!), [-60.97, 13.88])).toBeLessThan(30);
  });
  it('"Trinidad" alone is the main island of its country', () => {
    const found = run('A strong earthquake shook Trinidad on Saturday, damaging several buildings.', '2018-08-21');
    expect(found).toHaveLength(1);
    expect(distanceKm(where(found[0]!), [-61.3, 10.5])).toBeLessThan(80);
  });
});

describe('a flight\'s destination is not where it crashed', () => {
  it('"on route to Nairobi, Kenya crashed near Bishoftu" is at Bishoftu', () => {
    const found = run('The plane, a Boeing 737-800 Max, that was on route to Nairobi, Kenya crashed near Bishoftu, a populated town in the southeastern part of Addis Ababa.', '2019-03-11');
    const c = withQuote(found, /^The plane/);
    expect(c).toBeDefined();
    expect(distanceKm(where(c!), [38.98, 8.75])).toBeLessThan(30);
  });
  it('"on a flight to Nairobi" and "from Addis Ababa to Nairobi" leave the crash at the story\'s place', () => {
    const text = [
      'An airliner crashed near the town of Bishoftu on Sunday, killing all 157 people on board.',
      'Some 149 passengers and eight crew members were on board of the plane that crashed six minutes after taking off from Addis Ababa, on a flight to Nairobi, Kenya.',
      'The flight, carrying 149 passengers from Addis Ababa to Nairobi, crashed on Sunday morning, the prime minister confirmed.',
    ].join('\n\n');
    const found = run(text, '2019-03-10');
    expect(found.some((c) => distanceKm(where(c), [36.82, -1.28]) < 100)).toBe(false);
  });
  it('but a visit to a capital is there', () => {
    const found = run('The chancellor travelled from Warsaw to Kyiv on Monday for talks with the president.', '2024-03-11');
    expect(found.some((c) => distanceKm(where(c), [30.52, 50.45]) < 30)).toBe(true);
  });
});
