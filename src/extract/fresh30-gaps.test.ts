/**
 * What the fresh-30 round fixed, as general rules. An article that names no place the
 * gazetteers know, but speaks of "the country" from an outlet named after one ("the country's
 * most active volcano exploded", in a paper named for its country), is told in that country:
 * its happenings are placed there, inferred, not dropped. A dam that "ruptured", or one
 * named with a few words of what it held ("a dam holding back mine waste collapsed"), burst:
 * the disaster's own blow, a happening on the day the sentence gives it.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from './candidates';
import { indexGazetteer } from './places';
import { worldGazetteer } from './world-gazetteer';
import { categorize } from './classify';
import { candidatesOf as run, where, withQuote } from './test-support';

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

describe('a dam that ruptured or collapsed, named with what it held', () => {
  it('"The dam ruptured on Friday" is the disaster\'s blow', () => {
    expect(categorize('The dam ruptured on Friday, releasing a torrent of mining waste that slammed into the facilities.', undefined).category).toBe('other');
  });
  it('"a dam holding back mine waste collapsed" is too', () => {
    expect(categorize('Around midday a dam holding back mine waste collapsed, sending waves of mud for kilometers.', undefined).category).toBe('other');
  });
  it('gives a candidate on the day the sentence gives it, beside a lede dated by the search', () => {
    const text = [
      'Rescue workers halted searches for the night on Saturday for hundreds of people missing under a sea of mud after a tailings dam burst at an iron ore mine near the town of Brumadinho, killing at least 34 people.',
      'The dam ruptured on Friday, releasing a torrent of mining waste that cut through a nearby community.',
    ].join('\n\n');
    const c = withQuote(run(text, '2019-01-27'), /^The dam ruptured on Friday/);
    expect(c?.properties.start).toBe('2019-01-25');
  });
  it('but a dam that held is no blow', () => {
    expect(categorize('The dam held on Friday despite the rain.', undefined).cue ?? '').not.toMatch(/dam/);
  });
});
