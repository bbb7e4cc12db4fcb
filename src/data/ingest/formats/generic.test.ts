import { describe, expect, it } from 'vitest';
import { ingest } from '../ingest';
import { fixture, utf8 } from '../test-support';

const MAPPING = { latitude: 'Y_coord', longitude: 'X_coord', date: 'When', title: 'What happened', placeName: 'Town', source: 'Link' };

describe('GeoJSON points and mapped CSV', () => {
  it('reads points with a date property, and sets aside other geometries and bad dates', () => {
    const r = ingest(fixture('points.geojson'));
    expect(r.format).toBe('geojson');
    expect(r.dataset.events.map((e) => [e.properties.title, e.properties.start, e.properties.end])).toEqual([
      ['Air raid alert in Kyiv', '2024-02-01', '2024-02-01'],
      ['Power cuts in Kharkiv', '2024-02-03', '2024-02-05'],
    ]);
    expect(r.issues.map((i) => [i.id, i.path])).toEqual([
      ['p3', 'geometry'],
      ['p4', 'properties.date'],
    ]);
    const doc = r.dataset.sources.find((s) => s.file === r.dataset.events[0]!.properties.claims[0]!.source)!;
    expect(doc.kind === 'document' && doc.url).toBe('https://example.org/news/air-raid');
  });

  it('a CSV of unknown columns loads nothing until a mapping names them, then loads every good row', () => {
    const unmapped = ingest(fixture('custom.csv'));
    expect(unmapped.report.loaded).toBe(0);
    expect(unmapped.issues[0]!.message).toMatch(/mapping does not fit: no column is mapped to latitude/);
    const mapped = ingest(fixture('custom.csv'), { mapping: MAPPING });
    expect(mapped.report).toMatchObject({ format: 'csv', loaded: 2, setAside: 1 });
    expect(mapped.issues[0]).toMatchObject({ id: 'row 3', path: 'Y_coord' });
    expect(mapped.dataset.events[0]!.properties.title).toBe('Volunteers opened a new shelter');
  });

  it('a mapping naming a column the file lacks is reported, not guessed around', () => {
    const r = ingest(fixture('custom.csv'), { mapping: { ...MAPPING, date: 'Date' } });
    expect(r.issues[0]!.message).toMatch(/date is mapped to "Date", which the file does not have/);
  });

  it('reads a TSV, and refuses an ambiguous slashed date in a file of unknown origin', () => {
    const tsv = 'lat\tlon\tdate\ttitle\n50\t30\t2024-05-01\tA\n50\t30\t05/06/2024\tB\n';
    const r = ingest([utf8('x.tsv', tsv)]);
    expect(r.format).toBe('csv');
    expect(r.dataset.events).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ id: 'row 2', path: 'date' });
  });
});
