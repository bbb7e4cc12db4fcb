/**
 * The steps of the ingest that every format shares: decode the bytes, validate what a format
 * read, and name its version and report. `ingest.ts` puts every format behind them;
 * `ingest-atlas.ts` only our own schema, so the page reads the shipped data set without the
 * other formats' code (papaparse, date-fns's parser).
 */
import type { ValidationIssue } from '../../domain/types';
import { validateDataset } from '../validate';
import { contentHash } from '../version';
import type { FormatOutput } from './build';
import { decodeBytes } from './decode';
import type { IngestOptions, IngestResult, TextFile } from './ingest';
import { buildReport } from './report';
import type { ColumnMapping, FormatId, RawFile } from './types';

/** The files as text; what the decoding had to say goes to `notes`. */
export function decodeFiles(files: readonly RawFile[], notes: string[]): TextFile[] {
  return files.map((f) => {
    const decoded = decodeBytes(f.bytes, f.name);
    // Of a binary file the encoding is not the news: that it is not text is.
    if (decoded.note && !looksBinary(decoded.text)) notes.push(decoded.note);
    return { name: f.name, text: decoded.text };
  });
}

/** What a format read, validated, with its version and its report. */
export function validated(
  format: FormatId,
  read: FormatOutput,
  texts: readonly TextFile[],
  name: string,
  notes: string[],
  options: IngestOptions,
): IngestResult {
  const { dataset, issues } = validateDataset(
    { ...read.raw, seeds: options.seeds },
    { onProgress: options.onValidate, consume: options.consume, compile: options.compile },
  );
  const all: ValidationIssue[] = [...read.issues, ...issues];
  notes.push(...read.notes);
  return {
    dataset,
    version: versionOf(format, texts, options.mapping),
    issues: all,
    report: buildReport(name, format, dataset.events.length, all, notes),
    format,
  };
}

/** The version a shared link names: for our schema the hash the app has always used, so old links still match. */
function versionOf(format: FormatId, files: readonly TextFile[], mapping: ColumnMapping | undefined): string {
  if (format === 'atlas') {
    const by = (re: RegExp) => files.find((f) => re.test(f.name.replace(/^.*[\\/]/, '')))?.text ?? '';
    const events = files.find((f) => !/^(sources|gazetteer)/i.test(f.name.replace(/^.*[\\/]/, '')))?.text ?? '';
    return contentHash(by(/^sources/i), by(/^gazetteer/i), events);
  }
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : 1));
  return contentHash(format, mapping ? JSON.stringify(mapping) : '', ...sorted.map((f) => f.text));
}

/** Text decoded from binary bytes is full of control characters. */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return control > head.length / 20;
}
