import { describe, expect, it } from 'vitest';
import { ingest } from '../ingest';
import { csvFile, fixture } from '../test-support';
import { acledCategory } from './acled';

const COLUMNS = ['event_id_cnty', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities'];
const row = (over: Record<string, string> = {}): Record<string, string> => ({
  event_id_cnty: 'UKR1',
  event_date: '2024-01-15',
  time_precision: '1',
  event_type: 'Battles',
  sub_event_type: 'Armed clash',
  actor1: 'Military Forces of Russia (2000-)',
  location: 'Avdiivka',
  latitude: '48.1394',
  longitude: '37.7497',
  geo_precision: '1',
  source: 'Ukrainska Pravda',
  notes: 'Forces clashed near Avdiivka.',
  fatalities: '3',
  ...over,
});
const read = (rows: Array<Record<string, string>>) => ingest([csvFile('acled.csv', COLUMNS, rows)], { format: 'acled' });

describe('ACLED', () => {
  it('reads event_date in every form ACLED ships, with or without a time', () => {
    const forms = ['2024-01-15', '15 January 2024', '15 Jan 2024', '15/01/2024', '15/01/2024 14:30', '15-01-2024', '2024-01-15 00:00:00', '15.01.2024'];
    const r = read(forms.map((event_date, i) => row({ event_id_cnty: `UKR${i}`, event_date })));
    expect(r.issues).toEqual([]);
    expect(r.dataset.events.map((e) => e.properties.start)).toEqual(forms.map(() => '2024-01-15'));
  });

  it('maps time_precision to a day, a week around the coded day, or the month', () => {
    const r = read([row({ event_id_cnty: 'A', time_precision: '1' }), row({ event_id_cnty: 'B', time_precision: '2' }), row({ event_id_cnty: 'C', time_precision: '3' })]);
    const [a, b, c] = r.dataset.events.map((e) => e.properties);
    expect([a!.start, a!.end, a!.datePrecision]).toEqual(['2024-01-15', '2024-01-15', 'day']);
    expect([b!.start, b!.end, b!.datePrecision]).toEqual(['2024-01-12', '2024-01-18', 'approximate']);
    expect(b!.dateNote).toMatch(/time_precision 2/);
    expect([c!.start, c!.end, c!.datePrecision]).toEqual(['2024-01-01', '2024-01-31', 'month']);
  });

  it('maps geo_precision to a point only at the town, and to an area otherwise', () => {
    const r = read([row({ event_id_cnty: 'A', geo_precision: '1' }), row({ event_id_cnty: 'B', geo_precision: '2' }), row({ event_id_cnty: 'C', geo_precision: '3' })]);
    const places = new Map(r.dataset.places.map((p) => [p.id, p]));
    const kinds = r.dataset.events.map((e) => places.get(e.properties.place)!);
    expect(kinds.map((p) => [p.kind, p.radiusKm])).toEqual([['city', undefined], ['area', 25], ['region', 100]]);
    expect(kinds.every((p) => p.name === 'Avdiivka')).toBe(true);
    expect(kinds[2]!.note).toMatch(/geo_precision 3/);
  });

  it('keeps notes as the quote, the source as attribution (unchecked), the type visible and fatalities as a figure', () => {
    const r = read([row()]);
    const p = r.dataset.events[0]!.properties;
    expect(p.claims).toEqual([{ source: expect.stringMatching(/^doc-/), quote: 'Forces clashed near Avdiivka.', attribution: 'Ukrainska Pravda', status: 'reported' }]);
    expect(p.claims[0]!.offsets).toBeUndefined();
    expect(p.originalType).toBe('Battles: Armed clash');
    expect(p.category).toBe('ground-fighting');
    expect(p.figures).toEqual([expect.objectContaining({ measure: 'reported fatalities', value: 3, field: 'fatalities' })]);
    const doc = r.dataset.sources.find((s) => s.file === p.claims[0]!.source)!;
    expect(doc).toMatchObject({ kind: 'document', outlet: 'Ukrainska Pravda', url: null, published: null });
  });

  it('maps every event and sub-event type of the codebook to a category', () => {
    expect(acledCategory('Explosions/Remote violence', 'Air/drone strike')).toBe('strike');
    expect(acledCategory('Explosions/Remote violence', 'Remote explosive/landmine/IED')).toBe('explosion');
    expect(acledCategory('Violence against civilians', 'Abduction/forced disappearance')).toBe('violence-against-civilians');
    expect(acledCategory('Protests', 'Excessive force against protesters')).toBe('protest');
    expect(acledCategory('Riots', 'Mob violence')).toBe('riot');
    expect(acledCategory('Strategic developments', 'Agreement')).toBe('agreement');
    expect(acledCategory('Strategic developments', 'Looting/property destruction')).toBe('other');
    expect(acledCategory('Battles', 'Something new')).toBe('ground-fighting');
  });

  it('sets aside a bad row naming its row and field, and keeps every good one', () => {
    const r = read([row({ event_id_cnty: 'A' }), row({ event_id_cnty: 'B', event_date: '31/02/2024' }), row({ event_id_cnty: 'C', geo_precision: '4', latitude: 'x' })]);
    expect(r.dataset.events.map((e) => e.id)).toEqual(['acled-a']);
    expect(r.issues).toEqual([
      expect.objectContaining({ id: 'row 2', path: 'event_date' }),
      expect.objectContaining({ id: 'row 3', path: 'latitude' }),
      expect.objectContaining({ id: 'row 3', path: 'geo_precision' }),
    ]);
    expect(r.report.setAside).toBe(2);
  });

  it('loads all 10 good rows among 10,000 bad ones, and counts the bad by record', () => {
    const rows: Array<Record<string, string>> = [];
    for (let i = 0; i < 10_010; i++) {
      const good = i % 1001 === 500;
      rows.push(good ? row({ event_id_cnty: `G${i}` }) : row({ event_id_cnty: `B${i}`, event_date: 'soon', latitude: 'north' }));
    }
    const r = read(rows);
    expect(r.dataset.events).toHaveLength(10);
    expect(r.report.setAside).toBe(10_000);
    expect(r.report.groups.map((g) => g.count)).toEqual([10_000, 10_000]);
  });

  it('reads the fixture export: one bad date set aside, the rest loaded', () => {
    const r = ingest(fixture('acled.csv'));
    expect(r.format).toBe('acled');
    expect(r.report).toMatchObject({ loaded: 7, setAside: 1 });
    expect(r.report.groups[0]!.records[0]).toMatchObject({ file: 'acled.csv', record: '7', field: 'event_date' });
  });
});

describe('ACLED places and types', () => {
  it('makes one place per coordinates, name and precision, and one more for any of them that differs', () => {
    const r = read([
      row({ event_id_cnty: 'A' }),
      row({ event_id_cnty: 'B' }),
      row({ event_id_cnty: 'C', geo_precision: '2' }),
      row({ event_id_cnty: 'D', location: 'Avdiivka district' }),
      row({ event_id_cnty: 'E', latitude: '48.14' }),
    ]);
    const place = r.dataset.events.map((e) => e.properties.place);
    expect(place[0]).toBe(place[1]);
    expect(new Set(place).size).toBe(4);
    expect(r.dataset.places.find((p) => p.id === place[2])).toMatchObject({ kind: 'area', radiusKm: 25 });
  });

  it('keeps each row its own type and category when rows repeat and mix types', () => {
    const r = read([
      row({ event_id_cnty: 'A' }),
      row({ event_id_cnty: 'B', event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' }),
      row({ event_id_cnty: 'C' }),
      row({ event_id_cnty: 'D', event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED' }),
      row({ event_id_cnty: 'E', event_type: 'Riots', sub_event_type: '' }),
    ]);
    expect(r.dataset.events.map((e) => [e.properties.category, e.properties.originalType])).toEqual([
      ['ground-fighting', 'Battles: Armed clash'],
      ['strike', 'Explosions/Remote violence: Air/drone strike'],
      ['ground-fighting', 'Battles: Armed clash'],
      ['explosion', 'Explosions/Remote violence: Remote explosive/landmine/IED'],
      ['riot', 'Riots'],
    ]);
  });

  it('skips blank lines, rows of empty cells and rows of spaces, and numbers rows without them', () => {
    const text = new TextDecoder().decode(csvFile('acled.csv', COLUMNS, [row({ event_id_cnty: 'A' }), row({ event_id_cnty: 'B', latitude: 'north' })]).bytes);
    const [header, a, b] = text.split(/\r?\n/);
    const blanks = ['', ','.repeat(COLUMNS.length - 1), ' , ,\t', '   '];
    const bytes = new TextEncoder().encode([...blanks, header, ...blanks, a, ...blanks, b, ...blanks].join('\r\n'));
    const r = ingest([{ name: 'acled.csv', bytes }], { format: 'acled' });
    expect(r.dataset.events.map((e) => e.id)).toEqual(['acled-a']);
    // Row 2 is B's whatever blank lines come before it: they are not rows of data.
    expect(r.issues.map((i) => [i.id, i.path])).toEqual([['row 2', 'latitude']]);
  });
});
