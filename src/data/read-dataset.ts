/**
 * Reads a data set from disk for the node-side tools (`npm run validate`, extraction,
 * accept). The browser has its own loader (`load.ts`); both hand the parsed JSON to
 * `validateDataset`, so the rules are the same everywhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidationIssue } from '../domain/types';
import { FILES, type RawDataset } from './validate';

export interface ReadResult {
  raw: RawDataset;
  /** Files that could not be read or parsed as JSON: reported, and read as empty. */
  issues: ValidationIssue[];
}

function readJson(root: string, file: string, issues: ValidationIssue[]): unknown {
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch (error) {
    issues.push({ file, id: '(file)', path: '', message: `cannot read: ${(error as Error).message}` });
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    issues.push({ file, id: '(file)', path: '', message: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

/** Read `data/*.json(geojson)` and `seeds/*.txt` under `root`. */
export function readDataset(root: string): ReadResult {
  const issues: ValidationIssue[] = [];
  const seeds: Record<string, string> = {};
  try {
    for (const name of readdirSync(join(root, 'seeds')).sort()) {
      if (name.endsWith('.txt')) seeds[name] = readFileSync(join(root, 'seeds', name), 'utf8');
    }
  } catch (error) {
    issues.push({ file: 'seeds/', id: '(folder)', path: '', message: `cannot read: ${(error as Error).message}` });
  }
  return {
    raw: {
      sources: readJson(root, FILES.sources, issues),
      gazetteer: readJson(root, FILES.gazetteer, issues),
      events: readJson(root, FILES.events, issues),
      seeds,
    },
    issues,
  };
}
