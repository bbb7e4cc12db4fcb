/**
 * What the round on stories under 70% recall fixed, as general rules: a first-level region
 * named by two towns joined by a hyphen ("the Baalbek-Hermel region") is the region seated at
 * one of them, found even where the article names no country. A long sentence that ends ", the
 * airline confirmed" is told by the body its common noun names, and what it tells is a
 * happening at the place it names. "Thousands of protesters earlier on Saturday stormed the
 * President's House": a day told between the protesters and their act keeps it a protest.
 */
import { describe, expect, it } from 'vitest';
import { categorize } from './classify';
import { candidatesOf as run, where } from './test-support';

describe('a region named by two towns joined by a hyphen', () => {
  it('is the first-level region seated at one of them', () => {
    const found = run('Israeli airstrikes killed 67 people in the Baalbek-Hermel region on Monday.', '2024-10-29');
    expect(found.length).toBe(1);
    const [lon, lat] = where(found[0]!);
    expect(Math.abs(lon - 36.3)).toBeLessThan(0.3);
    expect(Math.abs(lat - 34.15)).toBeLessThan(0.3);
    expect(found[0]?.properties.place).toBe('baalbek-hermel-region');
  });
  it('but two names neither of which seats a region stay unplaced', () => {
    expect(run('Israeli airstrikes killed 67 people in the Xyzzy-Plugh region on Monday.', '2024-10-29').length).toBe(0);
  });
});

describe('a body named by its common noun, speaking at the end of a long sentence', () => {
  const lede = 'An Ethiopian Airlines flight, carrying 149 passengers from Addis Ababa to Nairobi, crashed on Sunday morning, the prime minister confirmed.';
  it('"..., the airline confirmed" tells where the flight crashed', () => {
    const found = run(`${lede}\n\nFlight ET 302 crashed near the town of Bishoftu, 62 kilometres southeast of the capital Addis Ababa, the airline confirmed.`, '2019-03-10');
    const c = found.find((f) => f.properties.claims.some((q) => /^Flight ET 302 crashed/.test(q.quote)));
    expect(c?.properties.place).toBe('bishoftu');
    expect(c?.properties.claims[0]?.attribution).toBe('the airline');
  });
});

describe('protesters and their act with a day between them', () => {
  it('"protesters earlier on Saturday stormed" is a protest', () => {
    expect(categorize("Thousands of protesters earlier on Saturday stormed the President's House and occupied these buildings.", undefined).category).toBe('protest');
  });
  it('"protesters on Sunday marched" is a protest', () => {
    expect(categorize('Hundreds of protesters on Sunday marched through the capital.', undefined).category).toBe('protest');
  });
  it('and is mined at the place the story is in', () => {
    const text = 'Protesters set fire to the private residence of the prime minister in Colombo on Saturday.\n\nThousands of protesters earlier on Saturday stormed the President\'s House and occupied these buildings.';
    const found = run(text, '2022-07-09');
    const c = found.find((f) => f.properties.claims.some((q) => /^Thousands of protesters/.test(q.quote)));
    expect(c?.properties.place).toBe('colombo');
  });
});
