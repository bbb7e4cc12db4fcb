/**
 * What the fresh-36 round Y fixed, as general rules. "According to the DIG": an all-capital
 * initialism after "the" is an office or a body, not a town that has it as a name.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, where } from './test-support';

const near = (c: Parameters<typeof where>[0], lon: number, lat: number, deg = 1) => Math.abs(where(c)[0] - lon) < deg && Math.abs(where(c)[1] - lat) < deg;

describe('an all-capital initialism after "the"', () => {
  it('is an office, not a town ("According to the DIG, the barricades gave way")', () => {
    const found = run('A wall collapsed at a crowded temple in Kolkata on Sunday, killing nine worshippers, officials said. According to the DIG, the barricades near the gate gave way as the crowd surged forward.', '2023-04-10');
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((c) => near(c, 77.33, 27.47, 1))).toBe(false);
  });
});
