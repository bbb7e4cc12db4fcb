import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewFiles, PREFIX_BYTES } from './preview';
import { FIXTURES } from './test-support';

const file = (name: string, as = name.replace(/^.*\//, '')) => new File([readFileSync(join(FIXTURES, name))], as);

describe('previewFiles', () => {
  it('names the detected format, the row count, the columns and the mapping of a known export', async () => {
    const p = await previewFiles([file('acled.csv')]);
    expect(p).toMatchObject({ format: 'acled', formats: ['acled', 'csv'], rows: 8, needsMapping: false });
    expect(p.mapping).toMatchObject({ latitude: 'latitude', longitude: 'longitude', date: 'event_date', text: 'notes', source: 'source' });
    expect(p.sample[0]).toMatchObject({ event_id_cnty: 'UKR90001', location: 'Avdiivka' });
  });

  it('asks for a mapping when the columns are not a known format, with a guess to correct', async () => {
    const p = await previewFiles([file('custom.csv')]);
    expect(p).toMatchObject({ format: 'csv', needsMapping: true, columns: ['Y_coord', 'X_coord', 'When', 'What happened', 'Town', 'Link'] });
    expect(p.mapping).toMatchObject({ latitude: '', longitude: '', date: 'When', placeName: 'Town', source: 'Link' });
  });

  it('takes the format the user picks over the detected one', async () => {
    const p = await previewFiles([file('acled.csv')], 'csv');
    expect(p.format).toBe('csv');
    expect(p.needsMapping).toBe(true);
  });

  it('reads only the first part of a large file, and then does not claim a row count', async () => {
    const row = '50.1,30.2,2024-01-01,a title\n';
    const big = new File(['lat,lon,date,title\n', row.repeat(Math.ceil((2 * PREFIX_BYTES) / row.length))], 'big.csv');
    const p = await previewFiles([big]);
    expect(p.rows).toBeNull();
    expect(p.sample).toHaveLength(5);
    expect(p.mapping).toMatchObject({ latitude: 'lat', longitude: 'lon', date: 'date', title: 'title' });
  });

  it('TimeMap, GeoJSON and hostile files', async () => {
    const tm = await previewFiles([file('timemap/events.json', 'events.json'), file('timemap/sources.json', 'sources.json')]);
    expect(tm).toMatchObject({ format: 'timemap', rows: 5, columns: null });
    expect((await previewFiles([file('points.geojson')])).format).toBe('geojson');
    expect((await previewFiles([file('empty.csv')])).notes).toEqual(['empty.csv: the file is empty.']);
    expect((await previewFiles([file('ucdp-ged-cp1252.csv')])).notes[0]).toMatch(/Windows-1252/);
  });

  it('detects a columnar file by its name or its Parquet magic, and asks for its gazetteer', async () => {
    const parquet = (name: string) => new File([new Uint8Array([0x50, 0x41, 0x52, 0x31, 0x15, 0x00, 0x15, 0xff, 0x80])], name);
    const alone = await previewFiles([parquet('events.parquet')]);
    expect(alone).toMatchObject({ format: 'parquet', formats: ['parquet'], rows: null, columns: null, needsMapping: false });
    expect(alone.notes).toEqual(['A columnar data set is read with its other files: open claims.parquet, figures.parquet, gazetteer.json (and sources.json, if it has one) together with events.parquet.']);
    const together = await previewFiles([parquet('big.bin'), parquet('claims.parquet'), parquet('figures.parquet'), new File(['{"places":[]}'], 'gazetteer.json')]);
    expect(together).toMatchObject({ format: 'parquet', notes: [] });
  });
});
