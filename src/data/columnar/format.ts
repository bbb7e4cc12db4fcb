/**
 * The columnar events file (`events.parquet`): a GeoParquet file with one row per event, its
 * claims and figures in list columns, read by the load worker column by column. Declared once
 * here for its writer (`write.ts`, the import command) and its reader (`read.ts`, the app), so
 * the two cannot drift. The gazetteer and the sources manifest stay JSON beside it.
 */

/** The key of the file's key-value metadata that names this format and its version. */
export const FORMAT_KEY = 'event_atlas';
/** The format's version. A reader rejects any other, naming both. */
export const FORMAT_VERSION = 1;
/** What `FORMAT_KEY` holds. */
export interface FormatMeta {
  format: 'event-atlas-columnar';
  version: number;
}

/** GeoParquet's own metadata key (https://geoparquet.org/releases/v1.1.0/). */
export const GEO_KEY = 'geo';
export const GEOMETRY_COLUMN = 'geometry';

/**
 * How a column's values are stored:
 * - `string`: UTF-8 text; `enum` is a string of a closed vocabulary (dictionary-encoded on disk);
 * - `day`: INT32 annotated DATE, days since 1970-01-01, as the model counts them;
 * - `int`: INT32; `double`: DOUBLE;
 * - `json`: UTF-8 text holding JSON (a rarely set object, such as a reviewer's answers);
 * - `wkb`: well-known binary of a point (GeoParquet's geometry encoding).
 */
export type ValueKind = 'string' | 'enum' | 'day' | 'int' | 'double' | 'json' | 'wkb';

export interface ColumnSpec {
  name: string;
  kind: ValueKind;
  /** A list per event (claims, figures, tags) rather than one value. */
  list: boolean;
  /** The column, or each list element, may be null; a required column must be in the file. */
  optional: boolean;
}

const col = <N extends string>(name: N, kind: ValueKind, optional = false, list = false) => ({ name, kind, list, optional });

/**
 * The columns, in file order. A claim's or figure's fields are lists of equal length per event:
 * the Parquet list's own offsets (its repetition levels) say which claims belong to which event,
 * so they cannot be out of order; the reader checks that the lists of one event agree in length.
 */
export const COLUMNS = [
  col('id', 'string'),
  col('title', 'string'),
  col('category', 'enum'),
  col('start', 'day'),
  col('end', 'day'),
  col('date_precision', 'enum'),
  col('date_note', 'string', true),
  col('place', 'string'),
  col('location_precision', 'enum'),
  col('place_basis', 'enum'),
  col('origin', 'string', true),
  col('origin_basis', 'enum', true),
  col('original_type', 'string', true),
  col('tags', 'string', false, true),
  col('reviewed', 'json', true),
  col('claim_source', 'string', false, true),
  col('claim_quote', 'string', false, true),
  col('claim_attribution', 'string', false, true),
  col('claim_status', 'enum', false, true),
  col('claim_offset_start', 'int', true, true),
  col('claim_offset_end', 'int', true, true),
  col('claim_reviewed', 'json', true, true),
  col('figure_measure', 'string', false, true),
  col('figure_value', 'double', false, true),
  col('figure_value_min', 'double', true, true),
  col('figure_value_max', 'double', true, true),
  col('figure_qualifier', 'enum', false, true),
  col('figure_text', 'string', false, true),
  col('figure_source', 'string', false, true),
  col('figure_field', 'string', true, true),
  col(GEOMETRY_COLUMN, 'wkb'),
] as const satisfies readonly ColumnSpec[];

export type ColumnName = (typeof COLUMNS)[number]['name'];

/** The list columns whose lengths must agree with `claim_source`'s, and with `figure_measure`'s. */
export const CLAIM_COLUMNS = COLUMNS.filter((c) => c.name.startsWith('claim_')).map((c) => c.name);
export const FIGURE_COLUMNS = COLUMNS.filter((c) => c.name.startsWith('figure_')).map((c) => c.name);

/** The Parquet physical type each kind is stored as. */
export const PHYSICAL: Record<ValueKind, 'BYTE_ARRAY' | 'INT32' | 'DOUBLE'> = {
  string: 'BYTE_ARRAY',
  enum: 'BYTE_ARRAY',
  json: 'BYTE_ARRAY',
  wkb: 'BYTE_ARRAY',
  day: 'INT32',
  int: 'INT32',
  double: 'DOUBLE',
};

/** A point as ISO/OGC well-known binary: little-endian, type 1 (Point), x then y. 21 bytes. */
export function pointWkb(lon: number, lat: number): Uint8Array {
  const bytes = new Uint8Array(21);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, 1);
  view.setUint32(1, 1, true);
  view.setFloat64(5, lon, true);
  view.setFloat64(13, lat, true);
  return bytes;
}

/** The [lon, lat] of a WKB point (either byte order), or null when the bytes are not a 2D point. */
export function wkbPoint(bytes: Uint8Array): [number, number] | null {
  if (bytes.length !== 21 || (bytes[0] !== 0 && bytes[0] !== 1)) return null;
  const little = bytes[0] === 1;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(1, little) !== 1) return null;
  return [view.getFloat64(5, little), view.getFloat64(13, little)];
}

/** The file's first and last four bytes. */
export const MAGIC = 'PAR1';

export const startsWithMagic = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x41 && bytes[2] === 0x52 && bytes[3] === 0x31;
