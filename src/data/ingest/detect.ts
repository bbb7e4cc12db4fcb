/**
 * Which format a data set is in, from its content (names only break ties): the detected
 * format first, then the others the content could also be read as, for the user to override.
 */
import type { FormatId } from './types';

/** One file's name and its text, or the first part of it. */
export interface Sniffed {
  name: string;
  text: string;
  /** The CSV header, when the file reads as a table. */
  columns: string[] | null;
}

const lower = (columns: readonly string[]): Set<string> => new Set(columns.map((c) => c.toLowerCase()));

/** ACLED's columns: any export carries these, whatever else it has. */
export const isAcled = (columns: readonly string[]): boolean => {
  const c = lower(columns);
  return c.has('event_date') && c.has('sub_event_type') && c.has('geo_precision') && c.has('latitude');
};

/** UCDP GED's columns. */
export const isUcdp = (columns: readonly string[]): boolean => {
  const c = lower(columns);
  return c.has('date_start') && c.has('where_prec') && c.has('date_prec') && c.has('latitude');
};

const base = (name: string): string => name.replace(/^.*[\\/]/, '').toLowerCase();

/** A TimeMap export: events.json beside sources.json/associations.json, or an events array with string coordinates. */
function looksTimemap(files: readonly Sniffed[]): boolean {
  const names = new Set(files.map((f) => base(f.name)));
  if (names.has('events.json') && (names.has('sources.json') || names.has('associations.json'))) return true;
  return files.some((f) => /^\s*\[/.test(f.text) && /"latitude"\s*:\s*"/.test(f.text) && /"date"\s*:\s*"\d{1,2}\/\d{1,2}\/\d{4}"/.test(f.text));
}

const isFeatureCollection = (text: string): boolean => /"type"\s*:\s*"FeatureCollection"/.test(text.slice(0, 100_000));

/** Our schema: the claims-and-offsets events file, or its gazetteer beside it. */
function looksAtlas(files: readonly Sniffed[]): boolean {
  if (files.some((f) => base(f.name) === 'gazetteer.json')) return true;
  return files.some((f) => isFeatureCollection(f.text) && /"claims"\s*:/.test(f.text) && /"datePrecision"\s*:/.test(f.text));
}

/** A columnar events file: named .parquet, or Parquet's magic bytes at its start whatever its name. */
const isParquet = (f: Sniffed): boolean => base(f.name).endsWith('.parquet') || f.text.startsWith('PAR1');

/** Formats the files could be read as, most likely first; empty when none fits. */
export function detectFormats(files: readonly Sniffed[]): FormatId[] {
  if (files.length === 0) return [];
  // Only our columnar file is Parquet the atlas reads; its gazetteer beside it is JSON.
  if (files.some(isParquet)) return ['parquet'];
  if (looksTimemap(files)) return ['timemap'];
  if (looksAtlas(files)) return ['atlas', 'geojson'];
  if (files.some((f) => isFeatureCollection(f.text))) return ['geojson', 'atlas'];
  const table = files.find((f) => f.columns && f.columns.length > 1);
  if (table?.columns) {
    if (isAcled(table.columns)) return ['acled', 'csv'];
    if (isUcdp(table.columns)) return ['ucdp', 'csv'];
    return ['csv', 'acled', 'ucdp'];
  }
  return [];
}
