/** Helpers for the ingest's tests: fixtures as raw files, and a CSV written from rows. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { RawFile } from './types';

export const FIXTURES = join(__dirname, '../../../e2e/fixtures/import');

export const fixture = (...names: string[]): RawFile[] => names.map((name) => ({ name, bytes: readFileSync(join(FIXTURES, name)) }));

export const utf8 = (name: string, text: string): RawFile => ({ name, bytes: new TextEncoder().encode(text) });

/** A CSV file from a header and rows of cells. */
export const csvFile = (name: string, columns: string[], rows: Array<Record<string, string>>): RawFile =>
  utf8(name, Papa.unparse({ fields: columns, data: rows.map((r) => columns.map((c) => r[c] ?? '')) }));
