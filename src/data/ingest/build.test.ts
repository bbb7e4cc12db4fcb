import { describe, expect, it } from 'vitest';
import { ImportBuilder, type ImportedEvent } from './build';

const event = (id: string, figure: ImportedEvent['figures']): ImportedEvent => ({
  id,
  title: 'Armed clash near Bakhmut',
  category: 'ground-fighting',
  start: '2023-03-14',
  end: '2023-03-14',
  datePrecision: 'day',
  place: { name: 'Bakhmut', lon: 38, lat: 48.5956, kind: 'city', note: 'as given' },
  claims: [{ document: { outlet: 'Reuters' }, quote: 'Fighting raged around Bakhmut.', attribution: 'Reuters' }],
  figures: figure,
});

describe('ImportBuilder', () => {
  it('writes every figure in one shape: the keys every figure has, then the optional ones present, in a fixed order', () => {
    const b = new ImportBuilder('ged.csv', 'UCDP export ged.csv', 'ucdp');
    b.event(event('1', [{ measure: 'deaths', value: 12, valueMin: 8, valueMax: 20, qualifier: 'about', text: 'best estimate 12 (low 8, high 20)', field: 'best', claim: 0 }]));
    b.event(event('2', [{ measure: 'deaths', value: 3, qualifier: 'about', text: 'best estimate 3', field: 'best', claim: 0 }]));
    b.event(event('3', [{ measure: 'deaths', value: 3, qualifier: 'about', text: '3 deaths', claim: 0 }]));
    const features = (b.result().raw.events as { features: Array<{ properties: { figures: object[] } }> }).features;
    const keys = features.map((f) => Object.keys(f.properties.figures[0]!));
    const shared = ['measure', 'value', 'qualifier', 'text', 'source'];
    expect(keys).toEqual([[...shared, 'valueMax', 'valueMin', 'field'], [...shared, 'field'], shared]);
    expect(features[0]!.properties.figures[0]).toMatchObject({ valueMin: 8, valueMax: 20, source: expect.stringMatching(/^doc-/) });
  });
});
