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
import { FORMAT_KEY, type TableName } from './format';
import { columnarFiles, datasetTables, writeTable, type Cell } from './write';

const ROOT = join(__dirname, '../../..');
const shippedFiles = (): RawFile[] => ['sources.json', 'gazetteer.json', 'events.geojson'].map((n) => ({ name: n, bytes: readFileSync(join(ROOT, 'data', n)) }));

type Files = Partial<Record<'events.parquet' | 'claims.parquet' | 'figures.parquet', Uint8Array>>;

/** A columnar data set's files: the tables given, with the JSON files of `dataset` beside them. */
const open = (dataset: Dataset, tables: Files) =>
  ingestParquet([
    utf8('gazetteer.json', JSON.stringify({ places: dataset.places })),
    utf8('sources.json', JSON.stringify({ sources: dataset.sources })),
    ...Object.entries(tables).map(([name, bytes]) => ({ name, bytes })),
  ]);

const shipped = ingestAtlas(shippedFiles()).dataset;

/** The shipped data set's tables with one cell changed. */
function withCell(table: TableName, column: string, row: number, value: Cell): Files {
  const tables = datasetTables(shipped);
  const cells = (tables[table] as Map<string, Cell[]>).get(column)!;
  cells[row] = value;
  return { 'events.parquet': writeTable('events', tables.events), 'claims.parquet': writeTable('claims', tables.claims), 'figures.parquet': writeTable('figures', tables.figures) };
}

/** The first event row with more than one claim, and the claims row of its second claim. */
const tables = datasetTables(shipped);
const claimsStart = tables.events.get('claims_start')! as number[];
const MULTI = claimsStart.findIndex((start, row) => (claimsStart[row + 1] ?? tables.claims.get('quote')!.length) - start > 1);
const SECOND_CLAIM = claimsStart[MULTI]! + 1;
const figuresStart = tables.events.get('figures_start')! as number[];
const WITH_FIGURE = figuresStart.findIndex((start, row) => (figuresStart[row + 1] ?? Infinity) > start);

describe('the columnar data set', () => {
  it('gives the same model as the GeoJSON path, for curated and imported data sets', async () => {
    // TimeMap's events carry tags and no figures: an empty figures table.
    const timemap = ingest(fixture('timemap/events.json', 'timemap/sources.json', 'timemap/associations.json')).dataset;
    expect(timemap.events.some((e) => (e.properties.tags?.length ?? 0) > 0)).toBe(true);
    const sets = [shipped, ingest(fixture('acled.csv')).dataset, ingest(fixture('ucdp-ged.csv')).dataset, timemap];
    for (const dataset of sets) {
      expect(dataset.events.length).toBeGreaterThanOrEqual(3);
      const read = await open(dataset, columnarFiles(dataset));
      expect(read.issues).toEqual([]);
      expect(read.format).toBe('parquet');
      expect(read.report.loaded).toBe(dataset.events.length);
      expect(buildAtlasData(read.dataset)).toEqual(buildAtlasData(dataset));
    }
  });

  it('carries several claims per event with offsets and reviewers’ answers, and figures with ranges', async () => {
    expect(MULTI).toBeGreaterThanOrEqual(0);
    expect(WITH_FIGURE).toBeGreaterThanOrEqual(0);
    const curated = await open(shipped, columnarFiles(shipped));
    const byId = (events: Dataset['events']) => Object.fromEntries(events.map((e) => [e.id, e.properties]));
    expect(byId(curated.dataset.events)).toEqual(byId(shipped.events));
    const ucdp = ingest(fixture('ucdp-ged.csv')).dataset;
    const read = await open(ucdp, columnarFiles(ucdp));
    expect(read.dataset.events.some((e) => e.properties.figures.some((f) => f.valueMin !== undefined && f.valueMax !== undefined))).toBe(true);
  });

  it.each<[TableName, string, () => number, Cell, string, RegExp]>([
    ['events', 'category', () => 3, 'bombardment', 'category', /^"bombardment" is not one of deployment, movement/],
    ['events', 'date_precision', () => 3, 'week', 'date_precision', /"week" is not one of day, range, month, approximate/],
    ['events', 'id', () => 3, 'Not Kebab', 'id', /must be lower-case kebab-case/],
    ['events', 'title', () => 3, '   ', 'title', /^is empty$/],
    ['events', 'start', () => 3, 9_999_999, 'start', /is not a day between 0001-01-01 and 9999-12-31/],
    ['events', 'end', () => 3, 0, 'end', /^end 1970-01-01 is before start/],
    ['events', 'place', () => 3, 'atlantis', 'place', /unknown place id "atlantis"/],
    ['events', 'tags', () => 3, '["ok", ""]', 'tags', /must be a JSON list of non-empty texts/],
    ['claims', 'status', () => SECOND_CLAIM, 'rumoured', 'claims.status', /^claims.parquet row \d+: "rumoured" is not one of reported/],
    ['claims', 'quote', () => SECOND_CLAIM, '', 'claims.quote', /^claims.parquet row \d+: is empty$/],
    ['claims', 'offset_start', () => SECOND_CLAIM, null, 'claims.offset_start', /offsets need both a start and an end/],
    ['claims', 'source', () => SECOND_CLAIM, 'doc-abc', 'claims.source', /"doc-abc" is not in the sources manifest/],
    ['figures', 'value', () => figuresStart[WITH_FIGURE]!, -5, 'figures.value', /^figures.parquet row \d+: -5 is not a number of 0 or more/],
  ])('sets aside an event whose %s %s is bad, naming its row and the column, and keeps every other event', async (table, column, rowOf, value, path, message) => {
    const row = rowOf();
    const owner = table === 'events' ? row : table === 'claims' ? MULTI : WITH_FIGURE;
    const read = await open(shipped, withCell(table, column, row, value));
    expect(read.issues.length).toBeGreaterThan(0);
    for (const issue of read.issues) expect(issue).toMatchObject({ file: 'events.parquet', id: `row ${owner + 1}` });
    expect(read.issues[0]!.path).toBe(path);
    expect(read.issues[0]!.message).toMatch(message);
    if (table !== 'events') expect(read.issues[0]!.message).toContain(`row ${row + 1}:`);
    expect(read.dataset.events).toHaveLength(shipped.events.length - 1);
    expect(read.report.setAside).toBe(1);
  });

  it('checks that the claims offsets do not decrease and that each claim belongs to its event', async () => {
    const decreasing = await open(shipped, withCell('events', 'claims_start', MULTI + 1, 0));
    expect(decreasing.issues[0]).toEqual({ file: 'events.parquet', id: `row ${MULTI + 1}`, path: 'claims_start', message: `${claimsStart[MULTI]} is after the next event's 0: claims_start must not decrease` });
    // The next event now begins at claims row 0: those claims belong to other events.
    expect(decreasing.issues.some((i) => i.id === `row ${MULTI + 2}` && /belongs to event "/.test(i.message))).toBe(true);
    const shifted = await open(shipped, withCell('claims', 'event_id', SECOND_CLAIM, 'someone-else'));
    expect(shifted.issues).toEqual([
      {
        file: 'events.parquet',
        id: `row ${MULTI + 1}`,
        path: 'claims.event_id',
        message: `claims.parquet row ${SECOND_CLAIM + 1}: belongs to event "someone-else", not to ${JSON.stringify(tables.events.get('id')![MULTI])}: the events' claims_start do not match this table`,
      },
    ]);
  });

  it('keeps the first of two events with one id', async () => {
    const copy = datasetTables(shipped);
    const ids = copy.events.get('id')!;
    // Its claims and figures name it by its new id too.
    for (const part of [copy.claims, copy.figures] as Array<Map<string, Cell[]>>) {
      const owners = part.get('event_id')!;
      owners.forEach((owner, k) => owner === ids[5] && (owners[k] = ids[4]!));
    }
    ids[5] = ids[4]!;
    const read = await open(shipped, { 'events.parquet': writeTable('events', copy.events), 'claims.parquet': writeTable('claims', copy.claims), 'figures.parquet': writeTable('figures', copy.figures) });
    expect(read.issues).toEqual([{ file: 'events.parquet', id: 'row 6', path: 'id', message: `duplicate id "${String(ids[4])}": only the first record with it is kept` }]);
  });

  it('rejects a truncated file, a file that is not Parquet, another version, another table and a Parquet file that is not ours, keeping the places', async () => {
    const good = columnarFiles(shipped);
    const events = good['events.parquet'];
    const cases: Array<[Files, string, RegExp]> = [
      [{ ...good, 'events.parquet': events.subarray(0, Math.floor(events.length / 2)) }, 'events.parquet', /the file is cut short/],
      [{ ...good, 'claims.parquet': new TextEncoder().encode('{"type":"FeatureCollection","features":[]}') }, 'claims.parquet', /not a Parquet file/],
      [{ ...good, 'events.parquet': writeTable('events', tables.events, 2) }, 'events.parquet', /columnar format version 2 is not one this app reads \(it reads version 1\)/],
      [{ ...good, 'figures.parquet': good['claims.parquet'] }, 'figures.parquet', /it holds the "claims" table, where the figures table was expected/],
      [{ ...good, 'events.parquet': new Uint8Array(parquetWriteBuffer({ columnData: [{ name: 'x', data: [1, 2], type: 'INT32' }] })) }, 'events.parquet', new RegExp(`it has no "${FORMAT_KEY}" metadata key`)],
      [{ 'events.parquet': events, 'claims.parquet': good['claims.parquet'] }, 'figures.parquet', /missing: a columnar data set has figures.parquet beside events.parquet/],
    ];
    for (const [files, file, message] of cases) {
      const read = await open(shipped, files);
      expect(read.issues).toHaveLength(1);
      expect(read.issues[0]).toMatchObject({ file, id: '(file)' });
      expect(read.issues[0]!.message).toMatch(message);
      expect(read.dataset.events).toEqual([]);
      expect(read.dataset.places).toHaveLength(shipped.places.length);
    }
  });

  it('rejects a table missing a column or with a column of the wrong type, naming the column', async () => {
    const files = columnarFiles(shipped);
    const withoutStart = writeTable('events', new Map([...tables.events].filter(([name]) => name !== 'start')));
    expect((await open(shipped, { ...files, 'events.parquet': withoutStart })).issues.map((i) => i.message)).toEqual(['it has no column "start"']);
    // Written with the generic writer, its types guessed: text where the format has DATE days.
    const columnData = [...tables.events].filter(([name]) => name !== 'geometry').map(([name, data]) => ({ name, data: name === 'end' ? data.map(String) : data }));
    const wrong = new Uint8Array(parquetWriteBuffer({ columnData, kvMetadata: [{ key: FORMAT_KEY, value: '{"version":1,"table":"events"}' }] }));
    const read = await open(shipped, { ...files, 'events.parquet': wrong });
    expect(read.issues.map((i) => i.message)).toEqual(['column "end" is BYTE_ARRAY, not INT32 (days since 1970-01-01); it has no column "geometry"']);
  });

  it('needs the gazetteer beside it', async () => {
    const read = await ingestParquet(Object.entries(columnarFiles(shipped)).map(([name, bytes]) => ({ name, bytes })));
    expect(read.issues[0]!.message).toMatch(/a columnar data set needs the gazetteer.json it was written with beside its tables/);
    expect(read.issues.filter((i) => i.id === '(file)')).toHaveLength(1);
    expect(read.dataset.events).toEqual([]);
  });
});
