/**
 * What the fresh-25 round fixed, each as a general rule: "late August 8 to 9" is those days
 * (late in the day), not the last third of the month; "since the weekend" runs from the last
 * Saturday up to publication; "a fire in the mayor's office", a fire told as new in or at a
 * building, is a happening of its own, and "a video of a fire" there no new one; the day of
 * what set unrest off ("sparked by the death ... on 16 September") dates the cause, not the
 * sentence, even as its only date.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from './dates';
import { candidatesOf as run, withQuote } from './test-support';

describe('"early" or "late" before a month with its day', () => {
  it('is the day, not a part of the month', () => {
    const text = 'The worst affected was the historic town of Lahaina where rapidly spreading wildfire from late August 8 to 9 killed 80 people.';
    const found = run(text, '2023-08-12');
    const c = withQuote(found, /^The worst affected/);
    expect(c).toBeDefined();
    expect([c?.properties.start, c?.properties.end]).toEqual(['2023-08-08', '2023-08-09']);
  });
  it('leaves "late August" alone a part of the month', () => {
    const [d] = findDates('Fires broke out in late August, 2023.', { start: '2023-09-12', end: '2023-09-12' });
    expect([d?.from, d?.to]).toEqual(['2023-08-21', '2023-08-31']);
  });
});

describe('"since the weekend"', () => {
  it('runs from the last Saturday up to publication', () => {
    const text = 'The Government of Kazakhstan declared a state of emergency in the capital and the provinces of this tightly controlled country, where thousands of people in various regions have come out to demonstrate since the weekend.';
    const found = run(text, '2022-01-06');
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((c) => [c.properties.start, c.properties.end])).toContainEqual(['2022-01-01', '2022-01-06']);
  });
});

describe('"a fire in" a building', () => {
  it('is a happening of its own, not words with no event', () => {
    const text = 'A blogger broadcast live on Instagram a fire in the mayor’s office of the country’s main city, Almaty, while hearing what appeared to be shots in the vicinity.';
    const found = run(text, '2022-01-06');
    expect(withQuote(found, /^A blogger broadcast/)).toBeDefined();
  });
  it('but "a video of a fire" there is a picture of one, no happening', () => {
    const found = run('A video of a fire at the construction market in Kharkiv was published on social networks.', '2024-05-25');
    expect(found).toEqual([]);
  });
});

describe('the day of what set unrest off ("sparked by the death ... on 16 September")', () => {
  it('dates the cause, not the sentence\'s news, even as its only date', () => {
    const text = 'Crowds were also fired on in Mahabad, in renewed deadly violence at the end of the sixth week of unrest sparked by the death in police custody of a young woman on 16 September.';
    const found = run(text, '2022-10-28');
    const c = withQuote(found, /^Crowds were also fired on/);
    expect(c).toBeDefined();
    expect((c?.properties.start ?? '') >= '2022-10-01').toBe(true);
  });
});
