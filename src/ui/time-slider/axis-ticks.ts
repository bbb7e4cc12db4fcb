/**
 * Month ticks for the axis under the histogram, and a bin size for the histogram itself.
 */
import { firstDayOfMonth, formatDay, monthOf } from '../../domain/days';
import type { DayWindow } from '../../domain/selectors';
import { lastDay } from './window-math';

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
  const months: number[] = [];
  for (let month = monthOf(domain.start); firstDayOfMonth(month) <= lastDay(domain); month++) {
    if (firstDayOfMonth(month) >= domain.start) months.push(month);
  }
  const wideStep = stepFor(months.length, 12);
  const narrowStep = stepFor(months.length, 5);
  return months.map((month) => {
    const day = firstDayOfMonth(month);
    return {
      day,
      label: formatDay(day, month % 12 === 0 ? 'year' : 'month'),
      wide: month % wideStep === 0,
      narrow: month % narrowStep === 0,
    };
  });
}
