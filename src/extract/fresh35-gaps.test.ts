/**
 * What the fresh-35 round W fixed, as general rules. "in Port-au-Prince": a town name joined by
 * hyphens through lower-case particles ("au", "en", "sous", "les") is one name, not its first
 * word.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, where, withQuote } from './test-support';

const near = (c: Parameters<typeof where>[0], lon: number, lat: number, deg = 1) => Math.abs(where(c)[0] - lon) < deg && Math.abs(where(c)[1] - lat) < deg;

describe('a hyphenated town name with lower-case particles', () => {
  it('is found whole ("stormed a police station in Port-au-Prince")', () => {
    const found = run('Armed men stormed a police station in Port-au-Prince on Tuesday night, killing two officers, witnesses said.', '2023-05-10');
    const raid = withQuote(found, /stormed a police station/);
    expect(raid).toBeDefined();
    expect(raid !== undefined && near(raid, -72.34, 18.54, 0.3)).toBe(true);
  });
});

describe('a town called a city or town', () => {
  it('is the town, not the region of its name ("outside a station in the city of Nara")', () => {
    const found = run("Japan's former trade minister was stabbed outside a railway station in the western city of Nara on Wednesday, police said.", '2023-04-12');
    const attack = withQuote(found, /Japan's former trade minister was stabbed/);
    expect(attack).toBeDefined();
    expect(attack !== undefined && near(attack, 135.8, 34.69, 0.15)).toBe(true);
  });
  it('as when "town" follows the name ("the attack took place in Nara town")', () => {
    const found = run("Japan's former trade minister was stabbed during a speech on Wednesday morning. The attack took place in Nara town where he was addressing a rally.", '2023-04-12');
    const attack = withQuote(found, /The attack took place/);
    expect(attack).toBeDefined();
    expect(attack !== undefined && near(attack, 135.8, 34.69, 0.15)).toBe(true);
  });
});

describe('a word opening its sentence before "with" or "from"', () => {
  it('is no town, even of a country the article names ("Along with the deaths, ...")', () => {
    const found = run('A landslide at a quarry in northern Nepal killed at least 40 workers on Tuesday, officials said. The area borders China and India. Along with the deaths, there were more than 20 injured, a district official said.', '2023-04-12');
    const hurt = withQuote(found, /^Along with the deaths/);
    expect(hurt === undefined || near(hurt, 83.9, 28.4, 6)).toBe(true);
    expect(found.some((c) => near(c, 94.8, 28.17, 0.2))).toBe(false);
  });
});

describe('a weekday naming a vote still to come', () => {
  it('is no date of the happening ("ahead of Sunday\'s parliamentary election")', () => {
    const found = run('A candidate was shot on Thursday while speaking at a rally in the city of Osaka. The shooting took place in a crowded square where he was campaigning ahead of Sunday\'s parliamentary election.', '2023-04-14');
    const shooting = withQuote(found, /^The shooting took place/);
    expect(shooting).toBeDefined();
    expect(shooting?.properties.start).toBe('2023-04-13');
  });
});
