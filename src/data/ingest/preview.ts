/**
 * What the open-data dialog shows before loading: the detected format, the row count where it
 * is cheap to know, the columns and a proposed mapping. A large file is read only as far as its
 * first PREFIX_BYTES: the load itself reads it whole, in the load worker.
 */
import { decodePrefix } from './decode';
import { detectFormats, type Sniffed } from './detect';
import { parseCsv, rowObject } from './csv-text';
// Only the mappings: the dialog does not load the format modules (date-fns's parser) before a load.
import { acledMapping, guessMapping, ucdpMapping } from './mapping';
import type { FormatId, ImportPreview } from './types';

/** How much of each file the preview reads. */
export const PREFIX_BYTES = 256 * 1024;
const SAMPLE_ROWS = 5;

async function sniff(file: File): Promise<Sniffed & { complete: boolean; note?: string }> {
  const complete = file.size <= PREFIX_BYTES;
  const bytes = new Uint8Array(await file.slice(0, PREFIX_BYTES).arrayBuffer());
  const { text, note } = decodePrefix(bytes, file.name, complete);
  const looksJson = /^\s*[[{]/.test(text);
  const columns = looksJson || text.trim() === '' ? null : parseCsv(text, 1).columns;
  return { name: file.name, text, columns, complete, note };
}

/** Preview files the user picked or dropped; `format` overrides the detected one. */
export async function previewFiles(files: File[], format?: FormatId): Promise<ImportPreview> {
  const sniffed = await Promise.all(files.map(sniff));
  const formats = detectFormats(sniffed);
  const notes = sniffed.flatMap((s) => (s.note ? [s.note] : []));
  if (files.length === 0) notes.push('No file was given.');
  else if (formats.length === 0 && !format) {
    const empty = sniffed.filter((s) => s.text.trim() === '');
    notes.push(
      empty.length > 0
        ? `${empty.map((s) => s.name).join(', ')}: the file is empty.`
        : 'The content is not a format the atlas reads: our GeoJSON, a GeoJSON FeatureCollection of points, a CSV/TSV with latitude and longitude, an ACLED or UCDP GED export, or a TimeMap export.',
    );
  }
  const chosen: FormatId = format ?? formats[0] ?? 'csv';
  const all = format && !formats.includes(format) ? [format, ...formats] : formats.length > 0 ? formats : [chosen];
  if (chosen === 'parquet') return { format: chosen, formats: all, rows: null, columns: null, mapping: null, needsMapping: false, sample: [], notes: columnarNotes(files) };
  const table = sniffed.find((s) => s.columns && s.columns.length > 0);
  const isTable = chosen === 'csv' || chosen === 'acled' || chosen === 'ucdp';
  if (!isTable || !table?.columns) {
    return { format: chosen, formats: all, rows: jsonRows(sniffed, chosen), columns: null, mapping: null, needsMapping: false, sample: [], notes };
  }
  const parsed = parseCsv(table.text, table.complete ? 0 : SAMPLE_ROWS);
  const rows = table.complete ? parsed.rows.length : null;
  const mapping = chosen === 'acled' ? acledMapping(parsed.columns) : chosen === 'ucdp' ? ucdpMapping(parsed.columns) : guessMapping(parsed.columns);
  return {
    format: chosen,
    formats: all,
    rows,
    columns: parsed.columns,
    mapping,
    needsMapping: chosen === 'csv',
    sample: parsed.rows.slice(0, SAMPLE_ROWS).map((r) => rowObject(parsed.columns, r)),
    notes,
  };
}

/**
 * A columnar data set is binary: what its text decoding says is no news. What is: the files it
 * needs together. Its row count is in a footer, read with the load (hyparquet loads then).
 */
function columnarNotes(files: readonly File[]): string[] {
  const named = (prefix: string) => files.some((f) => f.name.toLowerCase().startsWith(prefix));
  const missing = ['claims.parquet', 'figures.parquet', 'gazetteer.json'].filter((name) => !named(name.replace(/\..*$/, '')));
  if (missing.length === 0) return [];
  return [`A columnar data set is read with its other files: open ${missing.join(', ')} (and sources.json, if it has one) together with events.parquet.`];
}

/** Records in a JSON file read whole; null when only a prefix was read or it does not parse. */
function jsonRows(sniffed: ReadonlyArray<Sniffed & { complete: boolean }>, format: FormatId): number | null {
  const main = format === 'timemap' ? sniffed.find((s) => /events\.json$/i.test(s.name)) ?? sniffed[0] : sniffed.find((s) => !/gazetteer|sources|associations/i.test(s.name)) ?? sniffed[0];
  if (!main?.complete) return null;
  try {
    const value: unknown = JSON.parse(main.text);
    if (Array.isArray(value)) return value.length;
    const features = (value as { features?: unknown })?.features;
    return Array.isArray(features) ? features.length : null;
  } catch {
    return null;
  }
}
