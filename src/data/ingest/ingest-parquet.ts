/**
 * The ingest of a columnar data set: `events.parquet`, `claims.parquet` and `figures.parquet`
 * with `gazetteer.json` and an optional `sources.json` beside them. The JSON files go through
 * the same validator as our GeoJSON schema's; the tables are read column by column
 * (`columnar/`), not record by record. What comes out is what every other format gives: a
 * validated data set, its version, its issues and its report. Loaded only for a Parquet load,
 * with hyparquet.
 */
import type { ValidationIssue } from '../../domain/types';
import { checkTables, type Tables } from '../columnar/check';
import { TABLE_FILES, tableOfName, type TableName } from '../columnar/format';
import { readTable } from '../columnar/read';
import { validateDataset } from '../validate';
import { contentHash } from '../version';
import { parseJson } from './formats/atlas';
import type { IngestOptions, IngestResult } from './ingest';
import { decodeFiles } from './ingest-core';
import { buildReport } from './report';
import type { RawFile } from './types';

const base = (name: string): string => name.replace(/^.*[\\/]/, '').toLowerCase();
const TABLE_NAMES: TableName[] = ['events', 'claims', 'figures'];

/** Each table's file, by name (events.parquet, claims.parquet, figures.parquet; any other .parquet is the events). */
function tableFiles(files: readonly RawFile[]): Partial<Record<TableName, RawFile>> {
  const out: Partial<Record<TableName, RawFile>> = {};
  for (const f of files) if (!/^(gazetteer|sources)/.test(base(f.name))) out[tableOfName(f.name)] ??= f;
  return out;
}

/** The tables read, or the issue each file that could not be read raised. */
async function readTables(files: Partial<Record<TableName, RawFile>>, labels: Record<TableName, string>, issues: ValidationIssue[]): Promise<Tables | null> {
  const read = await Promise.all(
    TABLE_NAMES.map(async (table) => {
      const file = files[table];
      if (!file) {
        issues.push({ file: labels[table], id: '(file)', path: '', message: `missing: a columnar data set has ${TABLE_FILES[table]} beside events.parquet` });
        return null;
      }
      const outcome = await readTable(file.bytes, table);
      if ('error' in outcome) {
        issues.push({ file: labels[table], id: '(file)', path: '', message: outcome.error });
        return null;
      }
      return outcome.table;
    }),
  );
  const [events, claims, figures] = read;
  return events && claims && figures ? ({ events, claims, figures } as Tables) : null;
}

export async function ingestParquet(files: readonly RawFile[], options: IngestOptions = {}): Promise<IngestResult> {
  const name = options.name ?? files.map((f) => f.name).join(', ');
  const issues: ValidationIssue[] = [];
  const notes: string[] = [];
  const gazetteerFile = files.find((f) => base(f.name).startsWith('gazetteer'));
  const sourcesFile = files.find((f) => base(f.name).startsWith('sources'));
  const tables = tableFiles(files);
  // Reports name a missing table's file beside the events file, as the folder would hold it.
  const folder = (tables.events?.name ?? '').replace(/[^/\\]*$/, '');
  const labels = Object.fromEntries(TABLE_NAMES.map((t) => [t, tables[t]?.name ?? `${folder}${TABLE_FILES[t]}`])) as Record<TableName, string>;
  const jsonLabels = { gazetteer: gazetteerFile?.name ?? `${folder}gazetteer.json`, sources: sourcesFile?.name ?? `${folder}sources.json` };
  const textOf = (f: RawFile | undefined): string | undefined => (f ? decodeFiles([f], notes)[0]!.text : undefined);
  const gazetteerText = textOf(gazetteerFile);
  const sourcesText = textOf(sourcesFile);
  const sourcesJson = sourcesText === undefined ? undefined : parseJson(sourcesText, jsonLabels.sources, issues);
  const gazetteerJson = gazetteerText === undefined ? undefined : parseJson(gazetteerText, jsonLabels.gazetteer, issues);
  if (!gazetteerFile) issues.push({ file: jsonLabels.gazetteer, id: '(file)', path: '', message: 'missing: a columnar data set needs the gazetteer.json it was written with beside its tables' });

  // The places and the manifest are checked as for our GeoJSON schema; the events are not JSON.
  const { dataset, issues: jsonIssues } = validateDataset({
    sources: sourcesJson,
    // A gazetteer missing or not JSON is reported above; the validator need not say so again.
    gazetteer: gazetteerJson ?? { places: [] },
    events: { type: 'FeatureCollection', features: [] },
    labels: { ...jsonLabels, events: labels.events },
  }, { compile: options.compile });
  issues.push(...jsonIssues);
  const read = await readTables(tables, labels, issues);
  if (read) {
    const checked = checkTables(read, {
      files: labels,
      places: new Map(dataset.places.map((p) => [p.id, p])),
      sourceFiles: sourcesJson === undefined ? undefined : new Set(dataset.sources.map((s) => s.file)),
      onProgress: options.onValidate,
    });
    dataset.events = checked.events;
    issues.push(...checked.issues);
  }
  if (options.seeds) notes.push('The quotes of a columnar data set are not checked against seed texts: validate its GeoJSON form for that.');
  return {
    dataset,
    version: contentHash('parquet', sourcesText ?? '', gazetteerText ?? '', ...TABLE_NAMES.map((t) => tables[t]?.bytes ?? '')),
    issues,
    report: buildReport(name, 'parquet', dataset.events.length, issues, notes),
    format: 'parquet',
  };
}
