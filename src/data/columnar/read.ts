/**
 * Reading a columnar table's bytes into its columns with hyparquet, after checking what can
 * sink the whole file: not Parquet, cut short, not our format, an unknown version, another
 * table, a column missing or of the wrong type. Loaded only by a Parquet load (hyparquet is
 * not in the first view). The values themselves are checked by `check.ts`.
 */
import { parquetMetadata, parquetRead, parquetSchema, type FileMetaData } from 'hyparquet';
import { FORMAT_KEY, FORMAT_VERSION, GEOMETRY_COLUMN, MAGIC, PHYSICAL, startsWithMagic, TABLES, type ColumnOf, type ColumnSpec, type TableName } from './format';

/** A table's columns by name, each as long as `rows`; an optional column the file leaves out is absent. */
export interface ColumnarTable<T extends TableName = TableName> {
  rows: number;
  columns: Partial<Record<ColumnOf<T>, ArrayLike<unknown>>>;
}

export type ReadOutcome<T extends TableName> = { table: ColumnarTable<T> } | { error: string };

/**
 * Columns checked but not read: the app places an event at its place's point, as our GeoJSON
 * schema requires its coordinates to be; the geometry is there for other tools.
 */
const NOT_READ = new Set<string>([GEOMETRY_COLUMN]);

const endsWithMagic = (bytes: Uint8Array): boolean => new TextDecoder().decode(bytes.subarray(bytes.length - 4)) === MAGIC;

const WRITE_ONE = 'write one with npm run import -- <data> --out <folder> --columnar';

function formatProblem(metadata: FileMetaData, table: TableName): string | null {
  const value = metadata.key_value_metadata?.find((kv) => kv.key === FORMAT_KEY)?.value;
  if (value === undefined) return `a Parquet file, but not a table of an Event Atlas columnar data set (it has no "${FORMAT_KEY}" metadata key); ${WRITE_ONE}`;
  let meta: { version?: unknown; table?: unknown };
  try {
    meta = JSON.parse(value) as typeof meta;
  } catch {
    return `its "${FORMAT_KEY}" metadata is not valid JSON`;
  }
  if (meta.version !== FORMAT_VERSION) {
    return `columnar format version ${JSON.stringify(meta.version)} is not one this app reads (it reads version ${FORMAT_VERSION}); open it with the Event Atlas that wrote it, or write it again with this one: ${WRITE_ONE}`;
  }
  if (meta.table !== table) return `it holds the ${JSON.stringify(meta.table)} table, where the ${table} table was expected (${table}.parquet)`;
  return null;
}

function schemaProblems<T extends TableName>(metadata: FileMetaData, table: T): { present: Array<ColumnOf<T>>; problems: string[] } {
  const byName = new Map(parquetSchema(metadata).children.map((c) => [c.element.name, c]));
  const present: Array<ColumnOf<T>> = [];
  const problems: string[] = [];
  for (const spec of TABLES[table] as readonly ColumnSpec[]) {
    const node = byName.get(spec.name);
    if (!node) {
      if (!spec.optional) problems.push(`it has no column "${spec.name}"`);
      continue;
    }
    const type = node.children.length > 0 ? 'a group' : node.element.type;
    if (type !== PHYSICAL[spec.kind]) problems.push(`column "${spec.name}" is ${type}, not ${PHYSICAL[spec.kind]} (${spec.kind === 'day' ? 'days since 1970-01-01' : spec.kind})`);
    else if (!NOT_READ.has(spec.name)) present.push(spec.name as ColumnOf<T>);
  }
  return { present, problems };
}

/** The bytes as an ArrayBuffer of exactly the file (a Node Buffer is a view into a larger pool). */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = bytes;
  if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) return buffer;
  return new Uint8Array(bytes).buffer;
}

/** Read one table's columns; any problem that sinks the whole file is the outcome's `error`. */
export async function readTable<T extends TableName>(bytes: Uint8Array, table: T): Promise<ReadOutcome<T>> {
  if (!startsWithMagic(bytes)) return { error: `not a Parquet file (it does not begin with "${MAGIC}")` };
  if (bytes.length < 12 || !endsWithMagic(bytes)) return { error: `the file is cut short: a Parquet file ends with its footer and "${MAGIC}", this one does not (was it fully downloaded?)` };
  const buffer = ownBuffer(bytes);
  let metadata: FileMetaData;
  try {
    // Without GeoParquet handling hyparquet leaves the geometry alone (it is not read).
    metadata = parquetMetadata(buffer, { geoparquet: false });
  } catch (error) {
    return { error: `its Parquet footer cannot be read (${(error as Error).message})` };
  }
  const wrongFormat = formatProblem(metadata, table);
  if (wrongFormat) return { error: wrongFormat };
  const { present, problems } = schemaProblems(metadata, table);
  if (problems.length > 0) return { error: problems.join('; ') };

  const rows = Number(metadata.num_rows);
  const chunks = new Map<string, Array<{ at: number; data: ArrayLike<unknown> }>>(present.map((n) => [n, []]));
  try {
    await parquetRead({
      file: buffer,
      metadata,
      columns: present,
      geoparquet: false,
      // Days stay numbers and JSON stays text: the checks read them as they are stored.
      parsers: { dateFromDays: (days: number) => days, jsonFromBytes: (b: Uint8Array) => new TextDecoder().decode(b) },
      onChunk: ({ columnName, columnData, rowStart }) => chunks.get(columnName)?.push({ at: rowStart, data: columnData }),
    });
  } catch (error) {
    return { error: `a column cannot be read (${(error as Error).message}): the file may be damaged` };
  }
  const columns: ColumnarTable<T>['columns'] = {};
  for (const [name, parts] of chunks) {
    parts.sort((a, b) => a.at - b.at);
    const count = parts.reduce((n, p) => n + p.data.length, 0);
    if (count !== rows) return { error: `column "${name}" has ${count} values for ${rows} rows: the file may be damaged` };
    columns[name as ColumnOf<T>] = parts.length === 1 ? parts[0]!.data : concat(parts.map((p) => p.data));
  }
  return { table: { rows, columns } };
}

/** Row groups' chunks of one column as one array (typed where the chunks are: int columns stay compact). */
function concat(parts: ReadonlyArray<ArrayLike<unknown>>): ArrayLike<unknown> {
  const total = parts.reduce((n, p) => n + p.length, 0);
  // Typed only when every chunk is: a chunk of an optional column that holds nulls is a plain array.
  const typed = [Int32Array, Float64Array].find((type) => parts.every((p) => p instanceof type));
  const out: { [i: number]: unknown; length: number } = typed ? new typed(total) : new Array<unknown>(total);
  let at = 0;
  for (const part of parts) {
    if (ArrayBuffer.isView(out) && ArrayBuffer.isView(part) && part.constructor === out.constructor) (out as Int32Array).set(part as Int32Array, at);
    else for (let i = 0; i < part.length; i++) out[at + i] = part[i];
    at += part.length;
  }
  return out;
}
