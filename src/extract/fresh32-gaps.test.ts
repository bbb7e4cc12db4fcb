/**
 * What the fresh-32 round fixed, as a general rule. "..., the UN's refugee agency said in
 * Geneva": the place a speaker spoke in is where the words were said, not where the toll they
 * tell was counted. A toll told so stands at the article's theatre, never at the speaker's
 * city.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, where, withQuote } from './test-support';

const near = (c: Parameters<typeof where>[0], lon: number, lat: number) => Math.abs(where(c)[0] - lon) < 1 && Math.abs(where(c)[1] - lat) < 1;

describe('a place a speaker spoke in', () => {
  const text = [
    'Tremors have continued in the city of Goma, three days after the volcano erupted on Saturday.',
    '“Thirty-two people died in incidents linked to the eruption,” the UN’s refugee agency said in Geneva.',
  ].join('\n\n');
  it('is not the place of the toll it tells ("… said in Geneva")', () => {
    const toll = withQuote(run(text, '2021-05-26'), /Thirty-two people died/);
    expect(toll).toBeDefined();
    expect(near(toll!, 6.14, 46.2)).toBe(false);
  });
  it('the toll stands at the article\'s theatre', () => {
    const toll = withQuote(run(text, '2021-05-26'), /Thirty-two people died/);
    expect(near(toll!, 29.2, -1.68)).toBe(true);
  });
});
