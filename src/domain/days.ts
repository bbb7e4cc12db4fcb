/**
 * Dates as whole UTC day numbers (days since 1970-01-01). The slider, the time index and
 * the map filters all compare integers; ISO strings appear only at the edges (data, URL, UI).
 */
const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of an ISO date, or null when the string is not a real calendar date. */
export function parseDay(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 2024-02-30 over to March 1st; a real date survives the round trip.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / MS_PER_DAY;
}

/** Whether a string is a real calendar day in `YYYY-MM-DD` form (`2024-02-30` is not). */
export const isCalendarDay = (iso: string): boolean => parseDay(iso) !== null;

/**
 * Day numbers of the dates seen so far: a data set of 100,000 events has a few thousand
 * distinct dates, and building its model asks for each event's twice (half a second at 100k).
 */
const dayCache = new Map<string, number>();

/** Day number of an ISO date known to be valid (validated data). */
export function toDay(iso: string): number {
  const cached = dayCache.get(iso);
  if (cached !== undefined) return cached;
  const day = parseDay(iso);
  if (day === null) throw new RangeError(`not a calendar date: ${iso}`);
  if (dayCache.size > 50_000) dayCache.clear();
  dayCache.set(iso, day);
  return day;
}

/** ISO `YYYY-MM-DD` of a day number. */
export const toIso = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** Today's day number (UTC). */
export const today = (): number => Math.floor(Date.now() / MS_PER_DAY);

/** The month a day falls in, counted in months since year 0, so consecutive months differ by one. */
export function monthOf(day: number): number {
  const d = new Date(day * MS_PER_DAY);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** Day number of the 1st of a month (`monthOf` numbering). */
export function firstDayOfMonth(month: number): number {
  const d = new Date(0);
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999.
  d.setUTCFullYear(Math.floor(month / 12), ((month % 12) + 12) % 12, 1);
  return d.getTime() / MS_PER_DAY;
}

/** The 1st and the last day of the month a day falls in. */
export function monthSpan(day: number): [number, number] {
  const month = monthOf(day);
  return [firstDayOfMonth(month), firstDayOfMonth(month + 1) - 1];
}

/**
 * The ways the app writes a day, in English as the rest of its text, by the browser's own
 * `Intl.DateTimeFormat` in UTC (a day number is a UTC midnight), so whatever the viewer's
 * time zone: `year` 2024, `day` 1, `month` Jan, `monthYear` January 2024, `monthDay` Jan 1, `date`
 * Jan 1, 2024, `longDate` January 1, 2024. date-fns's `format` did the same for 6 KB of gzip
 * JavaScript in the first view.
 */
const DAY_FORMATS = {
  year: { year: 'numeric' },
  day: { day: 'numeric' },
  month: { month: 'short' },
  monthYear: { month: 'long', year: 'numeric' },
  monthDay: { month: 'short', day: 'numeric' },
  date: { month: 'short', day: 'numeric', year: 'numeric' },
  longDate: { month: 'long', day: 'numeric', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
export type DayFormat = keyof typeof DAY_FORMATS;

const formatters = new Map<DayFormat, Intl.DateTimeFormat>();

/** A day number written as `format` says. */
export function formatDay(day: number, format: DayFormat): string {
  let formatter = formatters.get(format);
  if (!formatter) formatters.set(format, (formatter = new Intl.DateTimeFormat('en-US', { ...DAY_FORMATS[format], timeZone: 'UTC' })));
  return formatter.format(new Date(day * MS_PER_DAY));
}

/** Inclusive overlap of two day ranges. */
export const overlaps = (aStart: number, aEnd: number, bStart: number, bEnd: number): boolean =>
  aStart <= bEnd && aEnd >= bStart;
