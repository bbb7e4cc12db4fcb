/**
 * What the story-recall round fixed, as general rules. "Several towns, including Dikchu,
 * Singtam, and Rangpo, were flooded": the towns a sentence lists after "including" or "such
 * as" each had the happening, so each found town is a candidate of its own.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, where } from './test-support';

const FLOOD = "Flash floods hit India's Sikkim state on Wednesday.";

describe('"several towns, including A, B and C"', () => {
  it('gives a candidate at each town found', () => {
    const found = run(`${FLOOD} Several towns, including Dikchu, Singtam, and Rangpo, were flooded.`, '2023-10-05');
    const points = found.filter((c) => c.properties.claims.some((q) => /^Several towns/.test(q.quote))).map(where);
    expect(points.length).toBe(2);
    const [a, b] = points;
    expect(Math.abs((a?.[1] ?? 0) - (b?.[1] ?? 0)) + Math.abs((a?.[0] ?? 0) - (b?.[0] ?? 0))).toBeGreaterThan(0.03);
  });
  it('"such as" lists them as well', () => {
    const found = run(`${FLOOD} Towns such as Singtam and Rangpo were flooded.`, '2023-10-05');
    expect(found.filter((c) => c.properties.claims.some((q) => /^Towns such as/.test(q.quote))).length).toBe(2);
  });
  it('but "the towns of A and B" stays one area', () => {
    const found = run(`${FLOOD} The towns of Singtam and Rangpo were flooded.`, '2023-10-05');
    expect(found.filter((c) => c.properties.claims.some((q) => /^The towns of/.test(q.quote))).length).toBe(1);
  });
});
