import { describe, expect, it } from 'vitest';
import { describeSpan, describeWhen, describeWhere } from './describe';
import { parseDay, toDay, toIso } from './days';

describe('days', () => {
  it('round-trips ISO dates and rejects impossible ones', () => {
    expect(toIso(toDay('2024-10-23'))).toBe('2024-10-23');
    expect(parseDay('2024-02-29')).not.toBeNull();
    expect(parseDay('2023-02-29')).toBeNull();
    expect(parseDay('2024-13-01')).toBeNull();
    expect(parseDay('24-10-01')).toBeNull();
    expect(toDay('2024-10-24') - toDay('2024-10-23')).toBe(1);
  });
});

describe('describeWhen', () => {
  it('says each precision in words', () => {
    expect(describeWhen(toDay('2024-10-23'), toDay('2024-10-23'), 'day')).toBe('Oct 23, 2024');
    expect(describeWhen(toDay('2024-10-27'), toDay('2024-10-28'), 'range')).toBe('Oct 27–28, 2024 (range)');
    expect(describeWhen(toDay('2024-07-01'), toDay('2024-07-31'), 'month')).toBe('July 2024, month only');
    expect(describeWhen(toDay('2024-10-21'), toDay('2024-10-31'), 'approximate')).toBe('Oct 21–31, 2024, approximate');
  });
  it('spans months and years compactly', () => {
    expect(describeSpan(toDay('2024-10-28'), toDay('2024-11-03'))).toBe('Oct 28 – Nov 3, 2024');
    expect(describeSpan(toDay('2023-12-30'), toDay('2024-01-02'))).toBe('Dec 30, 2023 – Jan 2, 2024');
  });
});

describe('describeWhere', () => {
  it('names precision, radius and basis', () => {
    expect(describeWhere('region', 'stated', 150)).toBe('region-level area (within ~150 km), stated in the text');
    expect(describeWhere('city', 'inferred')).toBe('city-level point, inferred, not stated in the text');
  });
});
