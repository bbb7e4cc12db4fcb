/**
 * What the H1 story-recall round fixed, as general rules. "all houses on the island of Mango
 * were wiped out", "extensive damage occurred on Nomuka Island": a small island the gazetteer
 * lacks, told as an island, lies in the country the article tells the story in, not at the
 * article's theatre (its main island or capital): the candidate stands at that country. A
 * mountain told only with its country ("the Mount Marapi volcano erupted in Indonesia"), in an
 * article that names no other part of the country but a local office named for its town ("the
 * head of Padang Search and Rescue Agency"), lies around that town. Homes destroyed, told with
 * an aside between the homes and their fate ("every home on the island, where around 50 people
 * live, had been destroyed") or as what a storm did ("toppled dwellings"), are a happening.
 */
import { describe, expect, it } from 'vitest';
import { categorize } from './classify';
import { candidatesOf as run, where, withQuote } from './test-support';

const TONGA = [
  'A tsunami hit Tonga on Saturday after a volcanic eruption, flooding parts of Tongatapu.',
  'The government said all houses on the island of Mango were wiped out in the tsunami that followed Saturday’s eruption.',
  'Evacuations continued in Tongatapu on Sunday.',
].join('\n\n');

describe('an island the gazetteer lacks', () => {
  it('"on the island of" a name not found is in the country the article names', () => {
    const c = withQuote(run(TONGA, '2022-01-19'), /^The government said all houses on the island of Mango/);
    expect(c).toBeDefined();
    expect(c?.properties.locationPrecision).toBe('country');
  });
  it('but an island the gazetteer has keeps its own place', () => {
    const text = TONGA.replace('the island of Mango', 'the island of Tongatapu');
    const c = withQuote(run(text, '2022-01-19'), /^The government said all houses on the island of Tongatapu/);
    expect(c?.properties.locationPrecision).not.toBe('country');
  });
});

describe('a feature told with its country, and a local office named for its town', () => {
  const text = [
    'Thirteen climbers have been declared dead since the Mount Marapi volcano erupted in Indonesia on Sunday.',
    '“The total number of people who have died is currently 13,” the head of Padang Search and Rescue Agency told reporters on Tuesday.',
  ].join('\n\n');
  it('stands around the office\'s town, not at the country\'s centre', () => {
    const c = withQuote(run(text, '2023-12-05'), /^Thirteen climbers/);
    expect(c?.properties.locationPrecision).not.toBe('country');
    const [lon, lat] = where(c ?? { geometry: { coordinates: [] } });
    expect(Math.abs(lon - 100.35) + Math.abs(lat + 0.95)).toBeLessThan(0.5);
  });
  it('but a town named only in an office abroad does not move it', () => {
    const c = withQuote(run(text.replace('Padang Search', 'Sydney Search'), '2023-12-05'), /^Thirteen climbers/);
    expect(c?.properties.locationPrecision).toBe('country');
  });
});

describe('homes destroyed, told with an aside or as what the storm did', () => {
  it('an aside between the homes and "had been destroyed" is still built harm', () => {
    expect(categorize('The minister said every home on the island, where around 50 people live, had been destroyed.', undefined).category).toBe('other');
  });
  it('"toppled dwellings" is built harm', () => {
    expect(categorize('It uprooted trees and toppled dwellings in Kolkata of West Bengal.', undefined).category).toBe('other');
  });
  it('but homes sold, with an aside, are not', () => {
    expect(categorize('The homes, where families had lived for decades, were sold last year.', undefined).category).not.toBe('other');
  });
});
