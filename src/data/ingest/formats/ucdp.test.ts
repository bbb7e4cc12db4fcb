import { describe, expect, it } from 'vitest';
import { ingest } from '../ingest';
import { csvFile, fixture } from '../test-support';

const COLUMNS = ['id', 'type_of_violence', 'conflict_name', 'dyad_name', 'side_a', 'side_b', 'source_article', 'source_office', 'source_date', 'source_headline', 'source_original', 'where_prec', 'where_coordinates', 'country', 'latitude', 'longitude', 'date_prec', 'date_start', 'date_end', 'best', 'high', 'low'];
const row = (over: Record<string, string> = {}): Record<string, string> => ({
  id: '1',
  type_of_violence: '1',
  conflict_name: 'Russia - Ukraine',
  dyad_name: 'Government of Russia - Government of Ukraine',
  source_office: 'Reuters',
  source_date: '2023-03-14',
  source_headline: 'Fighting rages around Bakhmut',
  source_original: 'Ukrainian General Staff',
  where_prec: '1',
  where_coordinates: 'Bakhmut town',
  country: 'Ukraine',
  latitude: '48.5956',
  longitude: '38.0',
  date_prec: '1',
  date_start: '2023-03-14',
  date_end: '2023-03-14',
  best: '12',
  high: '20',
  low: '8',
  ...over,
});
const read = (rows: Array<Record<string, string>>) => ingest([csvFile('ged.csv', COLUMNS, rows)], { format: 'ucdp' });

describe('UCDP GED', () => {
  it('reads date_start/date_end as ISO, ISO with a time, and M/D/YYYY h:mm:ss AM', () => {
    const r = read([
      row({ id: '1', date_start: '2023-03-14 00:00:00.000', date_end: '2023-03-14 00:00:00.000' }),
      row({ id: '2', date_start: '3/14/2023 12:00:00 AM', date_end: '3/14/2023 12:00:00 AM' }),
      row({ id: '3', date_start: '3/14/2023', date_end: '' }),
    ]);
    expect(r.issues).toEqual([]);
    expect(r.dataset.events.map((e) => [e.properties.start, e.properties.end])).toEqual([
      ['2023-03-14', '2023-03-14'],
      ['2023-03-14', '2023-03-14'],
      ['2023-03-14', '2023-03-14'],
    ]);
  });

  it('maps date_prec 1-5 honestly, keeping the span UCDP gives', () => {
    const spans: Array<[string, string, string]> = [
      ['1', '2023-03-14', '2023-03-14'],
      ['2', '2023-03-12', '2023-03-16'],
      ['3', '2023-03-13', '2023-03-19'],
      ['4', '2023-03-01', '2023-03-31'],
      ['5', '2023-01-01', '2023-12-31'],
    ];
    const r = read(spans.map(([p, s, e]) => row({ id: p, date_prec: p, date_start: s, date_end: e })));
    expect(r.dataset.events.map((e) => [e.properties.start, e.properties.end, e.properties.datePrecision])).toEqual([
      ['2023-03-14', '2023-03-14', 'day'],
      ['2023-03-12', '2023-03-16', 'range'],
      ['2023-03-13', '2023-03-19', 'range'],
      ['2023-03-01', '2023-03-31', 'month'],
      ['2023-01-01', '2023-12-31', 'approximate'],
    ]);
    expect(r.dataset.events[4]!.properties.dateNote).toMatch(/date_prec 5/);
  });

  it('maps where_prec 1-7 to a point only for the exact place, else an area growing with the code', () => {
    const r = read(['1', '2', '3', '4', '5', '6', '7'].map((p) => row({ id: p, where_prec: p })));
    const places = new Map(r.dataset.places.map((p) => [p.id, p]));
    const got = r.dataset.events.map((e) => places.get(e.properties.place)!).map((p) => [p.kind, p.radiusKm ?? 0]);
    expect(got).toEqual([['city', 0], ['area', 25], ['region', 50], ['region', 150], ['area', 250], ['country', 500], ['area', 500]]);
  });

  it('keeps best/low/high as one figure with its range, and the sources as claims', () => {
    const r = read([row({ source_office: 'AFP;BBC Monitoring', source_date: '2023-03-20;2023-03-21', source_headline: 'Strikes hit;Governor reports shelling' })]);
    const p = r.dataset.events[0]!.properties;
    expect(p.figures).toEqual([expect.objectContaining({ value: 12, valueMin: 8, valueMax: 20, field: 'best' })]);
    expect(p.claims.map((c) => [c.quote, c.attribution])).toEqual([
      ['Strikes hit', 'Ukrainian General Staff'],
      ['Governor reports shelling', 'Ukrainian General Staff'],
    ]);
    const docs = p.claims.map((c) => r.dataset.sources.find((s) => s.file === c.source)!);
    expect(docs.map((d) => [d.outlet, d.published?.start])).toEqual([
      ['AFP', '2023-03-20'],
      ['BBC Monitoring', '2023-03-21'],
    ]);
    expect(p.category).toBe('armed-conflict');
    expect(p.originalType).toBe('State-based conflict: Russia - Ukraine');
  });

  it('one-sided violence is violence against civilians', () => {
    expect(read([row({ type_of_violence: '3' })]).dataset.events[0]!.properties.category).toBe('violence-against-civilians');
  });

  it('sets aside bad codes and dates by row and field', () => {
    const r = read([row({ id: '1' }), row({ id: '2', where_prec: '9' }), row({ id: '3', date_start: '2023-03-14', date_end: '2023-03-01' }), row({ id: '4', date_prec: '' })]);
    expect(r.dataset.events).toHaveLength(1);
    expect(r.issues.map((i) => [i.id, i.path])).toEqual([
      ['row 2', 'where_prec'],
      ['row 3', 'date_end'],
      ['row 4', 'date_prec'],
    ]);
  });

  it('reads a Windows-1252 file without losing a row, and says so', () => {
    const r = ingest(fixture('ucdp-ged-cp1252.csv'));
    expect(r.format).toBe('ucdp');
    expect(r.report.loaded).toBe(3);
    expect(r.report.notes.join(' ')).toMatch(/not valid UTF-8.*Windows-1252/);
    const places = r.dataset.places.map((p) => p.name);
    expect(places).toContain('Bakhmut – town centre');
    const quotes = r.dataset.events.flatMap((e) => e.properties.claims.map((c) => c.quote));
    expect(quotes).toContain('Civilians killed in strike on village near Gürjivka');
  });

  it('reads the fixture: one bad where_prec set aside', () => {
    const r = ingest(fixture('ucdp-ged.csv'));
    expect(r.report).toMatchObject({ format: 'ucdp', loaded: 5, setAside: 1 });
  });
});
