/**
 * What the fresh-27 round fixed, as general rules: a capitalised word opening a sentence and
 * modifying the lower-case noun after it ("Mobile phone video released by ... shows", "Split
 * decision") is a word of the sentence, not a far city that bears its name; a city named there
 * and followed by its verb ("Mobile was hit") stays a place. A village the gazetteer lacks, told
 * with the wide area holding it ("the small village of Hroza in eastern Ukraine"), stands at the
 * region the article names it in ("located in the Kharkiv region"), not at the area's centre.
 * A village named beside a town ("found in El Rodeo and Alotenango") is its neighbour, not the
 * gazetteer's village of that name far from it.
 */
import { describe, expect, it } from 'vitest';
import { distanceKm } from './geo';
import { candidatesOf as run, where, withQuote } from './test-support';

describe('a capitalised word opening a sentence before the noun it modifies', () => {
  const text = [
    'A ferry carrying about 200 people sank on Lake Toba in Indonesia on Monday, leaving dozens missing.',
    'Mobile phone video released by the disaster agency shows the crew of another ferry trying to rescue people struggling in the water on Monday.',
  ].join('\n\n');
  it('"Mobile phone video" places nothing at a far city so named', () => {
    const found = run(text, '2018-06-19');
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(where(c)[0]).toBeGreaterThan(0);
  });
  it('but a city opening a sentence with its verb stays a place', () => {
    const found = run('Mobile was hit by a tornado on Monday, killing two people, officials said.', '2018-06-19');
    const c = withQuote(found, /^Mobile was hit/);
    expect(c).toBeDefined();
    expect(where(c!)[0]).toBeLessThan(-80);
  });
});

describe('a village the gazetteer lacks, told with the wide area holding it', () => {
  const text = [
    'At least 51 civilians were killed when Russia fired a missile at a cafe in the small village of Hroza in eastern Ukraine on Thursday afternoon.',
    'Rescuers searched the remains of the only cafe in the village, located in the Kharkiv region.',
  ].join('\n\n');
  it('stands at the region the article names it in', () => {
    const c = withQuote(run(text, '2023-10-05'), /^At least 51 civilians/);
    expect(c).toBeDefined();
    expect(distanceKm(where(c!), [36.9, 49.6])).toBeLessThan(120);
    // The place says which village it stands in for, and in which area the text put it.
    expect(c!.candidate.newPlace?.note).toMatch(/^Hroza not found in the gazetteer: the .*Kharkiv.* the article names inside eastern Ukraine; /);
  });
  it('but with no region named, the area stays', () => {
    const c = withQuote(run(text.split('\n\n')[0] ?? '', '2023-10-05'), /^At least 51 civilians/);
    expect(c?.properties.place).toMatch(/eastern-ukraine/);
  });
});

describe('a village named together with a town', () => {
  const text = [
    'The volcano in Guatemala exploded before noon on Sunday, sending lava flows cascading into rural hamlets on its slopes.',
    'The remaining dead were found in El Rodeo and Alotenango, where a makeshift morgue was set up, officials said on Monday.',
    'It is a river of lava that affected the El Rodeo village on Sunday, a firefighter said.',
  ].join('\n\n');
  it('is not a namesake of the village far from the town', () => {
    const found = run(text, '2018-06-04');
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(distanceKm(where(c), [-90.8, 14.49])).toBeLessThan(100);
  });
});
