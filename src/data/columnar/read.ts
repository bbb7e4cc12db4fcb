/**
 * Reading a columnar events file's bytes into its columns with hyparquet, after checking what
 * can sink the whole file: not Parquet, cut short, not our format, an unknown version, a
 * column missing or of the wrong type. Loaded only by a Parquet load (hyparquet is not in the
 * first view). The values themselves are checked by `check.ts`.
 */
import { parquetMetadata, parquetRead, parquetSchema, type FileMetaData, type SchemaTree } from 'hyparquet';
import { COLUMNS, FORMAT_KEY, FORMAT_VERSION, MAGIC, PHYSICAL, startsWithMagic, type ColumnName, type ColumnSpec } from './format';

/** The file's columns by name, each as long as `rows`; a column the file leaves out is absent. */
export interface ColumnarTable {
  rows: number;
  columns: Partial<Record<ColumnName, ArrayLike<unknown>>>;
}

export type ReadOutcome = { table: ColumnarTable } | { error: string };

/**
 * A column the file must have: an event's own fields and its claims. Optional fields, tags and
 * figures may be left out by a file written elsewhere (read as null, or as no tags or figures).
 */
const mustHave = (c: ColumnSpec): boolean => !c.optional && (!c.list || c.name.startsWith('claim_'));

const endsWithMagic = (bytes: Uint8Array): boolean => new TextDecoder().decode(bytes.subarray(bytes.length - 4)) === MAGIC;

function formatProblem(metadata: FileMetaData): string | null {
  const value = metadata.key_value_metadata?.find((kv) => kv.key === FORMAT_KEY)?.value;
  if (value === undefined) {
    return `a Parquet file, but not an Event Atlas columnar events file (it has no "${FORMAT_KEY}" metadata key); write one with npm run import -- <data> --out <folder> --columnar`;
  }
  let version: unknown;
  try {
    version = (JSON.parse(value) as { version?: unknown }).version;
  } catch {
    return `its "${FORMAT_KEY}" metadata is not valid JSON`;
  }
  if (version !== FORMAT_VERSION) {
    return `columnar format version ${JSON.stringify(version)} is not one this app reads (it reads version ${FORMAT_VERSION}); open it with the Event Atlas that wrote it, or write it again with this one's npm run import -- <data> --out <folder> --columnar`;
  }
  return null;
}

/** What is wrong with a column's schema node, or null; for a list, the element is checked. */
function columnProblem(spec: ColumnSpec, node: SchemaTree): string | null {
  // A list is the three-level LIST structure: group (LIST) > repeated group > element.
  const listed = node.children.length === 1 && node.children[0]!.element.repetition_type === 'REPEATED' && node.children[0]!.children.length === 1;
  if (spec.list !== listed) return `column "${spec.name}" ${spec.list ? 'must be a list (one entry per claim or figure)' : 'must hold one value per event, not a list'}`;
  const leaf = listed ? node.children[0]!.children[0]! : node;
  const type = leaf.element.type;
  if (type !== PHYSICAL[spec.kind]) return `column "${spec.name}" is ${type ?? 'a group'}, not ${PHYSICAL[spec.kind]} (${spec.kind === 'day' ? 'days since 1970-01-01' : spec.kind})`;
  return null;
}

function schemaProblems(metadata: FileMetaData): { present: ColumnName[]; problems: string[] } {
  const tree = parquetSchema(metadata);
  const byName = new Map(tree.children.map((c) => [c.element.name, c]));
  const present: ColumnName[] = [];
  const problems: string[] = [];
  for (const spec of COLUMNS) {
    const node = byName.get(spec.name);
    if (!node) {
      if (mustHave(spec)) problems.push(`it has no column "${spec.name}"`);
      continue;
    }
    const problem = columnProblem(spec, node);
    if (problem) problems.push(problem);
    else present.push(spec.name);
  }
  return { present, problems };
}

/** The bytes as an ArrayBuffer of exactly the file (a Node Buffer may sit in a larger pool). */
const ownBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? bytes.buffer : bytes.slice().buffer;

/** Read the columns this app knows; any problem that sinks the whole file is the outcome's `error`. */
export async function readColumnar(bytes: Uint8Array): Promise<ReadOutcome> {
  if (!startsWithMagic(bytes)) return { error: `not a Parquet file (it does not begin with "${MAGIC}")` };
  if (bytes.length < 12 || !endsWithMagic(bytes)) return { error: `the file is cut short: a Parquet file ends with its footer and "${MAGIC}", this one does not (was it fully downloaded?)` };
  const buffer = ownBuffer(bytes);
  let metadata: FileMetaData;
  try {
    // Without GeoParquet handling the geometry stays WKB bytes, which the checks read directly.
    metadata = parquetMetadata(buffer, { geoparquet: false });
  } catch (error) {
    return { error: `its Parquet footer cannot be read (${(error as Error).message})` };
  }
  const wrongFormat = formatProblem(metadata);
  if (wrongFormat) return { error: wrongFormat };
  const { present, problems } = schemaProblems(metadata);
  if (problems.length > 0) return { error: problems.join('; ') };

  const rows = Number(metadata.num_rows);
  const chunks = new Map<ColumnName, Array<{ at: number; data: ArrayLike<unknown> }>>(present.map((n) => [n, []]));
  try {
    await parquetRead({
      file: buffer,
      metadata,
      columns: present,
      // Geometry stays WKB bytes and days stay numbers: the checks read them as they are stored.
      geoparquet: false,
      utf8: false,
      parsers: { dateFromDays: (days: number) => days, jsonFromBytes: (b: Uint8Array) => new TextDecoder().decode(b) },
      onChunk: ({ columnName, columnData, rowStart }) => chunks.get(columnName as ColumnName)?.push({ at: rowStart, data: columnData }),
    });
  } catch (error) {
    return { error: `a column cannot be read (${(error as Error).message}): the file may be damaged` };
  }
  const columns: ColumnarTable['columns'] = {};
  for (const [name, parts] of chunks) {
    parts.sort((a, b) => a.at - b.at);
    const count = parts.reduce((n, p) => n + p.data.length, 0);
    if (count !== rows) return { error: `column "${name}" has ${count} values for ${rows} rows: the file may be damaged` };
    columns[name] = parts.length === 1 ? parts[0]!.data : parts.flatMap((p) => Array.from(p.data));
  }
  return { table: { rows, columns } };
}
