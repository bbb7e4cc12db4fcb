/**
 * The ingest a format needs, loaded on demand: our own schema reads through `ingest-atlas.ts`
 * alone, so the page's first view and the load worker carry the other formats' code
 * (papaparse, date-fns's parser, five format modules) only when a file needs it.
 */
import type { IngestOptions, IngestResult } from './ingest';
import type { FormatId, RawFile } from './types';

export type Ingest = (files: readonly RawFile[], options?: IngestOptions) => IngestResult;

export async function ingestFor(format: FormatId | undefined): Promise<Ingest> {
  return format === 'atlas' ? (await import('./ingest-atlas')).ingestAtlas : (await import('./ingest')).ingest;
}
