/**
 * A large table read in parts on two threads at once: the load worker reads the first part
 * while a second worker reads the rest, then the parts join into what reading the file whole
 * gives (the same events, places, sources, version and report). Parsing and validating are
 * most of a CSV's load, and the page's thread and the second core wait idle meanwhile.
 */
import type { Dataset, EventFeature, ValidationIssue } from '../../domain/types';
import { validateDataset } from '../validate';
import { placeId, placeKey } from './build';
import { decodeFiles, versionOf } from './ingest-core';
import { detect, readFormat, type IngestOptions, type IngestResult } from './ingest';
import { buildReport } from './report';
import { splitTable } from './table-split';
import { PARTS_MIN_CHARS } from './parts-threshold';
import type { ColumnMapping, FormatId, RawFile } from './types';

/** The formats a table is split for: one file, read row by row. */
type TableFormat = Extract<FormatId, 'acled' | 'ucdp' | 'csv'>;
const TABLES: readonly FormatId[] = ['acled', 'ucdp', 'csv'];

/** One part to read: what the second worker is sent. */
export interface PartRequest {
  name: string;
  text: string;
  firstRow: number;
  format: TableFormat;
  mapping?: ColumnMapping;
}

/** One part read and validated; the reader's issues and the validator's apart, to join in the order a whole read gives. */
export interface PartResult {
  dataset: Dataset;
  readIssues: ValidationIssue[];
  issues: ValidationIssue[];
  notes: string[];
  /** The data rows the part held, and whether any was malformed (a quote left open). */
  rows: number;
  malformed: boolean;
}

/** Read and validate one part. */
export function readPart(request: PartRequest, onValidate?: (done: number, total: number) => void): PartResult {
  const file = { name: request.name, text: request.text, firstRow: request.firstRow };
  const read = readFormat(request.format, [file], request.mapping);
  const rows = countRows(read.issues, read.raw.events);
  const { dataset, issues } = validateDataset(read.raw, { onProgress: onValidate, consume: true });
  return {
    dataset,
    readIssues: read.issues,
    issues,
    notes: read.notes,
    rows,
    malformed: read.issues.some((i) => i.message.startsWith('malformed row')),
  };
}

/** Rows a part held: those read into events and those set aside by the reader, each once. */
function countRows(readIssues: readonly ValidationIssue[], events: unknown): number {
  const rejected = new Set(readIssues.filter((i) => /^row \d+$/.test(i.id)).map((i) => i.id));
  const features = (events as { features?: unknown[] } | undefined)?.features ?? [];
  return features.length + rejected.size;
}

/** Join parts read in file order into one data set, as reading the file whole would give. */
export function joinParts(parts: readonly PartResult[], eventsFile: string): { dataset: Dataset; issues: ValidationIssue[]; notes: string[] } {
  const sources = new Map<string, Dataset['sources'][number]>();
  const places = new Map<string, Dataset['places'][number]>();
  const placeByKey = new Map<string, string>();
  const events: EventFeature[] = [];
  const ids = new Set<string>();
  const duplicates: ValidationIssue[] = [];
  parts.forEach((part, k) => {
    for (const source of part.dataset.sources) if (!sources.has(source.id)) sources.set(source.id, source);
    // Each part numbered its places from 1: a later part's place is an earlier one's when it is
    // the same place, else the next number, as one reader would have numbered it.
    const renamed = new Map<string, string>();
    for (const place of part.dataset.places) {
      const key = placeKey({ name: place.name, lon: place.point[0], lat: place.point[1], kind: place.kind, radiusKm: place.radiusKm });
      let id = placeByKey.get(key);
      if (id === undefined) {
        id = k === 0 ? place.id : placeId(place.name, places.size + 1);
        placeByKey.set(key, id);
        places.set(id, id === place.id ? place : { ...place, id });
      }
      renamed.set(place.id, id);
    }
    const seen = new Set(part.issues.filter((i) => i.file === eventsFile).map((i) => i.id));
    for (const event of part.dataset.events) {
      if (ids.has(event.id)) {
        duplicates.push({ file: eventsFile, id: event.id, path: 'id', message: `duplicate id "${event.id}": only the first record with it is kept` });
        continue;
      }
      const place = renamed.get(event.properties.place);
      if (place !== undefined && place !== event.properties.place) event.properties.place = place;
      events.push(event);
    }
    for (const event of part.dataset.events) ids.add(event.id);
    for (const id of seen) ids.add(id);
  });
  const notes: string[] = [];
  for (const note of parts.flatMap((p) => p.notes)) if (!notes.includes(note)) notes.push(note);
  return {
    dataset: { sources: [...sources.values()], places: [...places.values()], events },
    issues: [...parts.flatMap((p) => p.readIssues), ...parts.flatMap((p) => p.issues), ...duplicates],
    notes,
  };
}

/**
 * Read a large table in two parts, the second by `readRemote` (another worker), or null when
 * the files are not one large table that splits cleanly; the caller then reads them whole.
 */
export async function ingestInParts(
  files: readonly RawFile[],
  options: IngestOptions,
  readRemote: (request: PartRequest) => Promise<PartResult>,
  minChars = PARTS_MIN_CHARS,
): Promise<IngestResult | null> {
  if (files.length !== 1) return null;
  const decodeNotes: string[] = [];
  const texts = decodeFiles(files, decodeNotes);
  const text = texts[0]!;
  if (text.text.length < minChars) return null;
  const format = options.format ?? detect(texts)[0];
  if (!format || !TABLES.includes(format)) return null;
  const pieces = splitTable(text.text, 2);
  if (!pieces) return null;
  const request = (k: number): PartRequest => ({ name: text.name, text: pieces[k]!.text, firstRow: pieces[k]!.firstRow, format: format as TableFormat, mapping: options.mapping });
  // A second worker that fails (it could not start) leaves the file to be read whole.
  const remote = readRemote(request(1)).catch(() => null);
  // The whole file's progress, told from this half's.
  const first = readPart(request(0), options.onValidate && ((done, total) => options.onValidate!(2 * done, 2 * total)));
  const second = await remote;
  // A cut inside a quoted field (stray quotes misled the split) leaves the first part's last
  // row open, and the rows would be miscounted: read whole then.
  if (!second || first.malformed || second.malformed || first.rows !== pieces[1]!.firstRow - 1) return null;
  const name = options.name ?? text.name;
  const joined = joinParts([first, second], files[0]!.name);
  const notes = [...decodeNotes, ...joined.notes];
  return {
    dataset: joined.dataset,
    version: versionOf(format, texts, options.mapping),
    issues: joined.issues,
    report: buildReport(name, format, joined.dataset.events.length, joined.issues, notes),
    format,
  };
}
