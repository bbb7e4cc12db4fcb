/**
 * What the fresh-39 round FF fixed, as general rules. The sentences are made up, in the style
 * of a wire report.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, withQuote } from './test-support';

describe('a bare name one country spells and another country\'s name ends with', () => {
  it('"eastern Congo" in a story the Congolese army and North Kivu tell is the east of the larger Congo', () => {
    const text = [
      'BENI – Congolese troops clashed with rebels near the town of Beni in North Kivu province on Tuesday, the army said.',
      'The shelling of a camp for displaced people in eastern Congo killed at least seven people and wounded 15, the U.N. said.',
    ].join('\n\n');
    const found = run(text, '2024-05-08');
    expect(withQuote(found, /^The shelling of a camp/)?.properties.place).toBe('eastern-dr-congo');
  });
});

describe('countries named as the two ends of a span', () => {
  it('"from more than 10 countries stretching from the United States to Indonesia" puts the story in neither', () => {
    const text = [
      'At least 40 pilgrims died of heat stroke in Mecca during the pilgrimage, Saudi officials said on Sunday.',
      'The dead came from more than 10 countries stretching from the United States to Indonesia, diplomats said.',
      'Most of them collapsed after the ritual in Mina on Saturday, officials said.',
    ].join('\n\n');
    const found = run(text, '2024-06-23');
    expect(found.map((c) => c.properties.place)).not.toContain('minot');
  });
});

describe('a death count is a toll', () => {
  it('"brought the total death count to 85" is told, with the toll before it', () => {
    const text = [
      'Heat deaths among workers at the port of Basra rose to 40 on Tuesday, health officials said.',
      'The figure brought the total death count to 85, based on a tally of reports from hospitals in the province.',
    ].join('\n\n');
    const found = run(text, '2024-07-17');
    expect(withQuote(found, /^The figure brought the total death count/)).toBeDefined();
  });
});

describe('a telling day after a long teller', () => {
  it('"..., two Asian diplomats handling their governments\' response told Reuters on Tuesday" dates only the telling', () => {
    const text = 'At least 40 migrant workers died of heat stroke at building sites in Doha, two Asian diplomats handling their governments\' response told Reuters on Tuesday.';
    const found = run(text, '2024-06-18');
    expect(withQuote(found, /^At least 40 migrant workers/)?.properties.datePrecision).not.toBe('day');
  });
});
