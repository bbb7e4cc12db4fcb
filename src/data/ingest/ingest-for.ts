/**
 * The ingest a format needs, loaded on demand: our own schema reads through `ingest-atlas.ts`
 * alone, so the page's first view and the load worker carry the other formats' code
 * (papaparse, date-fns's parser, five format modules) only when a file needs it, and
 * hyparquet only for a columnar file. Reading Parquet is asynchronous (hyparquet reads a
 * file's parts as promises), so an ingest may return a promise.
 */
import type { IngestOptions, IngestResult } from './ingest';
import type { FormatId, RawFile } from './types';

export type Ingest = (files: readonly RawFile[], options?: IngestOptions) => IngestResult | Promise<IngestResult>;

export async function ingestFor(format: FormatId | undefined): Promise<Ingest> {
  if (format === 'atlas') return (await import('./ingest-atlas')).ingestAtlas;
  if (format === 'parquet') return (await import('./ingest-parquet')).ingestParquet;
  return (await import('./ingest')).ingest;
}
