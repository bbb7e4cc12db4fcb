/**
 * What the fresh-31 round fixed, as general rules. A denial ("X denies targeting civilians",
 * "X has denied its forces hit the market") is a claim on a happening, never the happening
 * itself: no strike stands at the denier's seat.
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
