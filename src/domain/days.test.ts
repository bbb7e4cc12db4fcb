import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { firstDayOfMonth, monthOf, monthSpan, parseDay, toDay, toIso, today } from './days';

const day = fc.integer({ min: toDay('1900-01-01'), max: toDay('2200-12-31') });

describe('days', () => {
  it('round-trips ISO dates and refuses days that do not exist', () => {
    fc.assert(
      fc.property(day, (d) => {
        expect(toDay(toIso(d))).toBe(d);
      }),
    );
    expect(parseDay('2024-02-29')).toBe(toDay('2024-03-01') - 1);
    expect(parseDay('2023-02-29')).toBeNull();
  });

  it('finds the month of a day and the 1st of a month', () => {
    fc.assert(
      fc.property(day, (d) => {
        const m = monthOf(d);
        const first = firstDayOfMonth(m);
        expect(toIso(first)).toBe(`${toIso(d).slice(0, 7)}-01`);
        expect(firstDayOfMonth(m + 1)).toBeGreaterThan(d);
        expect(monthOf(first)).toBe(m);
      }),
    );
    expect(monthOf(toDay('2025-01-15')) - monthOf(toDay('2024-12-31'))).toBe(1);
  });

  it('spans a month from its 1st to its last day, leap years included', () => {
    expect(monthSpan(toDay('2024-02-10')).map(toIso)).toEqual(['2024-02-01', '2024-02-29']);
    expect(monthSpan(toDay('2023-02-10')).map(toIso)).toEqual(['2023-02-01', '2023-02-28']);
    expect(monthSpan(toDay('2024-12-31')).map(toIso)).toEqual(['2024-12-01', '2024-12-31']);
  });

  it('knows today in UTC', () => {
    vi.useFakeTimers({ now: new Date('2026-03-04T23:59:00Z') });
    expect(toIso(today())).toBe('2026-03-04');
    vi.useRealTimers();
  });
});
