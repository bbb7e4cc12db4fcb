import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../domain/types';
import { ingest, type IngestResult } from './ingest';
import { ingestInParts, readPart, type PartRequest } from './parts';
import { splitTable } from './table-split';
import { csvFile, utf8 } from './test-support';

const ACLED = ['event_id_cnty', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities'];

/**
 * Fifty towns in the first quarter, forty after, six new ones in the last quarter: the second
 * part meets fewer known places than the first, then places of its own, so its own numbering
 * of places differs from a whole read's.
 */
const town = (i: number, count: number): number => (i < count / 4 ? i % 50 : i >= (3 * count) / 4 ? 100 + (i % 6) : i % 40);

/** An ACLED export with what a whole read must name exactly: bad rows, repeated places, notes with commas, quotes and line breaks, an id used twice far apart. */
function acledRows(count: number): Array<Record<string, string>> {
  return Array.from({ length: count }, (_, i) => ({
    event_id_cnty: i === count - 3 ? 'UKR5' : `UKR${i}`,
    event_date: i % 97 === 13 ? 'soon' : `${1 + (i % 28)} January 2024`,
    time_precision: String(1 + (i % 3)),
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    location: `Town ${town(i, count)}`,
    latitude: i % 211 === 7 ? 'north' : String(47 + town(i, count) / 100),
    longitude: String(35 + (i % 40) / 10),
    geo_precision: String(1 + (i % 3)),
    source: `Outlet ${i % 5}`,
    notes: i % 10 === 0 ? `Clashes, said "the governor",\nnear town ${i}.` : `Clashes near town ${i}.`,
    fatalities: i % 50 === 0 ? 'many' : String(i % 4),
  }));
}

const inProcess = async (request: PartRequest) => readPart(structuredClone(request));

const sorted = (issues: readonly ValidationIssue[]) => [...issues].map((i) => JSON.stringify(i)).sort();

function expectSameRead(parts: IngestResult | null, whole: IngestResult): void {
  expect(parts).not.toBeNull();
  expect(parts!.dataset).toEqual(whole.dataset);
  expect(parts!.version).toBe(whole.version);
  expect(sorted(parts!.issues)).toEqual(sorted(whole.issues));
  expect({ ...parts!.report, reasons: undefined }).toEqual({ ...whole.report, reasons: undefined });
  expect(parts!.report.setAside).toBe(whole.report.setAside);
}

describe('splitTable', () => {
  it('cuts at line ends outside quoted fields, numbering each part from its first record', () => {
    const text = 'a,b\n1,"x\ny"\n\n2,z\n3,"q"\n4,w\n';
    const parts = splitTable(text, 2)!;
    expect(parts.map((p) => p.text.startsWith('a,b\n'))).toEqual([true, true]);
    const rows = parts.map((p) => Papa.parse<string[]>(p.text, { skipEmptyLines: 'greedy' }).data.slice(1));
    expect(rows.flat()).toEqual([['1', 'x\ny'], ['2', 'z'], ['3', 'q'], ['4', 'w']]);
    expect(parts[1]!.firstRow).toBe(rows[0]!.length + 1);
  });

  it('does not cut a file of one line, nor one with old Mac line ends', () => {
    expect(splitTable('a,b', 2)).toBeNull();
    expect(splitTable('a,b\r1,2\r3,4\r', 2)).toBeNull();
  });
});

describe('ingestInParts', () => {
  it('reads an ACLED export in two parts exactly as whole: events, places, sources, version, every set-aside row by number', async () => {
    const file = csvFile('acled.csv', ACLED, acledRows(3000));
    const whole = ingest([file], { name: 'acled.csv' });
    expect(whole.issues.length).toBeGreaterThan(40);
    expect(whole.issues).toContainEqual(expect.objectContaining({ path: 'id', message: expect.stringContaining('duplicate id') }));
    const parts = await ingestInParts([file], { name: 'acled.csv' }, inProcess, 0);
    expectSameRead(parts, whole);
  });

  it('reads a CSV of its own columns with a mapping, and a TSV, as whole', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => ({ when: i === 300 ? 'never' : '2024-03-01', lat: '50.1', lon: String(30 + (i % 7)), what: `Report ${i}` }));
    const mapping = { date: 'when', latitude: 'lat', longitude: 'lon', title: 'what' };
    for (const file of [csvFile('mine.csv', ['when', 'lat', 'lon', 'what'], rows), utf8('mine.tsv', Papa.unparse(rows, { delimiter: '\t' }))]) {
      const whole = ingest([file], { format: 'csv', mapping });
      expect(whole.issues).toEqual([expect.objectContaining({ id: 'row 301' })]);
      expectSameRead(await ingestInParts([file], { format: 'csv', mapping }, inProcess, 0), whole);
    }
  });

  it('leaves to a whole read a file its quotes mislead, a small file, and a second reader that fails', async () => {
    // A quote inside an unquoted cell: followed as a quote, it hides the line ends after it.
    const stray = utf8('stray.csv', `${ACLED.join(',')}\n${acledRows(200).map((r, i) => ACLED.map((c) => (c === 'notes' ? (i === 20 ? 'a 5" shell' : 'ok') : r[c])).join(',')).join('\n')}\n`);
    expect(await ingestInParts([stray], {}, inProcess, 0)).toBeNull();
    const file = csvFile('acled.csv', ACLED, acledRows(200));
    expect(await ingestInParts([file], {}, inProcess)).toBeNull();
    expect(await ingestInParts([file], {}, () => Promise.reject(new Error('no worker')), 0)).toBeNull();
    expect(await ingestInParts([utf8('events.geojson', '{"type":"FeatureCollection","features":[]}')], {}, inProcess, 0)).toBeNull();
  });
});
