/**
 * Dates as data sets write them, to ISO days. ISO dates take a fast path (a million rows);
 * the rest go through date-fns `parse` with each format's patterns, tried in order, so a
 * pattern list says exactly which forms a format accepts. A time of day is read and dropped:
 * the atlas counts whole days.
 */
import { isValid, parse } from 'date-fns';
import { parseDay, toIso } from '../../domain/days';

const ISO_PREFIX = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** date-fns needs a reference date for fields a pattern lacks; every pattern here has them all. */
const REFERENCE = new Date(2000, 0, 1);

/** ACLED: ISO, "15 January 2024", day-first with or without a time. */
export const ACLED_DATE_PATTERNS = [
  'd MMMM yyyy',
  'd MMM yyyy',
  'dd/MM/yyyy',
  'd/M/yyyy',
  'dd/MM/yyyy HH:mm',
  'dd/MM/yyyy HH:mm:ss',
  'd/M/yyyy H:mm',
  'dd-MM-yyyy',
  'd-M-yyyy',
  'dd.MM.yyyy',
  'dd-MMM-yy',
];
/** UCDP GED: ISO (with or without a time) and the US form spreadsheets save, `M/D/YYYY h:mm:ss AM`. */
export const UCDP_DATE_PATTERNS = ['M/d/yyyy h:mm:ss a', 'M/d/yyyy h:mm a', 'M/d/yyyy H:mm:ss', 'M/d/yyyy H:mm', 'M/d/yyyy'];
/** TimeMap: `MM/DD/YYYY`, sometimes ISO. */
export const TIMEMAP_DATE_PATTERNS = ['MM/dd/yyyy', 'M/d/yyyy'];
/** A CSV of unknown origin: ISO, or unambiguous month names; slashed forms are ambiguous and refused. */
export const GENERIC_DATE_PATTERNS = ['d MMMM yyyy', 'd MMM yyyy', 'MMMM d, yyyy', 'MMM d, yyyy', 'yyyy/MM/dd'];

/**
 * Cells already read, per pattern list: an export of 100,000 rows has a few thousand distinct
 * dates, and date-fns's `parse` of "15 January 2024" is the slow part of reading one.
 */
const cellCache = new WeakMap<readonly string[], Map<string, string | null>>();

/** The ISO day a cell names, or null when it fits none of the patterns (or is no real date). */
export function parseDateCell(cell: string, patterns: readonly string[]): string | null {
  let cache = cellCache.get(patterns);
  if (!cache) cellCache.set(patterns, (cache = new Map()));
  const known = cache.get(cell);
  if (known !== undefined) return known;
  const day = readDate(cell, patterns);
  // A cell that is no date at all (50 MB of one column) is not worth keeping.
  if (cell.length > 64) return day;
  if (cache.size > 50_000) cache.clear();
  cache.set(cell, day);
  return day;
}

function readDate(cell: string, patterns: readonly string[]): string | null {
  const text = cell.trim();
  if (text === '') return null;
  const iso = ISO_PREFIX.exec(text);
  if (iso) return parseDay(iso[1]!) === null ? null : iso[1]!;
  for (const pattern of patterns) {
    const date = parse(text, pattern, REFERENCE);
    if (isValid(date) && date.getFullYear() >= 1000 && date.getFullYear() <= 9999) {
      return toIso(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000);
    }
  }
  return null;
}

/** Add days to an ISO date. */
export const addDays = (iso: string, days: number): string => toIso(parseDay(iso)! + days);

/** First and last day of the month an ISO date falls in. */
export function monthOf(iso: string): [string, string] {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  const first = Date.UTC(y, m - 1, 1) / 86_400_000;
  const last = Date.UTC(y, m, 0) / 86_400_000;
  return [toIso(first), toIso(last)];
}
