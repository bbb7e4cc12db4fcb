import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { buildAtlasData } from '../../domain/atlas-event';
import type { Dataset } from '../../domain/types';
import { ingest } from '../ingest/ingest';
import { ingestAtlas } from '../ingest/ingest-atlas';
import { ingestParquet } from '../ingest/ingest-parquet';
import { fixture, utf8 } from '../ingest/test-support';
import type { RawFile } from '../ingest/types';
import { FORMAT_KEY, pointWkb, type ColumnName } from './format';
import { columnarFile, eventColumns, writeColumns, type Cell } from './write';

const ROOT = join(__dirname, '../../..');
const shippedFiles = (): RawFile[] => ['sources.json', 'gazetteer.json', 'events.geojson'].map((n) => ({ name: n, bytes: readFileSync(join(ROOT, 'data', n)) }));

/** The JSON files of a data set beside a columnar events file. */
const beside = (dataset: Dataset): RawFile[] => [
  utf8('gazetteer.json', JSON.stringify({ places: dataset.places })),
  utf8('sources.json', JSON.stringify({ sources: dataset.sources })),
];

const open = (dataset: Dataset, events: Uint8Array) => ingestParquet([...beside(dataset), { name: 'events.parquet', bytes: events }]);

const shipped = ingestAtlas(shippedFiles()).dataset;

/** The shipped data set's columns with one cell changed. */
function withCell(column: ColumnName, row: number, value: Cell): Uint8Array {
  const columns = eventColumns(shipped);
  columns.get(column)![row] = value;
  return writeColumns(columns);
}

describe('the columnar events file', () => {
  it('gives the same model as the GeoJSON path, for curated and imported data sets', async () => {
    const sets = [shipped, ingest(fixture('acled.csv')).dataset, ingest(fixture('ucdp-ged.csv')).dataset];
    for (const dataset of sets) {
      expect(dataset.events.length).toBeGreaterThan(3);
      const read = await open(dataset, columnarFile(dataset));
      expect(read.issues).toEqual([]);
      expect(read.format).toBe('parquet');
      expect(read.report.loaded).toBe(dataset.events.length);
      expect(buildAtlasData(read.dataset)).toEqual(buildAtlasData(dataset));
    }
  });

  it('carries claims with offsets and reviewers’ answers, figures with ranges, and documents without offsets', async () => {
    const ucdp = ingest(fixture('ucdp-ged.csv')).dataset;
    const read = await open(ucdp, columnarFile(ucdp));
    expect(read.dataset.events.some((e) => e.properties.figures.some((f) => f.valueMin !== undefined && f.valueMax !== undefined))).toBe(true);
    const curated = await open(shipped, columnarFile(shipped));
    expect(curated.dataset.events.some((e) => e.properties.claims.some((c) => c.offsets && c.reviewed))).toBe(shipped.events.some((e) => e.properties.claims.some((c) => c.reviewed)));
    const offsets = (events: Dataset['events']) => Object.fromEntries(events.map((e) => [e.id, e.properties.claims.map((c) => c.offsets)]));
    expect(offsets(curated.dataset.events)).toEqual(offsets(shipped.events));
  });

  it.each<[ColumnName, Cell, RegExp]>([
    ['category', 'bombardment', /"bombardment" is not one of deployment, movement/],
    ['date_precision', 'week', /"week" is not one of day, range, month, approximate/],
    ['id', 'Not Kebab', /must be lower-case kebab-case/],
    ['title', '   ', /is empty/],
    ['start', 9_999_999, /is not a day between 0001-01-01 and 9999-12-31/],
    ['end', 0, /end 1970-01-01 is before start/],
    ['place', 'atlantis', /unknown place id "atlantis"/],
    ['geometry', pointWkb(0, 0), /\[0, 0\] is not the representative point of/],
    ['geometry', new Uint8Array([1, 2, 3]), /is not a WKB point/],
    ['claim_source', [], /an event needs at least one claim/],
    ['claim_status', ['rumoured'], /"rumoured" is not one of reported/],
    ['claim_offset_start', [null], /offsets need both a start and an end/],
  ])('sets aside a row whose %s is bad, naming the row and the column, and keeps every other row', async (column, value, message) => {
    const row = 3;
    const read = await open(shipped, withCell(column, row, value));
    const faults = read.issues.filter((i) => i.id === `row ${row + 1}`);
    expect(faults.length).toBeGreaterThan(0);
    expect(faults[0]!.path.split('.')[0]).toBe(column);
    expect(faults[0]!.message).toMatch(message);
    expect(read.issues.every((i) => i.id === `row ${row + 1}`)).toBe(true);
    expect(read.dataset.events).toHaveLength(shipped.events.length - 1);
    expect(read.report.setAside).toBe(1);
  });

  it('checks that the lists of one event’s claims agree in length', async () => {
    const columns = eventColumns(shipped);
    const quotes = columns.get('claim_quote')![0] as string[];
    columns.get('claim_quote')![0] = [...quotes, 'one quote too many'];
    const read = await open(shipped, writeColumns(columns));
    expect(read.issues).toEqual([
      { file: 'events.parquet', id: 'row 1', path: 'claim_quote', message: `has ${quotes.length + 1} entries where claim_source has ${quotes.length}: the fields of a claim or figure are lists of equal length` },
    ]);
    expect(read.dataset.events).toHaveLength(shipped.events.length - 1);
  });

  it('keeps the first of two rows with one id', async () => {
    const columns = eventColumns(shipped);
    const ids = columns.get('id')!;
    ids[5] = ids[4]!;
    const read = await open(shipped, writeColumns(columns));
    expect(read.issues).toEqual([{ file: 'events.parquet', id: 'row 6', path: 'id', message: `duplicate id "${String(ids[4])}": only the first record with it is kept` }]);
  });

  it('rejects a truncated file, a file that is not Parquet, another version and a Parquet file that is not ours, keeping the places', async () => {
    const good = columnarFile(shipped);
    const cases: Array<[Uint8Array, RegExp]> = [
      [good.subarray(0, Math.floor(good.length / 2)), /the file is cut short/],
      [new TextEncoder().encode('{"type":"FeatureCollection","features":[]}'), /not a Parquet file/],
      [writeColumns(eventColumns(shipped), { format: 'event-atlas-columnar', version: 2 }), /columnar format version 2 is not one this app reads \(it reads version 1\)/],
      [new Uint8Array(parquetWriteBuffer({ columnData: [{ name: 'x', data: [1, 2], type: 'INT32' }] })), new RegExp(`not an Event Atlas columnar events file \\(it has no "${FORMAT_KEY}" metadata key\\)`)],
    ];
    for (const [bytes, message] of cases) {
      const read = await open(shipped, bytes);
      expect(read.issues).toHaveLength(1);
      expect(read.issues[0]).toMatchObject({ file: 'events.parquet', id: '(file)' });
      expect(read.issues[0]!.message).toMatch(message);
      expect(read.dataset.events).toEqual([]);
      expect(read.dataset.places).toHaveLength(shipped.places.length);
    }
  });

  it('rejects a file whose column has the wrong type, naming the column', async () => {
    const columns = eventColumns(shipped);
    const bytes = writeColumns(new Map([...columns].filter(([name]) => name !== 'start')));
    const read = await open(shipped, bytes);
    expect(read.issues.map((i) => i.message)).toEqual(['it has no column "start"']);
    // Written with the generic writer, its types guessed: text where the format has DATE days.
    const scalars = [...columns].filter(([name]) => !name.startsWith('claim_') && !name.startsWith('figure_') && name !== 'tags');
    const columnData = [...scalars, ['claim_source', columns.get('claim_source')!] as const].map(([name, data]) => ({ name, data: name === 'end' ? data.map(String) : data }));
    const wrong = parquetWriteBuffer({ columnData, kvMetadata: [{ key: FORMAT_KEY, value: '{"version":1}' }] });
    const typeRead = await open(shipped, new Uint8Array(wrong));
    expect(typeRead.issues[0]!.message).toMatch(/column "end" is BYTE_ARRAY, not INT32 \(days since 1970-01-01\)/);
  });

  it('needs the gazetteer beside it', async () => {
    const read = await ingestParquet([{ name: 'events.parquet', bytes: columnarFile(shipped) }]);
    expect(read.issues[0]!.message).toMatch(/a columnar events file needs the gazetteer.json it was written with beside it/);
    expect(read.dataset.events).toEqual([]);
  });
});
