import { describe, expect, it } from 'vitest';
import { toDay, toIso } from '../../domain/days';
import { monthTicks } from './axis-ticks';

describe('month ticks', () => {
  it('fall on the 1st of each month inside the domain, the year named on January', () => {
    const ticks = monthTicks({ start: toDay('2024-10-15'), end: toDay('2025-02-01') });
    expect(ticks.map((t) => toIso(t.day))).toEqual(['2024-11-01', '2024-12-01', '2025-01-01', '2025-02-01']);
    expect(ticks.map((t) => t.label)).toEqual(['Nov', 'Dec', '2025', 'Feb']);
    expect(ticks.every((t) => t.wide)).toBe(true);
  });

  it('label fewer months on a long axis, January always among them', () => {
    const ticks = monthTicks({ start: toDay('2022-01-01'), end: toDay('2024-12-31') });
    expect(ticks).toHaveLength(36);
    const wide = ticks.filter((t) => t.wide).map((t) => t.label);
    expect(wide.length).toBeLessThanOrEqual(12);
    expect(wide).toEqual(expect.arrayContaining(['2022', '2023', '2024']));
    expect(ticks.filter((t) => t.narrow).map((t) => t.label)).toEqual(['2022', '2023', '2024']);
  });
});
