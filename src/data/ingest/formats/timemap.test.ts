import { describe, expect, it } from 'vitest';
import { ingest } from '../ingest';
import { fixture, utf8 } from '../test-support';

const EXPORT = ['timemap/events.json', 'timemap/sources.json', 'timemap/associations.json'];

describe('TimeMap', () => {
  it('reads MM/DD/YYYY dates and string coordinates, and sets aside what it cannot place', () => {
    const r = ingest(fixture(...EXPORT));
    expect(r.format).toBe('timemap');
    expect(r.dataset.events.map((e) => [e.id, e.properties.start, e.geometry.coordinates])).toEqual([
      ['tm-tm-1', '2022-02-24', [36.2304, 49.9935]],
      ['tm-tm-2', '2022-03-01', [36.231, 50.005]],
      ['tm-tm-3', '2022-03-05', [37.55, 47.095]],
    ]);
    expect(r.report.setAside).toBe(2);
    expect(r.issues.map((i) => [i.id, i.path])).toEqual([
      ['tm-4', 'date'],
      ['tm-5', 'latitude'],
      ['tm-5', 'longitude'],
    ]);
  });

  it('cites sources by id, linking a web path, and turns associations into searchable tags', () => {
    const r = ingest(fixture(...EXPORT));
    const first = r.dataset.events[0]!.properties;
    expect(first.claims).toHaveLength(2);
    const docs = first.claims.map((c) => r.dataset.sources.find((s) => s.file === c.source)!);
    expect(docs.map((d) => [d.headline, d.kind === 'document' ? d.url : 'seed'])).toEqual([
      ['Telegram video of a convoy', 'https://t.me/example_channel/1234'],
      ['Second angle of the same convoy', null],
    ]);
    expect(first.tags).toEqual(['Military / Vehicles', 'narrative: The first day']);
    expect(first.category).toBe('movement');
    const second = r.dataset.events[1]!.properties;
    expect([second.category, second.originalType]).toEqual(['other', 'Airstrike']);
  });

  it('takes sources as an array too, and attributes events to the export when sources.json is missing', () => {
    const events = [{ id: 'a', description: 'A thing happened.', date: '01/02/2023', latitude: '1', longitude: '2', sources: ['s'] }];
    const withArray = ingest([utf8('events.json', JSON.stringify(events)), utf8('sources.json', JSON.stringify([{ id: 's', title: 'S', paths: [] }]))]);
    expect(withArray.dataset.events[0]!.properties.claims[0]!.attribution).toBe('S');
    const alone = ingest([utf8('events.json', JSON.stringify(events))], { format: 'timemap' });
    expect(alone.dataset.events).toHaveLength(1);
    expect(alone.report.notes.join(' ')).toMatch(/No sources\.json/);
  });
});
