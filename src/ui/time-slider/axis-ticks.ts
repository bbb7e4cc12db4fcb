/**
 * Month ticks for the axis under the histogram, and a bin size for the histogram itself.
 */
import { formatDay } from '../../domain/days';
import type { DayWindow } from '../../domain/selectors';
import { lastDay } from './window-math';

const MS_PER_DAY = 86_400_000;

/** Bin sizes people read without arithmetic: a day, a week, a fortnight, a month… */
const NICE_BIN_DAYS = [1, 2, 3, 7, 14, 30, 61, 91, 182, 365];

/**
 * Days per histogram bin for a domain of `days` days: the smallest nice size giving at most
 * `maxBins` bins. Each step at most doubles or so, so any domain of 60+ days gets 60–200 bins.
 */
export function chooseBinDays(days: number, maxBins = 200): number {
  for (const b of NICE_BIN_DAYS) if (Math.ceil(days / b) <= maxBins) return b;
  return Math.ceil(days / maxBins);
}

export interface MonthTick {
  /** Day number of the 1st of the month. */
  day: number;
  /** "Oct", or the year on January ("2025") so the reader always knows the year. */
  label: string;
  /** Whether the label shows on a wide axis / on a phone-width one. */
  wide: boolean;
  narrow: boolean;
}

/** Label every n-th month, with n from a list that keeps January among the labelled months. */
const MONTH_STEPS = [1, 2, 3, 4, 6, 12];
const stepFor = (months: number, maxLabels: number): number =>
  MONTH_STEPS.find((s) => months / s <= maxLabels) ?? 12 * Math.ceil(months / (12 * maxLabels));

/** Ticks on the 1st of each month inside the domain. */
export function monthTicks(domain: DayWindow): MonthTick[] {
  const first = new Date(domain.start * MS_PER_DAY);
  let y = first.getUTCFullYear();
  let m = first.getUTCMonth();
  const days: number[] = [];
  for (;;) {
    const day = Date.UTC(y, m, 1) / MS_PER_DAY;
    if (day > lastDay(domain)) break;
    if (day >= domain.start) days.push(day);
    if (++m === 12) [y, m] = [y + 1, 0];
  }
  const wideStep = stepFor(days.length, 12);
  const narrowStep = stepFor(days.length, 5);
  return days.map((day) => {
    const d = new Date(day * MS_PER_DAY);
    const monthIndex = d.getUTCFullYear() * 12 + d.getUTCMonth();
    return {
      day,
      label: d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : formatDay(day, 'MMM'),
      wide: monthIndex % wideStep === 0,
      narrow: monthIndex % narrowStep === 0,
    };
  });
}
