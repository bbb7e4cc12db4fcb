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

describe('a visit cut short', () => {
  const lede = 'A cyclone made landfall near the port city of Beira on Thursday night, killing at least 20 people, officials said.';
  it('"has cut short a state visit ... because of the storm" is no candidate', () => {
    const text = [lede, 'The president has cut short a two-day state visit to Kenya because of the situation caused by the storm.'].join('\n\n');
    const found = run(text, '2019-03-16');
    expect(opensOne(found, /^The president has cut short/)).toBe(false);
  });
  it('nor "said on Saturday he cut short all his engagements to return home"', () => {
    const text = [lede, 'The prime minister, who was attending a summit in Brussels on Friday, said on Saturday he cut short all his engagements to return home.'].join('\n\n');
    const found = run(text, '2019-03-16');
    expect(opensOne(found, /^The prime minister, who was attending/)).toBe(false);
  });
  it('but one that goes on to a visit of its own stays a candidate', () => {
    const text = [lede, 'The president cut short a state visit to Kenya on Saturday, and will visit Beira on Sunday.'].join('\n\n');
    const found = run(text, '2019-03-16');
    expect(opensOne(found, /^The president cut short a state visit/)).toBe(true);
  });
  it('and a visit to the place struck stays a candidate', () => {
    const text = [lede, 'The president flew to Beira on Saturday to see the damage.'].join('\n\n');
    const found = run(text, '2019-03-16');
    expect(opensOne(found, /^The president flew to Beira/)).toBe(true);
  });
});
