/**
 * What the O story-recall round fixed, as general rules. "An air strike hit a market in the
 * north on Tuesday, army officials said in Sanaa": the city a speaker spoke in is where the words
 * were said, not where the strike they tell fell, with no toll told as with one. "Hurricane
 * Maria slammed into eastern Puerto Rico on Wednesday", "the director said Wednesday after the
 * monster storm smashed homes": a storm slamming, smashing or battering is the hazard's own
 * blow, a happening, not a statement. "Three people died: a 65-year-old woman in Mango and a
 * 49-year-old man in Nomuka": a toll told person by person, each "in" a place no gazetteer holds,
 * is a death at each of those places, at the country holding them; and dead told one by one,
 * with no day of their own, died in the happening the story began with, on its day, not over the
 * days up to the report as a running count. "Tremors have continued in the city of Goma, three
 * days after the volcano erupted": a happening told as so many days before the sentence's own is
 * a happening of its own, on the day that many days before the report, at the sentence's place.
 * "Tonga was struck by a huge volcanic explosion on January 15, which was followed by a tsunami
 * that flooded the capital, Nuku'alofa": a hazard followed by another is two happenings, the
 * first at the country it struck, the second at the place its own clause names.
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

describe('a toll told person by person, each in a place', () => {
  const lede = 'The Tongan government has confirmed that all houses on the island of Mango were wiped out in the tsunami that followed Saturday’s volcanic eruption.';
  const toll = 'It confirmed that three people are now known to have died: a 65-year-old woman in Mango and a 49-year-old man in Nomuka, both in the outlying island group; as well as a British national in Tongatapu.';
  const after = 'Ash covered the capital Nuku\'alofa in Tonga.';
  it('is a death at each place the gazetteer lacks, at the country holding them', () => {
    const found = run(`${lede}\n\n${toll}\n\n${after}`, '2022-01-19').filter((c) => c.properties.claims.some((q) => q.quote === toll));
    const named = found.map((c) => c.candidate.placePhrase.match(/not found in the gazetteer: (\w+)/)?.[1]).filter(Boolean).sort();
    expect(named).toEqual(['Mango', 'Nomuka']);
    expect(found.filter((c) => /not found/.test(c.candidate.placePhrase)).every((c) => c.properties.place === 'tonga')).toBe(true);
  });
  it('each death on the day the story began, not over the days up to the report', () => {
    const found = run(`${lede}\n\n${toll}\n\n${after}`, '2022-01-19').filter((c) => c.properties.claims.some((q) => q.quote === toll));
    expect(found.length).toBe(3);
    expect(found.every((c) => c.properties.start === '2022-01-15' && c.properties.end === '2022-01-15')).toBe(true);
  });
  it('but one person in one place adds none', () => {
    const one = 'It confirmed that a 65-year-old woman in Mango had died.';
    const found = run(`${lede}\n\n${one}\n\n${after}`, '2022-01-19').filter((c) => c.properties.claims.some((q) => q.quote === one));
    expect(found.length).toBeLessThanOrEqual(1);
  });
});

describe('a happening told as so many days before the sentence\'s own', () => {
  const text = 'Tremors have continued in eastern Democratic Republic of Congo in the city of Goma, three days after Mount Nyiragongo erupted, as the death toll climbed to 32.';
  it('is a happening of its own, that many days before the report, at the sentence\'s place', () => {
    const found = run(text, '2021-05-26');
    const before = found.find((c) => c.properties.start === '2021-05-23' && c.properties.end === '2021-05-23');
    expect(before).toBeDefined();
    expect(before!.properties.claims[0]?.quote).toMatch(/^three days after Mount Nyiragongo erupted/);
    expect(distanceKm(where(before!), [29.23, -1.68])).toBeLessThan(30);
    expect(found.length).toBe(2);
  });
  it('but not days after what is no happening ("three days after the talks began")', () => {
    const talks = 'Rebels shelled the city of Goma on Monday, three days after the talks opened.';
    expect(run(talks, '2021-05-26').length).toBe(1);
  });
});

describe('a hazard followed by another in one sentence', () => {
  const text = 'In a shocking development, the Pacific island of Tonga was struck by a huge volcanic explosion on January 15, which was followed by a tsunami that flooded the regions of the capital, Nuku\'alofa.';
  it('is two happenings: at the country struck, and at the place the follower\'s clause names', () => {
    const found = run(text, '2022-01-15');
    expect(found.map((c) => c.properties.place).sort()).toEqual(['nuku-alofa', 'tonga']);
    expect(found.every((c) => c.properties.start === '2022-01-15')).toBe(true);
  });
  it('but a country struck with no other place told stays one happening', () => {
    const one = 'The Pacific island of Tonga was struck by a huge volcanic explosion on January 15, which was followed by a tsunami.';
    expect(run(one, '2022-01-15').length).toBe(1);
  });
});
