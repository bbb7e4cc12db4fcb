/**
 * A large CSV read in two parts at once: the file is cut at a row boundary near its middle,
 * each part (the header, then its rows) is read and validated on its own thread, and the two
 * results are merged into what one pass over the whole file gives. On a two-core machine an
 * ACLED export's parse, mapping and validation are most of a load's work while the page
 * waits, and one thread leaves the other core idle.
 *
 * The cut is only made where it is certain: the rows before it are scanned as RFC 4180 says a
 * CSV is quoted, and at the first quote that breaks the rule there is no cut (one pass reads
 * the file, and reports the row as it always has). The caller checks that the first part read
 * as many rows as the scan counted before using the second.
 */
import type { Dataset } from '../validate';
import type { ValidationIssue } from '../../domain/types';

/**
 * Files from this many characters (about 16,000 ACLED rows) on are read in two parts where a
 * second thread is given: below it, starting the thread and copying its part back cost about
 * what the part saves.
 */
export const SPLIT_MIN_CHARS = 4_000_000;

/** What a part of a file gave: its data set, its issues (the reader's, then the validator's), its notes. */
export interface PartResult {
  dataset: Dataset;
  readIssues: ValidationIssue[];
  validationIssues: ValidationIssue[];
  notes: string[];
  /** Ids of the event records the schema accepted, kept or not: a later part's copy is a duplicate. */
  eventIds: ReadonlySet<string>;
  /** The number of the last data row read. */
  rows: number;
}

/** A later part of a split file: the header, then its rows; `firstRow` data rows come before them. */
export interface RowsPart {
  text: string;
  firstRow: number;
}

const QUOTE = 0x22;
const NEWLINE = 0x0a;
/** What may stand beside a quote that opens or closes a field: a delimiter, a line's end. */
const FIELD_EDGE = new Set([0x2c, 0x3b, 0x09, 0x7c, 0x0d, NEWLINE]);
/** Characters a row with no content has: papaparse skips such a row ('greedy'), and so does the count. */
const EMPTY_ROW = new Set([0x20, 0x09, 0x0d, QUOTE, 0x2c, 0x3b, 0x7c]);

/**
 * Cut CSV text in two at the first row boundary at or after its middle: the first part is
 * the text up to the cut, the second the header line and the rest, with the count of data
 * rows before it. Null when the text has no header line, no row after the middle, or a quote
 * before the cut that RFC 4180 does not allow (the rows could not be counted for certain).
 */
export function splitRows(text: string): { first: string; second: RowsPart } | null {
  const headerEnd = rowEnd(text, 0);
  if (headerEnd < 0) return null;
  const middle = text.length >> 1;
  let rows = 0;
  let at = headerEnd + 1;
  while (at < text.length) {
    const end = rowEnd(text, at);
    if (end < 0) return null;
    if (hasContent(text, at, end)) rows++;
    if (end >= middle) {
      // Nothing after the cut: one part would do.
      if (end + 1 >= text.length) return null;
      return { first: text.slice(0, end + 1), second: { text: text.slice(0, headerEnd + 1) + text.slice(end + 1), firstRow: rows } };
    }
    at = end + 1;
  }
  return null;
}

/**
 * Where the row starting at `from` ends (its newline), following quotes as RFC 4180 does:
 * -1 at the text's end, or at a quote out of place.
 */
function rowEnd(text: string, from: number): number {
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c !== QUOTE) continue;
      const next = text.charCodeAt(i + 1);
      if (next === QUOTE) i++;
      else if (i + 1 < text.length && !FIELD_EDGE.has(next)) return -1;
      else quoted = false;
    } else if (c === QUOTE) {
      if (i > from && !FIELD_EDGE.has(text.charCodeAt(i - 1))) return -1;
      quoted = true;
    } else if (c === NEWLINE) return i;
  }
  return -1;
}

function hasContent(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!EMPTY_ROW.has(text.charCodeAt(i))) return true;
  return false;
}

const placeKey = (p: Dataset['places'][number]): string => `${p.name}|${p.point[0]}|${p.point[1]}|${p.kind}|${p.radiusKm ?? ''}`;

/**
 * The parts' results as one pass over the whole file gives them: sources and places once each
 * in the order they first appear (a later part's places numbered on from the earlier ones', as
 * the importer numbers them), the events in row order, and a later part's event whose id an
 * earlier part's record already took set aside as a duplicate.
 */
export function mergeParts(parts: readonly PartResult[], eventsFile: string): { dataset: Dataset; issues: ValidationIssue[]; notes: string[] } {
  const sources = new Map<string, Dataset['sources'][number]>();
  const places = new Map<string, Dataset['places'][number]>();
  const events: Dataset['events'] = [];
  const taken = new Set<string>();
  const readIssues: ValidationIssue[] = [];
  const validationIssues: ValidationIssue[] = [];
  const notes: string[] = [];
  for (const part of parts) {
    for (const s of part.dataset.sources) if (!sources.has(s.id)) sources.set(s.id, s);
    const renamed = new Map<string, string>();
    for (const p of part.dataset.places) {
      const key = placeKey(p);
      const known = places.get(key);
      const id = known ? known.id : p.id.replace(/-\d+$/, `-${places.size + 1}`);
      if (!known) places.set(key, { ...p, id });
      renamed.set(p.id, id);
    }
    for (const e of part.dataset.events) {
      if (taken.has(e.id)) {
        validationIssues.push({ file: eventsFile, id: e.id, path: 'id', message: `duplicate id "${e.id}": only the first record with it is kept` });
        continue;
      }
      const place = renamed.get(e.properties.place) ?? e.properties.place;
      const origin = e.properties.origin === undefined ? undefined : (renamed.get(e.properties.origin) ?? e.properties.origin);
      events.push(place === e.properties.place && origin === e.properties.origin ? e : { ...e, properties: { ...e.properties, place, ...(origin === undefined ? {} : { origin }) } });
    }
    for (const id of part.eventIds) taken.add(id);
    readIssues.push(...part.readIssues);
    validationIssues.push(...part.validationIssues);
    notes.push(...part.notes);
  }
  return { dataset: { sources: [...sources.values()], places: [...places.values()], events }, issues: [...readIssues, ...validationIssues], notes };
}
