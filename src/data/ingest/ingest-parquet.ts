/**
 * The ingest of a columnar data set: `events.parquet` with `gazetteer.json` and an optional
 * `sources.json` beside it. The JSON files go through the same validator as our GeoJSON
 * schema's; the events file is read column by column (`columnar/`), not record by record.
 * What comes out is what every other format gives: a validated data set, its version, its
 * issues and its report. Loaded only for a Parquet load, with hyparquet.
 */
import type { ValidationIssue } from '../../domain/types';
import { checkColumns } from '../columnar/check';
import { readColumnar } from '../columnar/read';
import { validateDataset } from '../validate';
import { contentHash } from '../version';
import { parseJson } from './formats/atlas';
import type { IngestOptions, IngestResult } from './ingest';
import { decodeFiles } from './ingest-core';
import { buildReport } from './report';
import type { RawFile } from './types';

const base = (name: string): string => name.replace(/^.*[\\/]/, '').toLowerCase();

export async function ingestParquet(files: readonly RawFile[], options: IngestOptions = {}): Promise<IngestResult> {
  const name = options.name ?? files.map((f) => f.name).join(', ');
  const issues: ValidationIssue[] = [];
  const notes: string[] = [];
  const gazetteerFile = files.find((f) => base(f.name).startsWith('gazetteer'));
  const sourcesFile = files.find((f) => base(f.name).startsWith('sources'));
  const eventsFile = files.find((f) => base(f.name).endsWith('.parquet')) ?? files.find((f) => f !== gazetteerFile && f !== sourcesFile);
  const labels = { events: eventsFile?.name ?? 'events.parquet', gazetteer: gazetteerFile?.name ?? 'gazetteer.json', sources: sourcesFile?.name ?? 'sources.json' };
  const textOf = (f: RawFile | undefined): string | undefined => (f ? decodeFiles([f], notes)[0]!.text : undefined);
  const gazetteerText = textOf(gazetteerFile);
  const sourcesText = textOf(sourcesFile);
  const sourcesJson = sourcesText === undefined ? undefined : parseJson(sourcesText, labels.sources, issues);
  const gazetteerJson = gazetteerText === undefined ? undefined : parseJson(gazetteerText, labels.gazetteer, issues);
  if (!eventsFile) issues.push({ file: labels.events, id: '(file)', path: '', message: 'missing: no events file was given' });
  if (!gazetteerFile) issues.push({ file: labels.gazetteer, id: '(file)', path: '', message: 'missing: a columnar events file needs the gazetteer.json it was written with beside it' });

  // The places and the manifest are checked as for our GeoJSON schema; the events are not JSON.
  const { dataset, issues: jsonIssues } = validateDataset({ sources: sourcesJson, gazetteer: gazetteerJson, events: { type: 'FeatureCollection', features: [] }, labels });
  issues.push(...jsonIssues);
  if (eventsFile) {
    const outcome = await readColumnar(eventsFile.bytes);
    if ('error' in outcome) issues.push({ file: labels.events, id: '(file)', path: '', message: outcome.error });
    else {
      const checked = checkColumns(outcome.table, {
        file: labels.events,
        places: new Map(dataset.places.map((p) => [p.id, p])),
        sourceFiles: sourcesJson === undefined ? undefined : new Set(dataset.sources.map((s) => s.file)),
        onProgress: options.onValidate,
      });
      dataset.events = checked.events;
      issues.push(...checked.issues);
    }
  }
  if (options.seeds) notes.push('The quotes of a columnar file are not checked against seed texts: validate its GeoJSON form for that.');
  return {
    dataset,
    version: contentHash('parquet', sourcesText ?? '', gazetteerText ?? '', eventsFile?.bytes ?? new Uint8Array()),
    issues,
    report: buildReport(name, 'parquet', dataset.events.length, issues, notes),
    format: 'parquet',
  };
}
