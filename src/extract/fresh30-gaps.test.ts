/**
 * What the fresh-30 round fixed, as general rules. An article that names no place the
 * gazetteers know, but speaks of "the country" from an outlet named after one ("the country's
 * most active volcano exploded", in a paper named for its country), is told in that country:
 * its happenings are placed there, inferred, not dropped.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from './candidates';
import { indexGazetteer } from './places';
import { worldGazetteer } from './world-gazetteer';
import { where, withQuote } from './test-support';

const ctx = { gazetteer: indexGazetteer([]), world: worldGazetteer };
const fromOutlet = (text: string, day: string, outlet: string) =>
  extractArticle({ path: 'x.txt', source: 'x.txt', text, bodyStart: 0, published: { start: day, end: day, outlet, headline: null } }, ctx).candidates;

const NO_PLACE = [
  'Five people are now confirmed dead after the country\'s most active volcano exploded in a shower of steam and ash on Monday.',
  'Rescuers were still unable to reach the victims on Tuesday.',
].join('\n\n');

describe('an article naming no place, from an outlet named after a country', () => {
  it('is placed in that country when it speaks of "the country"', () => {
    const c = withQuote(fromOutlet(NO_PLACE, '2019-12-10', 'Otago Daily Times of New Zealand'), /^Five people are now confirmed dead/);
    expect(c).toBeDefined();
    const [lon, lat] = where(c as NonNullable<typeof c>);
    expect(lat).toBeLessThan(-30);
    expect(lon).toBeGreaterThan(160);
  });
  it('but not from an outlet named after no country', () => {
    expect(fromOutlet(NO_PLACE, '2019-12-10', 'Daily Courier')).toEqual([]);
  });
  it('nor when the text does not speak of "the country"', () => {
    const text = 'Five people are now confirmed dead after the volcano exploded in a shower of steam and ash on Monday.';
    expect(fromOutlet(text, '2019-12-10', 'Otago Daily Times of New Zealand')).toEqual([]);
  });
});
