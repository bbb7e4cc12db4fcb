/**
 * What the round on stories under 70% recall fixed, as general rules: a first-level region
 * named by two towns joined by a hyphen ("the Baalbek-Hermel region") is the region seated at
 * one of them, found even where the article names no country.
 */
import { describe, expect, it } from 'vitest';
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
