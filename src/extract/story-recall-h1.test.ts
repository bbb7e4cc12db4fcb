/**
 * What the H1 story-recall round fixed, as general rules. "all houses on the island of Mango
 * were wiped out", "extensive damage occurred on Nomuka Island": a small island the gazetteer
 * lacks, told as an island, lies in the country the article tells the story in, not at the
 * article's theatre (its main island or capital): the candidate stands at that country.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, withQuote } from './test-support';

const TONGA = [
  'A tsunami hit Tonga on Saturday after a volcanic eruption, flooding parts of Tongatapu.',
  'The government said all houses on the island of Mango were wiped out in the tsunami that followed Saturday’s eruption.',
  'Evacuations continued in Tongatapu on Sunday.',
].join('\n\n');

describe('an island the gazetteer lacks', () => {
  it('"on the island of" a name not found is in the country the article names', () => {
    const c = withQuote(run(TONGA, '2022-01-19'), /^The government said all houses on the island of Mango/);
    expect(c).toBeDefined();
    expect(c?.properties.locationPrecision).toBe('country');
  });
  it('but an island the gazetteer has keeps its own place', () => {
    const text = TONGA.replace('the island of Mango', 'the island of Tongatapu');
    const c = withQuote(run(text, '2022-01-19'), /^The government said all houses on the island of Tongatapu/);
    expect(c?.properties.locationPrecision).not.toBe('country');
  });
});
