/**
 * What precision round C fixed, as general rules. A sentence that tells a happening on its day
 * and closes with the clause of who told it and when ("The gunman opened fire at a bowling alley on
 * Wednesday night, the governor said at a news conference Thursday") is one candidate,
 * on the happening's day: the day of the telling dates only the telling. A toll so told stays
 * as of the day it was told. A detail closed by its source (", US officials said.") that names
 * no place but the dateline's is a claim on the happening told, not a happening at the seat.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, withQuote } from './test-support';

describe('one sentence, the happening\'s day and the day it was told', () => {
  it('a closing "said at a news conference Thursday" dates only the telling', () => {
    const found = run('The gunman opened fire at a bowling alley in Lewiston on Wednesday night, the governor said at a news conference Thursday.', '2023-10-27');
    const quoted = found.filter((c) => withQuote([c], /^The gunman opened fire/));
    expect(quoted).toHaveLength(1);
    expect(quoted[0]?.properties.start).toBe('2023-10-25');
  });
  it('a closing "told national broadcaster RTVE on Wednesday" after a quoted "Yesterday" dates only the telling', () => {
    const found = run('“Yesterday was the worst day of my life,” the mayor of Utiel, a town in Valencia, told national broadcaster RTVE on Wednesday.', '2024-10-30');
    const quoted = found.filter((c) => withQuote([c], /^“Yesterday was the worst day/));
    expect(quoted.length).toBeLessThanOrEqual(1);
    expect(quoted.every((c) => c.properties.start !== '2024-10-30')).toBe(true);
  });
  it('but a toll told that day stays as of the day it was told', () => {
    const found = run('Around 100 civilians were killed overnight in an attack on a village in northern Burkina Faso, the government said on Saturday.', '2021-06-05');
    expect(found.some((c) => withQuote([c], /^Around 100 civilians/) && c.properties.start === '2021-06-05')).toBe(true);
  });
  it('and two days of the happening itself stay two', () => {
    const found = run('Fighters attacked the village of Yelwata in Benue State on Friday night and attacked Makurdi on Saturday, the police said.', '2025-06-16');
    const quoted = found.filter((c) => withQuote([c], /^Fighters attacked the village/));
    expect(new Set(quoted.map((c) => c.properties.start)).size).toBe(2);
  });
});

describe('a detail told at the speaker\'s seat', () => {
  it('", US officials said" closing a detail of a happening told elsewhere is a claim on it', () => {
    const text = [
      'A suicide bomber killed 13 people at the airport in Kabul on Thursday.',
      'WASHINGTON • The suicide bomber waited until the last possible moment, US officials said.',
    ].join('\n\n');
    const found = run(text, '2021-08-27');
    const detail = found.filter((c) => withQuote([c], /The suicide bomber waited/));
    expect(detail).toHaveLength(1);
    expect(withQuote(detail, /^A suicide bomber killed/)).toBeDefined();
  });
  it('an opening line so told, before its happening, is no candidate at the seat', () => {
    const text = [
      'WASHINGTON • The suicide bomber waited until the last possible moment, US officials said.',
      'A suicide bomber killed 13 people at the airport in Kabul on Thursday.',
    ].join('\n\n');
    const found = run(text, '2021-08-27');
    expect(found.some((c) => withQuote([c], /The suicide bomber waited/) && c.properties.place === 'washington')).toBe(false);
  });
  it('but a speaker\'s own claim in response stays a statement of its own', () => {
    const text = [
      'The coast guard fired water cannon at two supply boats near Second Thomas Shoal on Saturday.',
      'In response, the Chinese coast guard claimed that it had implemented controls in accordance with laws and regulations.',
    ].join('\n\n');
    const found = run(text, '2023-12-23');
    const claim = withQuote(found, /^In response, the Chinese coast guard/);
    expect(claim).toBeDefined();
    expect(withQuote([claim as (typeof found)[number]], /^The coast guard fired/)).toBeUndefined();
  });
});
