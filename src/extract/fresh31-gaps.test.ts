/**
 * What the fresh-31 round fixed, as general rules. A denial ("X denies targeting civilians",
 * "X has denied its forces hit the market") is a claim on a happening, never the happening
 * itself: no strike stands at the denier's seat. A first-level region's name that a town
 * abroad shares, or that another town has for an alias ("Victoria", an old name of Hong
 * Kong), is the region when the article's other places lie in the region's country. A lede's
 * toll of an eruption told with no day ("... erupted, killing at least 14 people") takes the
 * day a later sentence gives the volcano's eruption by its name ("Mount X spat ash ... in a
 * sudden eruption on Saturday").
 */
import { describe, expect, it } from 'vitest';
import { categorize } from './classify';
import { findAttributions } from './attribution';
import { candidatesOf as run, where, withQuote } from './test-support';

const kindOf = (sentence: string) => categorize(sentence, findAttributions(sentence)[0]).category;

describe('a denial of a happening', () => {
  it('"Israel denies targeting civilians." is a statement, not a strike', () => {
    expect(kindOf('Israel denies targeting civilians.')).toBe('statement');
  });
  it('"The army has denied its forces hit the market, claiming ..." is too', () => {
    expect(kindOf('The army has denied its forces hit the market, claiming instead that rebels shelled it.')).toBe('statement');
  });
  it('gives no strike at the denier\'s seat', () => {
    const text = [
      'Government forces bombed a market where civilians were shopping in the besieged city of Aleppo on Wednesday, the city council said.',
      'Syria denies targeting civilians.',
    ].join('\n\n');
    const found = run(text, '2016-03-16');
    const denial = withQuote(found, /^Syria denies/);
    expect(denial?.properties.category ?? 'none').not.toBe('strike');
    const atSeat = (c: Parameters<typeof where>[0]) => Math.abs(where(c)[0] - 36.3) < 0.3 && Math.abs(where(c)[1] - 33.5) < 0.3;
    expect(found.filter((c) => c.properties.category === 'strike' && atSeat(c))).toEqual([]);
  });
  it('but a strike reported despite a denial stays a strike', () => {
    expect(kindOf('Despite Moscow\'s denial, rockets struck the port on Monday, officials said.')).toBe('strike');
  });
});

const inAustralianVictoria = (c: Parameters<typeof where>[0]) => {
  const [lon, lat] = where(c);
  return lon > 140 && lon < 150.5 && lat < -33.9 && lat > -39.3;
};

describe('a region\'s name that a town abroad has too', () => {
  it('"in central Victoria" beside towns of that region is the region, not a town abroad', () => {
    const text = [
      'Bushfires destroyed dozens of homes in central Victoria on Saturday, officials said.',
      'Residents of Ballarat and Bendigo were told to leave on Sunday.',
    ].join('\n\n');
    const c = withQuote(run(text, '2019-01-08'), /^Bushfires destroyed/);
    expect(c).toBeDefined();
    expect(inAustralianVictoria(c as NonNullable<typeof c>)).toBe(true);
  });
  it('"Victoria" alone too, when a town of the region is named later', () => {
    const text = [
      'Floods cut roads across Victoria on Monday, the state\'s emergency service said.',
      'In Shepparton, rescuers pulled 20 people from their homes on Tuesday.',
    ].join('\n\n');
    const c = withQuote(run(text, '2022-10-18'), /^Floods cut roads/);
    expect(c).toBeDefined();
    expect(inAustralianVictoria(c as NonNullable<typeof c>)).toBe(true);
  });
  it('but not when the article names no place in the region\'s country', () => {
    const c = withQuote(run('Police dispersed a protest in Victoria on Monday, officials said.', '2019-01-08'), /^Police dispersed/);
    expect(c === undefined || !inAustralianVictoria(c)).toBe(true);
  });
});

describe('an eruption\'s toll told with no day, the volcano named with its day further down', () => {
  const text = [
    'MAGELANG Rescuers were sifting through smoldering debris and thick mud for survivors a day after Java Island’s most active volcano erupted with fury, killing at least 9 people with burning gas and ash.',
    'Mount Merapi in Magelang District, Central Java Province, spat thick columns of ash more than 3,000 meters into the sky in a sudden eruption triggered by heavy rains on Saturday.',
  ].join('\n\n');
  it('takes the day of the eruption', () => {
    const c = withQuote(run(text, '2021-12-07'), /^MAGELANG Rescuers were sifting/);
    expect(c?.properties.start).toBe('2021-12-04');
  });
  it('but not from another volcano\'s eruption', () => {
    const other = text.replace('erupted with fury', 'Mount Kelud erupted with fury');
    const c = withQuote(run(other, '2021-12-07'), /^MAGELANG Rescuers were sifting/);
    expect(c?.properties.start).not.toBe('2021-12-04');
  });
});
