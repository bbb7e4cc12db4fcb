/**
 * The ingest of our own schema alone, for the page's own loads of it (the shipped data set, a
 * `?data=` folder): the same steps as `ingest` with the atlas format, without loading the
 * other formats' code into the first view.
 */
import { readAtlas } from './formats/atlas';
import type { IngestOptions, IngestResult } from './ingest';
import { decodeFiles, validated } from './ingest-core';
import type { RawFile } from './types';

export function ingestAtlas(files: readonly RawFile[], options: IngestOptions = {}): IngestResult {
  const name = options.name ?? files.map((f) => f.name).join(', ');
  const notes: string[] = [];
  const texts = decodeFiles(files, notes);
  return validated('atlas', readAtlas(texts), texts, name, notes, options);
}
