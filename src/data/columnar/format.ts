/**
 * The columnar data set: three Parquet tables beside the gazetteer and the sources manifest.
 * - `events.parquet`, a GeoParquet file: one row per event, with a WKB point geometry so GDAL,
 *   QGIS and DuckDB read it as a layer, and the row of its first claim and first figure;
 * - `claims.parquet`: one row per claim, in event order; an event's claims are the rows from
 *   its `claims_start` to the next event's (the offsets a list column would hold, made plain);
 * - `figures.parquet`: one row per figure, the same way (`figures_start`).
 * Flat tables rather than Parquet list columns: hyparquet builds one array per row and list
 * column, and at a million events those arrays (and their garbage) cost more than the rest
 * of the read. Declared once here for the writer (`write.ts`, the import command) and the
 * reader (`read.ts`, the app), so the two cannot drift.
 */

/** The key of each file's key-value metadata that names the format, its version and the table. */
export const FORMAT_KEY = 'event_atlas';
/** The format's version. A reader rejects any other, naming both. */
export const FORMAT_VERSION = 1;

export type TableName = 'events' | 'claims' | 'figures';

/** What `FORMAT_KEY` holds. */
export interface FormatMeta {
  format: 'event-atlas-columnar';
  version: number;
  table: TableName;
}

/** GeoParquet's own metadata key (https://geoparquet.org/releases/v1.1.0/). */
export const GEO_KEY = 'geo';
export const GEOMETRY_COLUMN = 'geometry';

/**
 * How a column's values are stored:
 * - `string`: UTF-8 text; `enum` is a string of a closed vocabulary (dictionary-encoded on disk);
 * - `day`: INT32 annotated DATE, days since 1970-01-01, as the model counts them;
 * - `int`: INT32; `double`: DOUBLE;
 * - `json`: UTF-8 text holding JSON (a rarely set value: tags, a reviewer's answers);
 * - `wkb`: well-known binary of a point (GeoParquet's geometry encoding).
 */
export type ValueKind = 'string' | 'enum' | 'day' | 'int' | 'double' | 'json' | 'wkb';

export interface ColumnSpec {
  name: string;
  kind: ValueKind;
  /** May be null; a column that is not optional must be in the file. */
  optional: boolean;
}

const col = <N extends string>(name: N, kind: ValueKind, optional = false) => ({ name, kind, optional });

export const EVENT_COLUMNS = [
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
  col('tags', 'json', true),
  col('reviewed', 'json', true),
  col('claims_start', 'int'),
  col('figures_start', 'int'),
  col(GEOMETRY_COLUMN, 'wkb'),
] as const satisfies readonly ColumnSpec[];

export const CLAIM_COLUMNS = [
  col('event_id', 'string'),
  col('source', 'string'),
  col('quote', 'string'),
  col('attribution', 'string'),
  col('status', 'enum'),
  col('offset_start', 'int', true),
  col('offset_end', 'int', true),
  col('reviewed', 'json', true),
] as const satisfies readonly ColumnSpec[];

export const FIGURE_COLUMNS = [
  col('event_id', 'string'),
  col('measure', 'string'),
  col('value', 'double'),
  col('value_min', 'double', true),
  col('value_max', 'double', true),
  col('qualifier', 'enum'),
  col('text', 'string'),
  col('source', 'string'),
  col('field', 'string', true),
] as const satisfies readonly ColumnSpec[];

export const TABLES = { events: EVENT_COLUMNS, claims: CLAIM_COLUMNS, figures: FIGURE_COLUMNS } as const;

export type EventColumn = (typeof EVENT_COLUMNS)[number]['name'];
export type ClaimColumn = (typeof CLAIM_COLUMNS)[number]['name'];
export type FigureColumn = (typeof FIGURE_COLUMNS)[number]['name'];
export type ColumnOf<T extends TableName> = (typeof TABLES)[T][number]['name'];

/** Each table's file name in a data-set folder. */
export const TABLE_FILES: Record<TableName, string> = { events: 'events.parquet', claims: 'claims.parquet', figures: 'figures.parquet' };

/** Which table a file holds, by its name (`x/claims.parquet`); anything else Parquet is the events. */
export function tableOfName(name: string): TableName {
  const base = name.replace(/^.*[\\/]/, '').toLowerCase();
  return base.startsWith('claims') ? 'claims' : base.startsWith('figures') ? 'figures' : 'events';
}

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
