/**
 * Records of no known data set (a CSV with a confirmed mapping, GeoJSON points): the fields
 * the user or the file names, nothing guessed beyond them. A point with no precision is a
 * point; a category outside our vocabulary is `other`, its own word kept as the original type.
 */
import { CATEGORIES } from '../../../domain/vocabulary';
import type { Category } from '../../../domain/types';
import { clip, type ImportBuilder } from '../build';
import { GENERIC_DATE_PATTERNS, parseDateCell } from '../dates';
import type { ColumnMapping } from '../types';

/** One record's values for the fields a column mapping names (coordinates may come as numbers from GeoJSON). */
export type GenericFields = { [K in keyof ColumnMapping]?: K extends 'latitude' | 'longitude' ? string | number : string };

/** Names of the fields as the file calls them, for messages. */
export type FieldNames = Record<'latitude' | 'longitude' | 'date' | 'endDate', string>;

const KNOWN = new Set<string>(CATEGORIES);
const slug = (s: string): string => s.toLowerCase().trim().replace(/[^a-z0-9]+/g, '-');

export function categoryOf(word: string | undefined): { category: Category; originalType?: string } {
  const w = (word ?? '').trim();
  if (w === '') return { category: 'other' };
  const s = slug(w);
  return KNOWN.has(s) ? { category: s as Category } : { category: 'other', originalType: w };
}

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v)).trim();

/** Add one record; false when it was set aside. */
export function addGenericRecord(b: ImportBuilder, record: string, f: GenericFields, names: FieldNames, via: string): boolean {
  const lat = b.number(record, names.latitude, str(f.latitude), -90, 90);
  const lon = b.number(record, names.longitude, str(f.longitude), -180, 180);
  const start = parseDateCell(str(f.date), GENERIC_DATE_PATTERNS);
  if (start === null) {
    b.reject(record, names.date, str(f.date) === '' ? `${names.date} is empty` : `${names.date} "${clip(str(f.date))}" is not a date (use YYYY-MM-DD, or a month name such as 15 January 2024)`);
  }
  let end = start;
  if (str(f.endDate) !== '') {
    end = parseDateCell(str(f.endDate), GENERIC_DATE_PATTERNS);
    if (end === null) b.reject(record, names.endDate, `${names.endDate} "${clip(str(f.endDate))}" is not a date`);
  }
  if (lat === null || lon === null || start === null || end === null) return false;
  if (end < start) {
    b.reject(record, names.endDate, `${names.endDate} ${end} is before ${names.date} ${start}`);
    return false;
  }
  const text = str(f.text);
  const title = str(f.title) || (text ? clip(text.split(/(?<=[.!?])\s/)[0]!, 100) : '') || `Record ${record}`;
  const { category, originalType } = categoryOf(f.category);
  const source = str(f.source);
  const url = /^https?:\/\//i.test(source) ? source : null;
  b.event({
    id: record,
    title,
    category,
    originalType,
    start,
    end,
    datePrecision: start === end ? 'day' : 'range',
    place: {
      name: str(f.placeName) || `${lat}, ${lon}`,
      lon,
      lat,
      kind: 'city',
      note: `A point as given by ${via}, which states no precision.`,
    },
    claims: [
      {
        document: { outlet: url ? null : source || via, url },
        quote: text || title,
        attribution: url ? new URL(url).hostname : source || via,
      },
    ],
  });
  return true;
}
