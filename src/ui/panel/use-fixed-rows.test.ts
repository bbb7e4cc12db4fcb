import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowRange } from './use-fixed-rows';

describe('rowRange', () => {
  it('draws the rows meeting the viewport plus the overscan, clamped to the list', () => {
    expect(rowRange(0, 200, 50, 100, 2)).toEqual({ first: 0, end: 6 });
    expect(rowRange(120, 200, 50, 100, 2)).toEqual({ first: 0, end: 9 });
    expect(rowRange(1000, 200, 50, 100, 2)).toEqual({ first: 18, end: 26 });
    expect(rowRange(4900, 200, 50, 100, 2)).toEqual({ first: 96, end: 100 });
  });

  it('draws nothing for an empty list, even scrolled (a list that just shrank)', () => {
    expect(rowRange(5000, 200, 50, 0, 2)).toEqual({ first: 0, end: 0 });
    expect(rowRange(5000, 200, 50, 3, 2)).toEqual({ first: 3, end: 3 });
  });

  it('every row that meets the viewport is drawn, and only a few more', () => {
    fc.assert(
      fc.property(fc.nat(20_000), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 100 }), fc.nat(500), fc.nat(5), (top, height, row, count, over) => {
        const { first, end } = rowRange(top, height, row, count, over);
        for (let i = 0; i < count; i++) {
          const meets = i * row < top + height && (i + 1) * row > top;
          if (meets) expect(i >= first && i < end).toBe(true);
        }
        expect(end - first).toBeLessThanOrEqual(Math.ceil(height / row) + 1 + 2 * over);
      }),
    );
  });
});
