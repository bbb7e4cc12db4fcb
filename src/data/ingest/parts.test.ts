import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ingest, ingestInParts, readPart, type ReadElsewhere } from './ingest';
import { splitRows } from './parts';
import { utf8 } from './test-support';
import type { IngestResult } from './ingest';
import type { RawFile } from './types';

const COLUMNS = ['event_id_cnty', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities'];

/** An ACLED export of `n` rows whose cells exercise the cut: quoted commas, line breaks and quotes in notes, repeated places, bad rows and repeated ids on both sides of the middle. */
function acledExport(n: number): string {
  const rows = Array.from({ length: n }, (_, i) => ({
    event_id_cnty: i % 97 === 5 ? 'UKR5' : `UKR${i}`,
    event_date: i % 41 === 7 ? 'not a day' : `${(i % 28) + 1} March 2024`,
    time_precision: String((i % 3) + 1),
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    location: `Town ${i % 13}`,
    latitude: i % 53 === 11 ? 'north' : String(48 + (i % 13) / 10),
    longitude: String(37 + (i % 13) / 10),
    geo_precision: String((i % 13) % 3 + 1),
    source: i % 2 ? 'Ukrainska Pravda' : 'Kyiv Independent',
    notes: i % 5 === 0 ? `On ${i}, forces "clashed", then\nwithdrew, the ministry said.` : `Clash number ${i}.`,
    fatalities: i % 31 === 3 ? 'several' : String(i % 4),
  }));
  // An empty line among the rows: papaparse skips it, and so must the cut's row count.
  return Papa.unparse({ fields: COLUMNS, data: rows.map((r) => COLUMNS.map((c) => r[c as keyof typeof r])) }).replace('\r\nUKR40,', '\r\n\r\nUKR40,');
}

/** The other thread, in this one: the same reading, as the part worker runs it. */
const here: ReadElsewhere = async (format, file, firstRow) => readPart(format, file, firstRow);

const sorted = (r: IngestResult) => [...r.issues].map((i) => JSON.stringify(i)).sort();

describe('a large CSV read in two parts', () => {
  it('gives what one pass gives: events, places, sources, set-aside records and notes', async () => {
    const file = utf8('acled.csv', acledExport(600));
    const whole = ingest([file], {});
    let asked = 0;
    const parts = await ingestInParts([file], {}, async (...args) => (asked++, here(...args)), 1000);
    expect(asked).toBe(1);
    expect(parts.parts).toBe(2);
    expect(whole.format).toBe('acled');
    expect(whole.dataset.events.length).toBeGreaterThan(400);
    expect(parts.dataset).toEqual(whole.dataset);
    expect(sorted(parts)).toEqual(sorted(whole));
    expect(parts.report.setAside).toBe(whole.report.setAside);
    expect(parts.report.notes).toEqual(whole.report.notes);
    expect(parts.version).toBe(whole.version);
    // Both halves had records set aside, named by the whole file's rows.
    const rows = whole.issues.map((i) => Number(i.id.replace(/^row /, ''))).filter(Number.isFinite);
    expect(Math.min(...rows)).toBeLessThan(100);
    expect(Math.max(...rows)).toBeGreaterThan(500);
    expect(whole.issues.filter((i) => i.path === 'id').length).toBeGreaterThan(3);
  });

  it('cuts at a row boundary and counts the rows before it as papaparse reads them', () => {
    const text = acledExport(300);
    const split = splitRows(text)!;
    expect(split.first.length).toBeGreaterThanOrEqual(text.length / 2);
    const rowsOf = (t: string) => Papa.parse<string[]>(t, { skipEmptyLines: 'greedy' }).data.slice(1);
    expect(split.second.firstRow).toBe(rowsOf(split.first).length);
    expect([...rowsOf(split.first), ...rowsOf(split.second.text)]).toEqual(rowsOf(text));
  });

  it('does not cut where a quote breaks RFC 4180 before the middle, and one pass reads the file', async () => {
    const text = acledExport(200).replace('Clash number 1.', 'Clash "number" 1.');
    expect(splitRows(text)).toBeNull();
    const file = utf8('acled.csv', text);
    let asked = 0;
    const parts = await ingestInParts([file], {}, async (...args) => (asked++, here(...args)), 1000);
    expect(asked).toBe(0);
    expect(parts.parts).toBeUndefined();
    expect(parts.dataset).toEqual(ingest([file], {}).dataset);
  });

  it('reads the file in one pass when the other thread fails, or the file is small or not read by rows', async () => {
    const file = utf8('acled.csv', acledExport(300));
    const failing: ReadElsewhere = () => Promise.reject(new Error('the worker could not start'));
    const afterFailure = await ingestInParts([file], {}, failing, 1000);
    expect(afterFailure.parts).toBeUndefined();
    expect(afterFailure.dataset).toEqual(ingest([file], {}).dataset);
    let asked = 0;
    const counting: ReadElsewhere = async (...args) => (asked++, here(...args));
    await ingestInParts([file], {}, counting);
    const geojson: RawFile = utf8('points.geojson', JSON.stringify({ type: 'FeatureCollection', features: [] }).padEnd(2000));
    await ingestInParts([geojson], {}, counting, 1000);
    expect(asked).toBe(0);
  });

  it('refuses a file without the columns once, as one pass does', async () => {
    const text = acledExport(300).replace('geo_precision', 'geo_prec');
    const file = utf8('acled.csv', text);
    const parts = await ingestInParts([file], { format: 'acled' }, here, 1000);
    const whole = ingest([file], { format: 'acled' });
    expect(parts.issues).toEqual(whole.issues);
    expect(parts.issues).toHaveLength(1);
    expect(parts.issues[0]!.message).toMatch(/no geo_precision column/);
  });
});
