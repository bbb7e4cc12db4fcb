/**
 * The ingest seam: raw file contents in, a validated data set out. Every way a data set comes
 * in (the shipped files, a `?data=` folder or link, files from disk, the load worker, the
 * command line) goes through `ingest`; formats are modules behind it, and nothing after it
 * needs to know which format the data came from. Pure: no I/O.
 */
import type { ValidationIssue } from '../../domain/types';
import type { Dataset, SchemaCompiler } from '../validate';
import { contentHash } from '../version';
import type { FormatOutput } from './build';
import { decodeFiles, looksBinary, validated } from './ingest-core';
import { detectFormats } from './detect';
import { parseCsv } from './csv-text';
import { buildReport } from './report';
import { readAtlas } from './formats/atlas';
import { readGeojson } from './formats/geojson';
import { readCsv } from './formats/csv';
import { readAcled } from './formats/acled';
import { readUcdp } from './formats/ucdp';
import { readTimemap } from './formats/timemap';
import type { ColumnMapping, FormatId, ImportReport, RawFile } from './types';

/** A file decoded to text. */
export interface TextFile {
  name: string;
  text: string;
}

export interface IngestOptions {
  /** What the report calls the data set (file names, folder, URL). */
  name?: string;
  /** Read as this format, whatever the content looks like. */
  format?: FormatId;
  /** For a CSV of unknown columns: which column holds what. */
  mapping?: ColumnMapping;
  /** Seed texts by file name (the command-line validator): quotes are checked at their offsets. */
  seeds?: Readonly<Record<string, string>>;
  /** Told how many records the validator has checked, of how many. */
  onValidate?(done: number, total: number): void;
  /** Let the parsed records go as they are checked (`validateDataset`'s `consume`). */
  consume?: boolean;
  /** Compile the record schemas of a large data set (`validateDataset`'s `compile`). */
  compile?: SchemaCompiler;
}

export interface IngestResult {
  dataset: Dataset;
  /** Short content hash of the files (and of the format and mapping they were read with). */
  version: string;
  issues: ValidationIssue[];
  report: ImportReport;
  format: FormatId;
}

const READERS: Record<Exclude<FormatId, 'parquet'>, (files: readonly TextFile[], mapping: ColumnMapping | undefined) => FormatOutput> = {
  atlas: (files) => readAtlas(files),
  geojson: (files) => readGeojson(files),
  csv: (files, mapping) => readCsv(files, mapping),
  acled: (files) => readAcled(files),
  ucdp: (files) => readUcdp(files),
  timemap: (files) => readTimemap(files),
};

/** The formats decoded files could be read as, most likely first. */
export function detect(files: readonly TextFile[]): FormatId[] {
  return detectFormats(
    files.map((f) => ({ name: f.name, text: f.text, columns: /^\s*[[{]/.test(f.text) || f.text.trim() === '' ? null : parseCsv(f.text.slice(0, 64 * 1024), 1).columns })),
  );
}

export function ingest(files: readonly RawFile[], options: IngestOptions = {}): IngestResult {
  const name = options.name ?? files.map((f) => f.name).join(', ');
  const notes: string[] = [];
  const texts = decodeFiles(files, notes);
  const format = options.format ?? detect(texts)[0];
  if (!format) {
    const issues: ValidationIssue[] = texts.map((f) => ({
      file: f.name,
      id: '(file)',
      path: '',
      message: f.text.trim() === '' ? 'the file is empty' : looksBinary(f.text) ? 'the file is not text (binary content)' : 'not a format the atlas reads (our GeoJSON, GeoJSON points, CSV/TSV with coordinates, ACLED, UCDP GED, TimeMap)',
    }));
    if (files.length === 0) issues.push({ file: name || '(none)', id: '(file)', path: '', message: 'no file was given' });
    const dataset: Dataset = { sources: [], places: [], events: [] };
    return { dataset, version: contentHash(), issues, report: buildReport(name, 'csv', 0, issues, notes), format: 'csv' };
  }
  if (format === 'parquet') {
    // Parquet is read asynchronously (`ingestFor('parquet')`); this synchronous seam names it rather than misread it.
    const issues: ValidationIssue[] = [{ file: name, id: '(file)', path: '', message: 'a columnar (Parquet) data set: it is read by the columnar reader, not as text' }];
    return { dataset: { sources: [], places: [], events: [] }, version: contentHash(), issues, report: buildReport(name, 'parquet', 0, issues, notes), format };
  }
  return validated(format, READERS[format](texts, options.mapping), texts, name, notes, options);
}
