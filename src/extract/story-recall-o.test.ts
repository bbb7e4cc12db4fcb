/**
 * What the O story-recall round fixed, as general rules. "An air strike hit a market in the
 * north on Tuesday, army officials said in Sanaa": the city a speaker spoke in is where the words
 * were said, not where the strike they tell fell, with no toll told as with one. "Hurricane
 * Maria slammed into eastern Puerto Rico on Wednesday", "the director said Wednesday after the
 * monster storm smashed homes": a storm slamming, smashing or battering is the hazard's own
 * blow, a happening, not a statement.
 */
import { describe, expect, it } from 'vitest';
import { distanceKm } from './geo';
import { candidatesOf as run, where, withQuote } from './test-support';

describe('a violent happening told with "… said in <city>"', () => {
  const text = [
    'Fighting raged in Marib province on Monday as rebels pressed their offensive.',
    'An air strike hit a market on Tuesday, army officials said in Sanaa.',
  ].join('\n\n');
  const sanaa: [number, number] = [44.21, 15.35];
  it('is not placed at the city the words were said in', () => {
    const strike = withQuote(run(text, '2021-03-03'), /^An air strike hit a market/);
    expect(strike === undefined || distanceKm(where(strike), sanaa) > 30).toBe(true);
  });
  it('but a statement told in a city keeps it ("said in Sanaa that talks would resume")', () => {
    const talks = 'The foreign minister said in Sanaa on Tuesday that talks with the rebels would resume next week.';
    const found = withQuote(run(talks, '2021-03-03'), /^The foreign minister said in Sanaa/);
    expect(found).toBeDefined();
    expect(distanceKm(where(found!), sanaa)).toBeLessThan(30);
  });
});

describe('a storm slamming into a place', () => {
  it('is the hazard\'s blow, not a statement', () => {
    const found = run('Hurricane Maria slammed into eastern Puerto Rico on Wednesday morning as a Category 4 storm.', '2017-09-21');
    expect(found.map((c) => c.properties.category)).toEqual(['other']);
  });
  it('and told after a speaker\'s words ("said Wednesday after the storm smashed …") it is the happening', () => {
    const found = run('Maria is likely to have destroyed the island, the emergency director said Wednesday after the monster storm smashed homes across Puerto Rico.', '2017-09-21');
    expect(found.map((c) => c.properties.category)).toEqual(['other']);
  });
});
