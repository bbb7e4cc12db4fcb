import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../version';
import { FILES } from '../files';
import { ingest } from './ingest';
import { ingestAtlas } from './ingest-atlas';
import { fixture, utf8 } from './test-support';
import type { RawFile } from './types';

const shipped = (): RawFile[] => Object.values(FILES).map((name) => ({ name, bytes: readFileSync(name) }));

describe('the ingest seam', () => {
  it('detects each format from the content, not the file name', () => {
    const renamed = (files: RawFile[]) => files.map((f, i) => ({ ...f, name: `upload-${i}.dat` }));
    expect(ingest(renamed(fixture('acled.csv'))).format).toBe('acled');
    expect(ingest(renamed(fixture('ucdp-ged.csv'))).format).toBe('ucdp');
    expect(ingest(renamed(fixture('points.geojson'))).format).toBe('geojson');
    expect(ingest(renamed(fixture('custom.csv'))).format).toBe('csv');
    expect(ingest(shipped()).format).toBe('atlas');
    expect(ingest(fixture('timemap/events.json', 'timemap/sources.json')).format).toBe('timemap');
  });

  it('an explicit format overrides the detected one', () => {
    const asCsv = ingest(fixture('acled.csv'), {
      format: 'csv',
      mapping: { latitude: 'latitude', longitude: 'longitude', date: 'event_date', title: 'location', text: 'notes' },
    });
    expect(asCsv.format).toBe('csv');
    // Read as a plain CSV, ISO and month-name dates load (5), day-first "17/01/2024" does not:
    // without ACLED's word for it, a slashed date is ambiguous.
    expect(asCsv.report.loaded).toBe(5);
    expect(asCsv.issues.filter((i) => i.path === 'event_date').map((i) => i.id)).toEqual(['row 3', 'row 4', 'row 7']);
    expect(asCsv.dataset.events.every((e) => e.id.startsWith('csv-'))).toBe(true);
  });

  it('reads the shipped data set unchanged, with the version old links carry', () => {
    const r = ingest(shipped());
    expect(r.issues).toEqual([]);
    const text = (f: string) => readFileSync(f, 'utf8');
    expect(r.dataset.events).toHaveLength((JSON.parse(text(FILES.events)) as { features: unknown[] }).features.length);
    expect(r.version).toBe(contentHash(text(FILES.sources), text(FILES.gazetteer), text(FILES.events)));
  });

  it('the page’s own ingest of our schema reads the shipped data set exactly as the full one does', () => {
    const full = ingest(shipped(), { format: 'atlas' });
    const own = ingestAtlas(shipped());
    expect(own.issues).toEqual([]);
    expect(own.dataset).toEqual(full.dataset);
    expect([own.version, own.format, own.report]).toEqual([full.version, full.format, full.report]);
  });

  it('the version changes with the content, the format and the mapping', () => {
    const a = ingest(fixture('custom.csv'), { mapping: { latitude: 'Y_coord', longitude: 'X_coord', date: 'When' } }).version;
    const b = ingest(fixture('custom.csv'), { mapping: { latitude: 'Y_coord', longitude: 'X_coord', date: 'When', title: 'Town' } }).version;
    expect(a).not.toBe(b);
    expect(ingest(fixture('acled.csv')).version).not.toBe(ingest(fixture('acled.csv'), { format: 'csv' }).version);
  });

  it('an imported data set survives the validator again, as our schema (what the CLI writes)', () => {
    const r = ingest(fixture('ucdp-ged.csv'));
    const files = [
      utf8('sources.json', JSON.stringify({ sources: r.dataset.sources })),
      utf8('gazetteer.json', JSON.stringify({ places: r.dataset.places })),
      utf8('events.geojson', JSON.stringify({ type: 'FeatureCollection', features: r.dataset.events })),
    ];
    const again = ingest(files);
    expect(again.format).toBe('atlas');
    expect(again.issues).toEqual([]);
    expect(again.dataset).toEqual(r.dataset);
  });

  it('opens an exported file again: one FeatureCollection carrying its places and sources in an atlas member', () => {
    const json = (f: string) => JSON.parse(readFileSync(f, 'utf8'));
    const exported = {
      type: 'FeatureCollection',
      atlas: { format: 'event-atlas-export', places: json(FILES.gazetteer).places, sources: json(FILES.sources).sources },
      features: json(FILES.events).features,
    };
    const r = ingest([utf8('event-atlas-export.geojson', JSON.stringify(exported))]);
    expect(r.format).toBe('atlas');
    expect(r.issues).toEqual([]);
    expect(r.dataset).toEqual(ingest(shipped()).dataset);
    const alone = ingest([utf8('events.geojson', JSON.stringify({ ...exported, atlas: undefined }))]);
    expect(alone.issues[0]!.message).toMatch(/needs a gazetteer\.json beside the events/);
  });

  it('hostile files: empty, binary, truncated, not a format, each named with a reason and nothing invented', () => {
    const cases: Array<[RawFile[], RegExp]> = [
      [fixture('empty.csv'), /the file is empty/],
      [fixture('binary.bin'), /not text \(binary content\)/],
      [fixture('truncated.geojson'), /not valid JSON/],
      [[utf8('notes.txt', 'just some words\nand more words')], /not a format the atlas reads/],
    ];
    for (const [files, message] of cases) {
      const r = ingest(files);
      expect(r.report.loaded).toBe(0);
      expect(r.report.setAside).toBe(1);
      expect(r.issues[0]).toMatchObject({ file: files[0]!.name, id: '(file)' });
      expect(r.issues[0]!.message).toMatch(message);
    }
  });

  it('50 MB in one column is one bad record, not a crash', () => {
    const huge = 'x'.repeat(50 * 1024 * 1024);
    const text = `latitude,longitude,event_date,sub_event_type,geo_precision,notes\n50,30,2024-01-01,Armed clash,1,ok\n50,30,${huge},Armed clash,1,big\n`;
    const r = ingest([utf8('big.csv', text)]);
    expect(r.format).toBe('acled');
    expect(r.report.loaded).toBe(1);
    expect(r.issues).toEqual([expect.objectContaining({ id: 'row 2', path: 'event_date' })]);
    expect(r.issues[0]!.message.length).toBeLessThan(200);
  });
});
