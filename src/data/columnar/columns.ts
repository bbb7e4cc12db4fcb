/**
 * Checking a column's values one column at a time: each value against its column's type, range
 * or vocabulary, a list column's lengths against its group's, with a fault naming the row and
 * the column. `check.ts` runs these over a file's columns; the rules mirror the zod schema's
 * (`domain/schema.ts`), so a record set aside here is one the GeoJSON path sets aside too.
 */
import type { ValidationIssue } from '../../domain/types';
import { DOCUMENT_KEY, REVIEW_CHECKS, SEED_FILE_NAME } from '../../domain/vocabulary';
import { parseDay } from '../../domain/days';

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

export const sourceKey: Parse<string> = (v) =>
  typeof v === 'string' && (SEED_FILE_NAME.test(v) || DOCUMENT_KEY.test(v)) ? v : fail(`${shown(v)} must be a seed file name such as 000_x.txt or a document key such as doc-3f2a91c0`);

/** A text cell's JSON; undefined, with the fault told, when it is not text or not JSON. */
function jsonCell(v: unknown): unknown {
  if (typeof v !== 'string') return fail(`${shown(v)} is not text`);
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return fail('is not valid JSON');
  }
}

type Reviewed = Partial<Record<(typeof REVIEW_CHECKS)[number], string>>;
const CHECKS = new Set<string>(REVIEW_CHECKS);
/** A reviewer's answers: JSON of an object from review check to a non-empty reason. */
export const reviewed: Parse<Reviewed> = (v) => {
  const value = jsonCell(v);
  if (value === undefined) return undefined;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return fail('must be a JSON object of review check to reason');
  const out: Reviewed = {};
  for (const [key, reason] of Object.entries(value)) {
    if (!CHECKS.has(key)) return fail(`"${key}" is not one of ${REVIEW_CHECKS.join(', ')}`);
    if (typeof reason !== 'string' || reason.trim() === '') return fail(`the reason for "${key}" must be non-empty text`);
    out[key as keyof Reviewed] = reason.trim();
  }
  return out;
};

/** Tags: JSON of a list of non-empty texts. */
export const tags: Parse<string[]> = (v) => {
  const value = jsonCell(v);
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((t) => typeof t !== 'string' || t.trim() === '')) return fail('must be a JSON list of non-empty texts');
  return value.map((t: string) => t.trim());
};

/**
 * Where faults go. The record set aside is the event: a fault names the event's row (1-based,
 * as DuckDB or a spreadsheet numbers rows) in the events file, and the column; a fault in a
 * claim or figure names that table's row and column too.
 */
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

/** Reports a bad value at one row of a table: `add(row, column, message)`. */
export type Report = (row: number, column: string, message: string) => void;

/** A column of `rows` values read with `parse`; undefined where null or bad (a fault, unless null and `optional`). */
export function column<T>(report: Report, rows: number, name: string, values: ArrayLike<unknown> | undefined, parse: Parse<T>, optional: boolean): Array<T | undefined> {
  const out = new Array<T | undefined>(rows);
  for (let row = 0; row < rows; row++) {
    const v = values ? values[row] : null;
    if (v === null || v === undefined) {
      if (!optional) report(row, name, 'is missing');
      continue;
    }
    const parsed = parse(v);
    if (parsed === undefined) report(row, name, why);
    out[row] = parsed;
  }
  return out;
}
