/**
 * Gaps a part of stories never looked at showed (a tanker hijacked off a coastal town, a mine
 * explosion, a missile strike on a block of flats, a market bombing, a stabbing and a riot),
 * each as a general rule: a ship's name is never a place, however like a town's it reads.
 */
import { describe, expect, it } from 'vitest';
import { articleVessels } from './name-words';
import { findPlaces, indexGazetteer } from './places';
import { worldGazetteer } from './world-gazetteer';
import { candidatesOf as run } from './test-support';

describe('a ship named in the text ("the oil tanker Ardis 7", "The Ardis 7, a Panama-flagged tanker")', () => {
  it('finds the names a vessel noun introduces, with the number they carry', () => {
    const names = articleVessels('Gunmen seized the bulk carrier Paros Star on Friday. The Lamia 12, a Liberian-flagged oil tanker, was boarded too. The ship Monday sailed on.');
    expect([...names].sort()).toEqual(['Lamia 12', 'Paros Star']);
  });

  it('is not a place, even where a town bears the name: the hijacking is not placed at the town', () => {
    // GeoNames has a city of 160,000 called Arish (alias Aris) in Egypt.
    const found = run('Pirates hijacked the fuel tanker Aris 9 on Monday, officials said.', '2024-03-12');
    for (const c of found) expect(c.properties.place).not.toMatch(/aris/);
    const text = 'The Aris 9 was taken near the port of Bosaso, officials said.';
    const where = { countries: new Set<string>(), points: [], persons: new Set<string>(), vessels: new Set(['Aris 9']) };
    expect(findPlaces(text, 0, indexGazetteer([]), worldGazetteer, where).map((m) => m.text)).toEqual(['Bosaso']);
  });
});

describe('a body\'s seat told beside its name ("a spokesman for the maritime agency, based in Dubai")', () => {
  it('is where the body sits, not where the happening was: the sentence is not placed there', () => {
    const found = run('The freighter vanished off the coast of Yemen on Monday, according to a spokesman for the maritime security centre, based in Dubai.', '2024-03-12');
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c.properties.place).not.toBe('dubai');
  });
});

describe('armed men boarding a ship ("over two dozen men boarded the merchant ship off <country>\'s coast")', () => {
  it('is a seizure at sea, a candidate of its own; passengers boarding a ferry are not', () => {
    const taken = run('About twenty armed men boarded the cargo ship off the coast of Yemen on Monday, a port official said.', '2024-03-12');
    expect(taken.map((c) => [c.properties.category, c.properties.start])).toEqual([['other', '2024-03-11']]);
    const passengers = run('Passengers boarded the ferry in Aden on Monday, officials said.', '2024-03-12');
    for (const c of passengers) expect(c.properties.category).not.toBe('other');
  });
});

describe('"off <country>\'s <side> coast"', () => {
  it('is that side of the country, not the whole country', () => {
    const found = run('Pirates hijacked a fishing trawler off Yemen\'s western coast on Monday, officials said.', '2024-03-12');
    expect(found.map((c) => c.properties.place)).toEqual(['western-yemen']);
    const whole = run('Pirates hijacked a fishing trawler off Yemen\'s coast on Monday, officials said.', '2024-03-12');
    expect(whole.map((c) => c.properties.place)).toEqual(['yemen']);
  });
});
