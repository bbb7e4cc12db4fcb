/**
 * Writing the columnar events file from a validated data set, for the import command (node
 * side only: the app reads these files, it never writes them). One row per event, sorted as
 * the app sorts them (start, end, id), so each row group's start/end statistics let other
 * tools (DuckDB, GDAL) skip row groups outside a date range.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { SchemaElement } from 'hyparquet';
import { toDay } from '../../domain/days';
import type { Dataset, EventFeature } from '../../domain/types';
import { COLUMNS, FORMAT_KEY, FORMAT_VERSION, GEO_KEY, GEOMETRY_COLUMN, PHYSICAL, pointWkb, wkbPoint, type ColumnName, type ColumnSpec, type FormatMeta } from './format';

type Value = string | number | Uint8Array | null;
/** One event's value in a column: a value, or a list of them (claims, figures, tags). */
export type Cell = Value | Value[];

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

/** One event's cell in each column. */
function cells(f: EventFeature): Record<ColumnName, Cell> {
  const p = f.properties;
  const [lon, lat] = f.geometry.coordinates;
  return {
    id: f.id,
    title: p.title,
    category: p.category,
    start: toDay(p.start),
    end: toDay(p.end),
    date_precision: p.datePrecision,
    date_note: p.dateNote ?? null,
    place: p.place,
    location_precision: p.locationPrecision,
    place_basis: p.placeBasis,
    origin: p.origin ?? null,
    origin_basis: p.originBasis ?? null,
    original_type: p.originalType ?? null,
    tags: p.tags ?? [],
    reviewed: json(p.reviewed),
    claim_source: p.claims.map((c) => c.source),
    claim_quote: p.claims.map((c) => c.quote),
    claim_attribution: p.claims.map((c) => c.attribution),
    claim_status: p.claims.map((c) => c.status),
    claim_offset_start: p.claims.map((c) => c.offsets?.[0] ?? null),
    claim_offset_end: p.claims.map((c) => c.offsets?.[1] ?? null),
    claim_reviewed: p.claims.map((c) => json(c.reviewed)),
    figure_measure: p.figures.map((g) => g.measure),
    figure_value: p.figures.map((g) => g.value),
    figure_value_min: p.figures.map((g) => g.valueMin ?? null),
    figure_value_max: p.figures.map((g) => g.valueMax ?? null),
    figure_qualifier: p.figures.map((g) => g.qualifier),
    figure_text: p.figures.map((g) => g.text),
    figure_source: p.figures.map((g) => g.source),
    figure_field: p.figures.map((g) => g.field ?? null),
    geometry: pointWkb(lon, lat),
  };
}

/** The Parquet schema elements of one column: a leaf, or a three-level LIST of leaves. */
function schemaOf(spec: ColumnSpec): SchemaElement[] {
  const leaf = (name: string, repetition: 'REQUIRED' | 'OPTIONAL'): SchemaElement => ({
    name,
    type: PHYSICAL[spec.kind],
    repetition_type: repetition,
    ...(spec.kind === 'day' ? { converted_type: 'DATE' } : spec.kind === 'string' || spec.kind === 'enum' || spec.kind === 'json' ? { converted_type: 'UTF8' } : {}),
  });
  const repetition = spec.optional ? 'OPTIONAL' : 'REQUIRED';
  if (!spec.list) return [leaf(spec.name, repetition)];
  return [
    { name: spec.name, repetition_type: 'REQUIRED', converted_type: 'LIST', num_children: 1 },
    { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
    leaf('element', repetition),
  ];
}

const byStart = (a: EventFeature, b: EventFeature): number => {
  const pa = a.properties;
  const pb = b.properties;
  return pa.start < pb.start ? -1 : pa.start > pb.start ? 1 : pa.end < pb.end ? -1 : pa.end > pb.end ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/** GeoParquet 1.1's column metadata: WKB points in OGC:CRS84 (the default when `crs` is absent), with their extent. */
function geoMetadata(geometry: readonly Cell[]): string {
  let bbox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const cell of geometry) {
    const point = cell instanceof Uint8Array ? wkbPoint(cell) : null;
    if (point) bbox = [Math.min(bbox[0]!, point[0]), Math.min(bbox[1]!, point[1]), Math.max(bbox[2]!, point[0]), Math.max(bbox[3]!, point[1])];
  }
  const column = { encoding: 'WKB', geometry_types: ['Point'], ...(bbox[0]! <= bbox[2]! ? { bbox } : {}) };
  return JSON.stringify({ version: '1.1.0', primary_column: GEOMETRY_COLUMN, columns: { [GEOMETRY_COLUMN]: column } });
}

/** The columns of a validated data set's events, one cell per event, sorted as the app sorts them. */
export function eventColumns(dataset: Dataset): Map<ColumnName, Cell[]> {
  const events = [...dataset.events].sort(byStart);
  const data = new Map<ColumnName, Cell[]>(COLUMNS.map((c) => [c.name, new Array<Cell>(events.length)]));
  events.forEach((event, row) => {
    const values = cells(event);
    for (const c of COLUMNS) data.get(c.name)![row] = values[c.name];
  });
  return data;
}

/** Columns as a columnar file's bytes. `meta`: the format key's value (tests write other versions). */
export function writeColumns(data: ReadonlyMap<ColumnName, Cell[]>, meta: FormatMeta = { format: 'event-atlas-columnar', version: FORMAT_VERSION }): Uint8Array {
  const present = COLUMNS.filter((c) => data.has(c.name));
  const buffer = parquetWriteBuffer({
    columnData: present.map((c) => ({ name: c.name, data: data.get(c.name)! })),
    schema: [{ name: 'root', num_children: present.length }, ...present.flatMap(schemaOf)],
    kvMetadata: [
      { key: FORMAT_KEY, value: JSON.stringify(meta) },
      { key: GEO_KEY, value: geoMetadata(data.get(GEOMETRY_COLUMN) ?? []) },
    ],
    createdBy: 'event-atlas import',
  });
  return new Uint8Array(buffer);
}

/** The events of a validated data set as a columnar file's bytes. */
export const columnarFile = (dataset: Dataset): Uint8Array => writeColumns(eventColumns(dataset));
