/**
 * What the extraction tests share: an article run on text written for the test, dated by its
 * report day, against the world gazetteer (loaded once, before the tests' own time starts: it
 * takes seconds on a busy machine), and ways to find a candidate by its quotes or its point.
 */
import { beforeAll } from 'vitest';
import { extractArticle } from './candidates';
import { indexGazetteer } from './places';
import { worldGazetteer } from './world-gazetteer';

beforeAll(() => void worldGazetteer(), 60_000);

const ctx = { gazetteer: indexGazetteer([]), world: worldGazetteer };

/** The whole extraction of `text` as a wire report published on `day`. */
export const extractText = (text: string, day: string) =>
  extractArticle({ path: 'x.txt', source: 'x.txt', text, bodyStart: 0, published: { start: day, end: day, outlet: 'Wire', headline: null } }, ctx);

/** Its candidates. */
export const candidatesOf = (text: string, day: string) => extractText(text, day).candidates;

export type Found = ReturnType<typeof candidatesOf>;

export const quotes = (c: { properties: { claims: Array<{ quote: string }> } }): string[] => c.properties.claims.map((q) => q.quote);

/** The candidate one of whose quotes starts as `start` matches. */
export const withQuote = (found: Found, start: RegExp) => found.find((c) => quotes(c).some((q) => start.test(q)));

/** Whether a candidate of its own opens with the sentence `start` matches (its first quote). */
export const opensOne = (found: Found, start: RegExp): boolean => found.some((c) => start.test(quotes(c)[0] ?? ''));

export const where = (c: { geometry: { coordinates: number[] } }): [number, number] => [c.geometry.coordinates[0] ?? 0, c.geometry.coordinates[1] ?? 0];
