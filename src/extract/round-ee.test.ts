/**
 * What precision round EE fixed, as general rules: sentences of background, which tell the
 * context of the news rather than the news (a trend summed over a counted span, a visit cut
 * short, an earlier month's word or deal that harmed no one, a year's toll told by its year). The
 * sentences are made up, in the style of a wire report.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, opensOne } from './test-support';

describe('a trend summed over a counted span, with no day of its own', () => {
  const lede = 'An air strike hit a market in the town of Nabatieh on Monday, killing at least seven people, the health ministry said.';
  it('"has carried out hundreds of strikes ... over the past three weeks" is no candidate', () => {
    const text = [lede, 'The army has carried out hundreds of air strikes across southern Lebanon over the past three weeks.'].join('\n\n');
    const found = run(text, '2024-10-29');
    expect(opensOne(found, /^The army has carried out hundreds/)).toBe(false);
  });
  it('nor is "have arrived ... this year"', () => {
    const text = ['A boat carrying migrants capsized off the island of Lampedusa on Tuesday, killing at least 30 people, the coast guard said.', 'More than 40,000 migrants have arrived in Italy by sea this year, according to UN figures.'].join('\n\n');
    const found = run(text, '2023-06-14');
    expect(opensOne(found, /^More than 40,000 migrants have arrived/)).toBe(false);
  });
  it('nor "has spent the past weeks visiting ..."', () => {
    const text = ['Security forces opened fire on a protest camp in Khartoum on Monday, killing at least 30 people, doctors said.', 'The council has spent the past weeks visiting the leaders of Egypt and Qatar.'].join('\n\n');
    const found = run(text, '2019-06-03');
    expect(opensOne(found, /^The council has spent the past weeks/)).toBe(false);
  });
  it('but a strike told with its own day stays a candidate', () => {
    const text = [lede, 'On Tuesday, the army carried out a strike on a house in Tyre, killing three people, after hundreds of strikes over the past three weeks.'].join('\n\n');
    const found = run(text, '2024-10-29');
    expect(opensOne(found, /^On Tuesday, the army carried out a strike/)).toBe(true);
  });
});
