/**
 * What the fresh-27 round fixed, as general rules: a capitalised word opening a sentence and
 * modifying the lower-case noun after it ("Mobile phone video released by ... shows", "Split
 * decision") is a word of the sentence, not a far city that bears its name; a city named there
 * and followed by its verb ("Mobile was hit") stays a place.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, where, withQuote } from './test-support';

describe('a capitalised word opening a sentence before the noun it modifies', () => {
  const text = [
    'A ferry carrying about 200 people sank on Lake Toba in Indonesia on Monday, leaving dozens missing.',
    'Mobile phone video released by the disaster agency shows the crew of another ferry trying to rescue people struggling in the water on Monday.',
  ].join('\n\n');
  it('"Mobile phone video" places nothing at a far city so named', () => {
    const found = run(text, '2018-06-19');
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(where(c)[0]).toBeGreaterThan(0);
  });
  it('but a city opening a sentence with its verb stays a place', () => {
    const found = run('Mobile was hit by a tornado on Monday, killing two people, officials said.', '2018-06-19');
    const c = withQuote(found, /^Mobile was hit/);
    expect(c).toBeDefined();
    expect(where(c!)[0]).toBeLessThan(-80);
  });
});
