/**
 * `npm run import -- <file or folder...> [--format acled|ucdp|timemap|csv|geojson|atlas]
 *   [--mapping lat=COL,lon=COL,date=COL,...] --out <folder> [--columnar]`
 *
 * Reads an analyst's files through the app's own ingest seam and writes a data-set folder of
 * our schema (events.geojson, gazetteer.json, sources.json) that `?data=<folder>/` opens.
 * With `--columnar` the events go to columnar tables instead (events.parquet, a GeoParquet
 * file, with claims.parquet and figures.parquet): for large data sets, which open several times
 * faster that way. A folder of our schema converts as it is.
 * Prints what was set aside, grouped by reason and counted by record, then
 * `imported N events, set aside M records`. Exits 1 only when nothing could be read
 * (2 for a usage error).
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { decodeBytes } from '../src/data/ingest/decode';
import { parseCsv } from '../src/data/ingest/csv-text';
import { ingest } from '../src/data/ingest/ingest';
import { guessMapping, parseMappingArg } from '../src/data/ingest/mapping';
import type { ColumnMapping, FormatId, ImportReport, RawFile } from '../src/data/ingest/types';
import { readRawFile } from '../src/data/read-dataset';
import { columnarFiles } from '../src/data/columnar/write';
import type { Dataset, ValidationIssue } from '../src/domain/types';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const FORMATS: readonly FormatId[] = ['acled', 'ucdp', 'timemap', 'csv', 'geojson', 'atlas'];
const USAGE = `usage: npm run import -- <file or folder...> [--format ${FORMATS.join('|')}] [--mapping lat=COL,lon=COL,date=COL,...] --out <folder> [--columnar]`;
/** Records listed per reason; the rest are counted. */
const LISTED = 5;

/** A folder argument stands for the data files in it (a TimeMap export is three files). */
function expand(path: string): string[] {
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) return [path];
  return readdirSync(path)
    .filter((n) => /\.(csv|tsv|json|geojson)$/i.test(n))
    .sort()
    .map((n) => join(path, n));
}

/** The report as lines: reasons by how many records they set aside, a few records of each. */
export function reportLines(report: ImportReport): string[] {
  const lines: string[] = [];
  for (const note of report.notes) lines.push(`note: ${note}`);
  if (report.setAside > 0) lines.push(`set aside ${report.setAside} record${report.setAside === 1 ? '' : 's'}:`);
  for (const group of report.groups) {
    lines.push(`  ${group.count} × ${group.reason}`);
    for (const r of group.records.slice(0, LISTED)) {
      lines.push(`      ${r.file} ${/^\d+$/.test(r.record) ? `row ${r.record}` : r.record}${r.field ? ` ${r.field}` : ''}: ${r.message}`);
    }
    if (group.records.length > LISTED) lines.push(`      … and ${group.records.length - LISTED} more`);
  }
  return lines;
}

/** One feature per line: a large file stays readable and diffable. */
const featureCollection = (features: readonly unknown[]): string =>
  `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;

const COLUMNAR_FILES = ['events.parquet', 'claims.parquet', 'figures.parquet'];

/**
 * Write the data set's files. The events files of the other form are removed: a folder holds
 * one form, and the app opens a folder's events.geojson before it looks for events.parquet, so
 * a stale one would be opened instead of the new one. Returns the events files' names.
 */
export function writeDataset(folder: string, dataset: Dataset, columnar = false): string {
  mkdirSync(folder, { recursive: true });
  for (const other of columnar ? ['events.geojson'] : COLUMNAR_FILES) rmSync(join(folder, other), { force: true });
  const events = columnar ? columnarFiles(dataset) : { 'events.geojson': featureCollection(dataset.events) };
  for (const [file, content] of Object.entries(events)) writeFileSync(join(folder, file), content);
  writeFileSync(join(folder, 'gazetteer.json'), `${JSON.stringify({ places: dataset.places }, null, 1)}\n`);
  writeFileSync(join(folder, 'sources.json'), `${JSON.stringify({ sources: dataset.sources }, null, 1)}\n`);
  return Object.keys(events).join(', ');
}

/** The mapping for a plain CSV: the columns named on the command line, the rest guessed from the header. */
function csvMapping(file: RawFile | undefined, given: Partial<ColumnMapping>): ColumnMapping {
  const columns = file ? parseCsv(decodeBytes(file.bytes.subarray(0, 64 * 1024), file.name).text, 1).columns : [];
  return { ...guessMapping(columns), ...given };
}

export function runImport(argv: readonly string[], io: Io): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { format: { type: 'string' }, mapping: { type: 'string' }, out: { type: 'string' }, columnar: { type: 'boolean' } },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const format = values.format as FormatId | undefined;
  const problems: string[] = [];
  if (positionals.length === 0) problems.push('no input file');
  if (!values.out) problems.push('no --out folder');
  if (format !== undefined && !FORMATS.includes(format)) problems.push(`--format ${format} is not one of ${FORMATS.join(', ')}`);
  const given = values.mapping ? parseMappingArg(values.mapping) : { mapping: {}, errors: [] };
  problems.push(...given.errors);
  if (problems.length > 0) {
    io.err(`${problems.join('; ')}\n${USAGE}`);
    return 2;
  }

  const unread: ValidationIssue[] = [];
  const files = positionals.flatMap(expand).flatMap((path) => {
    const f = readRawFile(path, basename(path), unread);
    return f ? [f] : [];
  });
  for (const u of unread) io.err(`${u.file}: ${u.message}`);
  const mapping = values.mapping || format === 'csv' ? csvMapping(files[0], given.mapping) : undefined;
  const result = ingest(files, { name: positionals.join(', '), format, mapping, compile: z.compile });
  const loaded = result.dataset.events.length;
  const written = loaded > 0 ? writeDataset(resolve(values.out!), result.dataset, values.columnar === true) : null;
  for (const line of reportLines(result.report)) io.out(line);
  if (written) io.out(`wrote ${values.out} with ${written} (read as ${result.format}, version ${result.version}): open it with ?data=<its path under public/>/`);
  io.out(`imported ${loaded} events, set aside ${result.report.setAside + unread.length} records`);
  return loaded === 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = runImport(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) });
}
