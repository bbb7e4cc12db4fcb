/**
 * Reads a data set of our schema from disk for the node-side tools (`npm run validate`,
 * extraction, accept): the files and the seed texts. Parsing is the ingest's (`readAtlas`),
 * the same the app and `npm run import` use, so the rules are the same everywhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidationIssue } from '../domain/types';
import type { RawFile } from './ingest/types';
import { readAtlas } from './ingest/formats/atlas';
import { FILES, type RawDataset } from './validate';

export interface ReadResult {
  raw: RawDataset;
  /** Files that could not be read or parsed as JSON: reported, and read as empty. */
  issues: ValidationIssue[];
}

/** A file's bytes, or null with the reason reported. */
export function readRawFile(path: string, label: string, issues: ValidationIssue[]): RawFile | null {
  try {
    return { name: label, bytes: readFileSync(path) };
  } catch (error) {
    issues.push({ file: label, id: '(file)', path: '', message: `cannot read: ${(error as Error).message}` });
    return null;
  }
}

/** The seed texts in `<root>/seeds/`, by file name. */
export function readSeeds(root: string, issues: ValidationIssue[]): Record<string, string> {
  const seeds: Record<string, string> = {};
  try {
    for (const name of readdirSync(join(root, 'seeds')).sort()) {
      if (name.endsWith('.txt')) seeds[name] = readFileSync(join(root, 'seeds', name), 'utf8');
    }
  } catch (error) {
    issues.push({ file: 'seeds/', id: '(folder)', path: '', message: `cannot read: ${(error as Error).message}` });
  }
  return seeds;
}

/** Read `data/*.json(geojson)` and `seeds/*.txt` under `root`. */
export function readDataset(root: string): ReadResult {
  const issues: ValidationIssue[] = [];
  const seeds = readSeeds(root, issues);
  const files = Object.values(FILES).flatMap((label) => {
    const f = readRawFile(join(root, label), label, issues);
    return f ? [{ name: f.name, text: new TextDecoder().decode(f.bytes) }] : [];
  });
  const read = readAtlas(files);
  // A file that could not be read is already reported; the atlas reader's "missing" would say it twice.
  const unread = new Set(issues.map((i) => i.file));
  return { raw: { ...read.raw, labels: undefined, seeds }, issues: [...issues, ...read.issues.filter((i) => !unread.has(i.file))] };
}
