/**
 * Checking a column's values one column at a time: each value against its column's type, range
 * or vocabulary, a list column's lengths against its group's, with a fault naming the row and
 * the column. `check.ts` runs these over a file's columns; the rules mirror the zod schema's
 * (`domain/schema.ts`), so a record set aside here is one the GeoJSON path sets aside too.
 */
import type { ValidationIssue } from '../../domain/types';
import { REVIEW_CHECKS } from '../../domain/vocabulary';
import { parseDay } from '../../domain/days';
import { wkbPoint } from './format';

/** Why the last parse failed; a parse returns undefined and sets it. */
let why = '';

/** Reads one stored value: its clean form, or undefined with `why` set. */
export type Parse<T> = (value: unknown) => T | undefined;

const fail = (message: string): undefined => {
  why = message;
  return undefined;
};

const shown = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : String(value));

/** Text, trimmed as the schema trims it, that must not be empty. */
export const text: Parse<string> = (v) => (typeof v !== 'string' ? fail(`${shown(v)} is not text`) : v.trim() === '' ? fail('is empty') : v.trim());

/** Text as it is (a date note may be anything). */
export const anyText: Parse<string> = (v) => (typeof v === 'string' ? v : fail(`${shown(v)} is not text`));

export const matching =
  (pattern: RegExp, rule: string): Parse<string> =>
  (v) =>
    typeof v === 'string' && pattern.test(v) ? v : fail(`${shown(v)} ${rule}`);

export function oneOf<T extends string>(values: readonly T[]): Parse<T> {
  const known = new Set<string>(values);
  return (v) => (typeof v === 'string' && known.has(v) ? (v as T) : fail(`${shown(v)} is not one of ${values.join(', ')}`));
}

/** The days `isoDate` accepts: 0001-01-01 to 9999-12-31. */
const FIRST_DAY = parseDay('0001-01-01')!;
const LAST_DAY = parseDay('9999-12-31')!;
export const day: Parse<number> = (v) =>
  typeof v === 'number' && Number.isInteger(v) && v >= FIRST_DAY && v <= LAST_DAY ? v : fail(`${shown(v)} is not a day between 0001-01-01 and 9999-12-31`);

export const count: Parse<number> = (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : fail(`${shown(v)} is not a whole number of 0 or more`));

export const amount: Parse<number> = (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fail(`${shown(v)} is not a number of 0 or more`));

const SEED_FILE = /^[\w.-]+\.txt$/;
const DOCUMENT_KEY = /^doc-[a-z0-9-]+$/;
export const sourceKey: Parse<string> = (v) =>
  typeof v === 'string' && (SEED_FILE.test(v) || DOCUMENT_KEY.test(v)) ? v : fail(`${shown(v)} must be a seed file name such as 000_x.txt or a document key such as doc-3f2a91c0`);

type Reviewed = Partial<Record<(typeof REVIEW_CHECKS)[number], string>>;
const CHECKS = new Set<string>(REVIEW_CHECKS);
/** A reviewer's answers: JSON of an object from review check to a non-empty reason. */
export const reviewed: Parse<Reviewed> = (v) => {
  if (typeof v !== 'string') return fail(`${shown(v)} is not text`);
  let value: unknown;
  try {
    value = JSON.parse(v);
  } catch {
    return fail('is not valid JSON');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return fail('must be a JSON object of review check to reason');
  const out: Reviewed = {};
  for (const [key, reason] of Object.entries(value)) {
    if (!CHECKS.has(key)) return fail(`"${key}" is not one of ${REVIEW_CHECKS.join(', ')}`);
    if (typeof reason !== 'string' || reason.trim() === '') return fail(`the reason for "${key}" must be non-empty text`);
    out[key as keyof Reviewed] = reason.trim();
  }
  return out;
};

/** A WKB point with a longitude and latitude in range. */
export const point: Parse<[number, number]> = (v) => {
  const p = v instanceof Uint8Array ? wkbPoint(v) : null;
  if (!p) return fail('is not a WKB point');
  const [lon, lat] = p;
  if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) return fail(`[${lon}, ${lat}] is not a longitude and latitude in range`);
  return p;
};

/** Where faults go: each names its row (1-based, as a spreadsheet or DuckDB's row number shows it) and column. */
export class Faults {
  readonly bad: Uint8Array;
  readonly issues: ValidationIssue[] = [];

  constructor(
    readonly file: string,
    readonly rows: number,
  ) {
    this.bad = new Uint8Array(rows);
  }

  add(row: number, column: string, message: string): void {
    this.issues.push({ file: this.file, id: `row ${row + 1}`, path: column, message });
    this.bad[row] = 1;
  }
}

/** A column of one value per event, read with `parse`; null where absent (and a fault unless `optional`). */
export function scalarColumn<T>(faults: Faults, name: string, values: ArrayLike<unknown> | undefined, parse: Parse<T>, optional: boolean): Array<T | undefined> {
  const out = new Array<T | undefined>(faults.rows);
  for (let row = 0; row < faults.rows; row++) {
    const v = values ? values[row] : null;
    if (v === null || v === undefined) {
      if (!optional) faults.add(row, name, 'is missing');
      continue;
    }
    const parsed = parse(v);
    if (parsed === undefined) faults.add(row, name, why);
    out[row] = parsed;
  }
  return out;
}

/**
 * A list column, each element read with `parse`. `lengths`: how many entries each row must have
 * (its group's first column); null for the first column of a group, which sets them.
 */
export function listColumn<T>(
  faults: Faults,
  name: string,
  values: ArrayLike<unknown> | undefined,
  parse: Parse<T>,
  optionalElements: boolean,
  lengths: Int32Array | null,
  group: string,
): Array<Array<T | undefined>> {
  const out = new Array<Array<T | undefined>>(faults.rows);
  for (let row = 0; row < faults.rows; row++) {
    const list = values ? values[row] : null;
    const want = lengths ? lengths[row]! : -1;
    if (!Array.isArray(list)) {
      // A file may leave out a list column, or a list: that is no entries, or null entries.
      if (list !== null && list !== undefined) faults.add(row, name, `${shown(list)} is not a list`);
      out[row] = want > 0 && optionalElements ? new Array<T | undefined>(want).fill(undefined) : [];
      if (want > 0 && !optionalElements && (list === null || list === undefined)) faults.add(row, name, `is missing (${group} has ${want})`);
      continue;
    }
    if (want >= 0 && list.length !== want) {
      faults.add(row, name, `has ${list.length} entries where ${group} has ${want}: the fields of a claim or figure are lists of equal length`);
    }
    const items = new Array<T | undefined>(list.length);
    for (let i = 0; i < list.length; i++) {
      const v: unknown = list[i];
      if (v === null || v === undefined) {
        if (!optionalElements) faults.add(row, `${name}.${i}`, 'is missing');
        continue;
      }
      const parsed = parse(v);
      if (parsed === undefined) faults.add(row, `${name}.${i}`, why);
      items[i] = parsed;
    }
    out[row] = items;
  }
  return out;
}

/** Each row's list length: the group's own count (claims per event, figures per event). */
export function lengthsOf(lists: ReadonlyArray<readonly unknown[]>): Int32Array {
  const lengths = new Int32Array(lists.length);
  for (let row = 0; row < lists.length; row++) lengths[row] = lists[row]!.length;
  return lengths;
}
