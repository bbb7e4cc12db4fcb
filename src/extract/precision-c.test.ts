/**
 * What precision round C fixed, as general rules. A sentence that tells a happening on its day
 * and closes with the clause of who told it and when ("The gunman opened fire at a bowling alley on
 * Wednesday night, the governor said at a news conference Thursday") is one candidate,
 * on the happening's day: the day of the telling dates only the telling. A toll so told stays
 * as of the day it was told.
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
