/**
 * What the I story-recall round fixed, as general rules. "The storm has killed at least 12
 * people in India's West Bengal state while in Bangladesh up to eight people have died": a
 * toll told in a second country, in a clause of its own, is that country's toll, a candidate
 * at that country beside the first.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run } from './test-support';

describe('a toll told in a second country, in a clause of its own', () => {
  const text = [
    'A powerful cyclone made landfall near Kolkata in West Bengal on Wednesday.',
    'The cyclone has killed at least 12 people in India\'s West Bengal state while in Bangladesh up to eight people have died.',
  ].join('\n\n');
  it('"while in <country> N people have died" is a candidate at that country too', () => {
    const found = run(text, '2020-05-21').filter((c) => c.properties.claims.some((q) => /^The cyclone has killed/.test(q.quote)));
    expect(found.map((c) => c.properties.place)).toContain('bangladesh');
    expect(found.length).toBe(2);
  });
  it('but a second country with no toll of its own in its clause adds none', () => {
    const found = run(text.replace('while in Bangladesh up to eight people have died', 'while forecasters in Bangladesh watched its path'), '2020-05-21')
      .filter((c) => c.properties.claims.some((q) => /^The cyclone has killed/.test(q.quote)));
    expect(found.length).toBe(1);
  });
  it('nor does the country that holds the place the toll is put at', () => {
    const found = run('The cyclone has killed at least 12 people in Kolkata while in India as a whole 20 people have died.', '2020-05-21')
      .filter((c) => c.properties.claims.some((q) => /^The cyclone has killed/.test(q.quote)));
    expect(found.length).toBe(1);
  });
});
