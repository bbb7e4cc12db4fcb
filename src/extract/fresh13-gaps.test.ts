/**
 * Places the fresh-13 round fixed, each as a general rule: a number word opening a sentence
 * ("One survivor was ...") is a count, never a town of that name; a place a boat or a convoy
 * left is where it came from, never the story's theatre.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, where, withQuote } from './test-support';
import { distanceKm } from './geo';

describe('a shipwreck whose lede names no place', () => {
  const text = [
    'At least 40 migrants died when their overcrowded boat broke apart off the Greek coast before dawn on Sunday.',
    '',
    'One survivor was arrested on people-smuggling charges, the coast guard said.',
    '',
    'The boat had left Tobruk in eastern Libya four days earlier, survivors said.',
    '',
    'Nikos Georgiou, the mayor of Pylos, said women and children were among the dead.',
  ].join('\n');

  it('is not placed where the boat set out from ("had left Tobruk") nor at a town named "One"', () => {
    const lede = withQuote(run(text, '2023-06-12'), /^At least 40 migrants died/);
    expect(lede).toBeDefined();
    // Pylos, the town the article names on the coast, not Tobruk (Libya) 700 km away.
    expect(distanceKm(where(lede!), [21.696, 36.913])).toBeLessThan(30);
  });
});
