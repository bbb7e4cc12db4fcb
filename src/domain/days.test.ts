import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { firstDayOfMonth, formatDay, monthOf, monthSpan, parseDay, toDay, toIso, today } from './days';

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

describe('formatDay', () => {
  it('writes a day in each of the app’s forms, the UTC calendar day whatever the time zone', () => {
    const day = toDay('2024-09-05');
    expect(formatDay(day, 'year')).toBe('2024');
    expect(formatDay(day, 'day')).toBe('5');
    expect(formatDay(day, 'month')).toBe('Sep');
    expect(formatDay(day, 'monthYear')).toBe('September 2024');
    expect(formatDay(day, 'monthDay')).toBe('Sep 5');
    expect(formatDay(day, 'date')).toBe('Sep 5, 2024');
    expect(formatDay(day, 'longDate')).toBe('September 5, 2024');
    // The first and last day of a year stay in their year (a local-time formatter west or east of UTC would not).
    expect(formatDay(toDay('2024-01-01'), 'date')).toBe('Jan 1, 2024');
    expect(formatDay(toDay('2023-12-31'), 'date')).toBe('Dec 31, 2023');
  });
});
