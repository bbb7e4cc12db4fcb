/**
 * Calendar helpers on ISO day strings (`YYYY-MM-DD`) for reading dates in text. The day
 * arithmetic itself is the app's (`src/domain/days.ts`: whole UTC day numbers), so that the
 * extractor and the slider can never disagree on what "three days later" is.
 */
import { toDay, toIso } from '../domain/days';

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** "January|…|December", as articles write them: an alternation for patterns, with no group. */
export const MONTH_NAMES = MONTHS.map(capitalised).join('|');
/** "Monday|…|Sunday", as articles write them: an alternation for patterns, with no group. */
export const WEEKDAY_NAMES = [...WEEKDAYS.slice(1), WEEKDAYS[0]].map(capitalised).join('|');

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ISO day from a year, a 1-based month and a day. */
export const isoDay = (year: number, month: number, day: number): string =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

export const addDays = (iso: string, days: number): string => toIso(toDay(iso) + days);

/** 0 = Sunday ... 6 = Saturday (day 0, 1970-01-01, was a Thursday). */
export const weekdayOf = (iso: string): number => (((toDay(iso) + 4) % 7) + 7) % 7;

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

export const daysBetween = (a: string, b: string): number => toDay(b) - toDay(a);

export const parts = (iso: string): { year: number; month: number; day: number } => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year ?? 1970, month: month ?? 1, day: day ?? 1 };
};

/** The month number (1-12) of an English month name or its three-letter abbreviation. */
export function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex((m) => m === lower || (lower.length >= 3 && m.startsWith(lower) && lower.length <= 4));
  return index >= 0 ? index + 1 : undefined;
}

/**
 * The year that puts a month (and day) nearest to the anchor: an article from late October
 * that says "in August" means the August just gone, one that says "in December" the coming
 * one. Six months either side is the ordinary reach of a news article's unqualified dates.
 */
export function nearestYear(anchor: string, month: number, day = 15): number {
  const { year } = parts(anchor);
  let best = year;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of [year - 1, year, year + 1]) {
    const safeDay = Math.min(day, daysInMonth(candidate, month));
    const signed = daysBetween(anchor, isoDay(candidate, month, safeDay));
    // News looks back more than ahead: a month as far ahead as behind is the one behind.
    const distance = signed > 0 ? signed * 1.5 : -signed;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Whether two inclusive day ranges share at least one day. */
export const rangesOverlap = (aStart: string, aEnd: string, bStart: string, bEnd: string): boolean =>
  aStart <= bEnd && bStart <= aEnd;
