/**
 * Writing a data set's columnar tables from a validated data set, for the import command (node
 * side only: the app reads these files, it never writes them). Events are sorted as the app
 * sorts them (start, end, id), so each row group's start/end statistics let other tools
 * (DuckDB, GDAL) skip row groups outside a date range; their claims and figures follow in the
 * same order.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { SchemaElement } from 'hyparquet';
import { toDay } from '../../domain/days';
import type { Dataset, EventFeature } from '../../domain/types';
import {
  FORMAT_KEY,
  FORMAT_VERSION,
  GEO_KEY,
  GEOMETRY_COLUMN,
  PHYSICAL,
  pointWkb,
  TABLES,
  wkbPoint,
  type ColumnOf,
  type ColumnSpec,
  type FormatMeta,
  type TableName,
} from './format';

/** One row's value in a column. */
export type Cell = string | number | Uint8Array | null;

/** A table as columns of cells, by column name. */
export type Columns<T extends TableName> = Map<ColumnOf<T>, Cell[]>;

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

const byStart = (a: EventFeature, b: EventFeature): number => {
  const pa = a.properties;
  const pb = b.properties;
  return pa.start < pb.start ? -1 : pa.start > pb.start ? 1 : pa.end < pb.end ? -1 : pa.end > pb.end ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

function emptyColumns<T extends TableName>(table: T): Columns<T> {
  return new Map(TABLES[table].map((c) => [c.name as ColumnOf<T>, [] as Cell[]]));
}

function push<T extends TableName>(columns: Columns<T>, row: Record<ColumnOf<T>, Cell>): void {
  for (const [name, cells] of columns) cells.push(row[name]);
}

/** The three tables of a validated data set, as columns of cells. */
export function datasetTables(dataset: Dataset): { events: Columns<'events'>; claims: Columns<'claims'>; figures: Columns<'figures'> } {
  const events = emptyColumns('events');
  const claims = emptyColumns('claims');
  const figures = emptyColumns('figures');
  let claimRows = 0;
  let figureRows = 0;
  for (const f of [...dataset.events].sort(byStart)) {
    const p = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    push(events, {
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
      tags: p.tags && p.tags.length > 0 ? json(p.tags) : null,
      reviewed: json(p.reviewed),
      claims_start: claimRows,
      figures_start: figureRows,
      geometry: pointWkb(lon, lat),
    });
    for (const c of p.claims) {
      push(claims, {
        event_id: f.id,
        source: c.source,
        quote: c.quote,
        attribution: c.attribution,
        status: c.status,
        offset_start: c.offsets?.[0] ?? null,
        offset_end: c.offsets?.[1] ?? null,
        reviewed: json(c.reviewed),
      });
    }
    for (const g of p.figures) {
      push(figures, {
        event_id: f.id,
        measure: g.measure,
        value: g.value,
        value_min: g.valueMin ?? null,
        value_max: g.valueMax ?? null,
        qualifier: g.qualifier,
        text: g.text,
        source: g.source,
        field: g.field ?? null,
      });
    }
    claimRows += p.claims.length;
    figureRows += p.figures.length;
  }
  return { events, claims, figures };
}

function schemaOf(spec: ColumnSpec): SchemaElement {
  const annotation = spec.kind === 'day' ? { converted_type: 'DATE' as const } : spec.kind === 'string' || spec.kind === 'enum' || spec.kind === 'json' ? { converted_type: 'UTF8' as const } : {};
  return { name: spec.name, type: PHYSICAL[spec.kind], repetition_type: spec.optional ? 'OPTIONAL' : 'REQUIRED', ...annotation };
}

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

/**
 * One table's columns as a Parquet file's bytes. Columns missing from `columns` are left out of
 * the file; `version` is the format version written (tests write other ones).
 */
export function writeTable<T extends TableName>(table: T, columns: ReadonlyMap<ColumnOf<T>, Cell[]>, version = FORMAT_VERSION): Uint8Array {
  const present = (TABLES[table] as readonly ColumnSpec[]).filter((c) => columns.has(c.name as ColumnOf<T>));
  const meta: FormatMeta = { format: 'event-atlas-columnar', version, table };
  const geometry = columns.get(GEOMETRY_COLUMN as ColumnOf<T>);
  const buffer = parquetWriteBuffer({
    columnData: present.map((c) => ({ name: c.name, data: columns.get(c.name as ColumnOf<T>)! })),
    schema: [{ name: 'root', num_children: present.length }, ...present.map(schemaOf)],
    kvMetadata: [{ key: FORMAT_KEY, value: JSON.stringify(meta) }, ...(geometry ? [{ key: GEO_KEY, value: geoMetadata(geometry) }] : [])],
    createdBy: 'event-atlas import',
  });
  return new Uint8Array(buffer);
}

/** A validated data set's three columnar files, by file name. */
export function columnarFiles(dataset: Dataset): Record<'events.parquet' | 'claims.parquet' | 'figures.parquet', Uint8Array> {
  const tables = datasetTables(dataset);
  return {
    'events.parquet': writeTable('events', tables.events),
    'claims.parquet': writeTable('claims', tables.claims),
    'figures.parquet': writeTable('figures', tables.figures),
  };
}
