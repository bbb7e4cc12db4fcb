import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readDataset } from './read-dataset';
import { validateDataset, type RawDataset, type SchemaCompiler } from './validate';

const SEED = 'Intro line.\nOn October 23, troops were spotted in the Kursk region, about 3,000 of them.';
const QUOTE = 'On October 23, troops were spotted in the Kursk region, about 3,000 of them.';
const AT = SEED.indexOf(QUOTE);

/** A small, valid data set; each test breaks one rule of it. */
function fixture(): RawDataset & { sources: { sources: Record<string, unknown>[] }; gazetteer: { places: Record<string, unknown>[] }; events: { type: string; features: Record<string, any>[] } } {
  return {
    seeds: { 'a.txt': SEED, 'b.txt': 'Second article about Kursk.' },
    sources: {
      sources: [
        { id: 'src-a', file: 'a.txt', headline: null, outlet: null, language: 'en', published: { start: '2024-10-25', end: '2024-10-25', precision: 'day', reasoning: 'latest date reported' } },
        { id: 'src-b', file: 'b.txt', headline: null, outlet: null, language: 'en', published: { start: '2024-10-26', end: '2024-10-26', precision: 'day', reasoning: 'test' } },
      ],
    },
    gazetteer: {
      places: [
        { id: 'kursk-region', name: 'Kursk region', aliases: ['the Kursk region'], kind: 'region', point: [36.2, 51.7], radiusKm: 150 },
      ],
    },
    events: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'evt-a',
          geometry: { type: 'Point', coordinates: [36.2, 51.7] },
          properties: {
            title: 'Troops spotted in Kursk', category: 'deployment', start: '2024-10-23', end: '2024-10-23', datePrecision: 'day',
            place: 'kursk-region', locationPrecision: 'region', placeBasis: 'stated',
            figures: [{ measure: 'troops', value: 3000, qualifier: 'about', text: 'about 3,000', source: 'a.txt' }],
            claims: [{ source: 'a.txt', quote: QUOTE, offsets: [AT, AT + QUOTE.length], attribution: 'the article', status: 'reported' }],
          },
        },
        {
          type: 'Feature',
          id: 'evt-b',
          geometry: { type: 'Point', coordinates: [36.2, 51.7] },
          properties: {
            title: 'Second article', category: 'analysis', start: '2024-10-20', end: '2024-10-26', datePrecision: 'approximate',
            place: 'kursk-region', locationPrecision: 'region', placeBasis: 'stated',
            claims: [{ source: 'b.txt', quote: 'Second article', offsets: [0, 14], attribution: 'the article', status: 'analysis' }],
          },
        },
      ],
    },
  };
}

describe('validateDataset', () => {
  it('accepts the valid fixture with no issues', () => {
    const { dataset, issues } = validateDataset(fixture());
    expect(issues).toEqual([]);
    expect(dataset.events.map((e) => e.id)).toEqual(['evt-a', 'evt-b']);
  });

  it('rule: schema — a record with a bad field is reported with its path and dropped, the rest load', () => {
    const raw = fixture();
    raw.events.features[0]!.properties.category = 'rumour';
    const { dataset, issues } = validateDataset(raw);
    expect(issues).toEqual([
      expect.objectContaining({ file: 'data/events.geojson', id: 'evt-a', path: 'properties.category' }),
    ]);
    expect(dataset.events.map((e) => e.id)).toEqual(['evt-b']);
  });

  it('rule: quote verbatim at its offsets — a shifted offset is caught and the right position suggested', () => {
    const raw = fixture();
    raw.events.features[0]!.properties.claims[0].offsets = [AT + 1, AT + 1 + QUOTE.length];
    const { issues } = validateDataset(raw);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ id: 'evt-a', path: 'properties.claims.0.offsets' });
    expect(issues[0]!.message).toContain(`the quote is at [${AT}, ${AT + QUOTE.length})`);
  });

  it('rule: quote verbatim — a paraphrased quote is caught', () => {
    const raw = fixture();
    raw.events.features[0]!.properties.claims[0].quote = QUOTE.replace('spotted', 'seen');
    const { issues } = validateDataset(raw);
    expect(issues[0]?.message).toContain('not in the seed verbatim');
  });

  it('rule: every place id resolves — for place and origin', () => {
    const raw = fixture();
    raw.events.features[0]!.properties.place = 'kursk';
    raw.events.features[1]!.properties.origin = 'nowhere';
    const { issues, dataset } = validateDataset(raw);
    expect(issues.map((i) => [i.id, i.path])).toEqual([
      ['evt-a', 'properties.place'],
      ['evt-b', 'properties.origin'],
    ]);
    expect(dataset.events).toEqual([]);
  });

  it('rule: start <= end', () => {
    const raw = fixture();
    raw.events.features[1]!.properties.end = '2024-10-01';
    const { issues } = validateDataset(raw);
    expect(issues).toEqual([expect.objectContaining({ id: 'evt-b', path: 'properties.end' })]);
  });

  it('rule: dates must exist — 2024-02-30 is rejected', () => {
    const raw = fixture();
    raw.events.features[1]!.properties.start = '2024-02-30';
    const { issues } = validateDataset(raw);
    expect(issues).toEqual([expect.objectContaining({ id: 'evt-b', path: 'properties.start' })]);
  });

  it('rule: coordinates in range — in events and in the gazetteer', () => {
    const raw = fixture();
    raw.events.features[0]!.geometry.coordinates = [36.2, 91];
    raw.gazetteer.places.push({ id: 'bad', name: 'Bad', aliases: [], kind: 'city', point: [181, 0] });
    const { issues } = validateDataset(raw);
    expect(issues.map((i) => [i.file, i.id, i.path])).toEqual([
      ['data/gazetteer.json', 'bad', 'point.0'],
      ['data/events.geojson', 'evt-a', 'geometry.coordinates.1'],
    ]);
  });

  it('rule: an event sits at its place’s representative point', () => {
    const raw = fixture();
    raw.events.features[0]!.geometry.coordinates = [36.0, 51.7];
    const { issues } = validateDataset(raw);
    expect(issues).toEqual([expect.objectContaining({ id: 'evt-a', path: 'geometry.coordinates' })]);
  });

  it('rule: an area is never a pin — a region without radius or polygon is rejected', () => {
    const raw = fixture();
    delete raw.gazetteer.places[0]!.radiusKm;
    const { issues, dataset } = validateDataset(raw);
    expect(issues[0]).toMatchObject({ file: 'data/gazetteer.json', id: 'kursk-region', path: 'radiusKm' });
    expect(dataset.places).toEqual([]);
  });

  it('rule: every seed cited at least once', () => {
    const raw = fixture();
    raw.events.features.pop();
    const { issues } = validateDataset(raw);
    expect(issues).toEqual([expect.objectContaining({ file: 'seeds/b.txt', message: 'this seed is not cited by any event' })]);
  });

  it('rule: ids unique — the second record with an id is reported and dropped', () => {
    const raw = fixture();
    raw.events.features[1]!.id = 'evt-a';
    const { issues, dataset } = validateDataset(raw);
    expect(issues).toContainEqual(expect.objectContaining({ id: 'evt-a', path: 'id' }));
    expect(dataset.events).toHaveLength(1);
  });

  it('rule: a claim cites a source in the manifest; a figure appears in its quotes', () => {
    const raw = fixture();
    raw.events.features[0]!.properties.figures[0].text = 'about 4,000';
    raw.events.features[1]!.properties.claims[0].source = 'c.txt';
    const { issues } = validateDataset(raw);
    expect(issues.map((i) => [i.id, i.path])).toEqual([
      ['evt-a', 'properties.figures.0.text'],
      ['evt-b', 'properties.claims.0.source'],
      ['evt-b', 'properties.claims.0.source'],
      ['b.txt', ''], // and b.txt is now cited by nobody
    ]);
  });

  it('schema: a claim cites a seed file or a document key, and a cited key of neither kind is named once', () => {
    const raw = fixture();
    raw.events.features[1]!.properties.claims[0].source = 'notes.pdf';
    const { issues, dataset } = validateDataset(raw);
    expect(issues.filter((i) => i.id === 'evt-b')).toEqual([
      {
        file: expect.any(String),
        id: 'evt-b',
        path: 'properties.claims.0.source',
        message: 'must be a seed file name such as 000_x.txt or a document key such as doc-3f2a91c0',
      },
    ]);
    expect(dataset.events.map((e) => e.id)).toEqual(['evt-a']);
  });

  it('consume: the same result, and the raw event records are let go as they are checked', () => {
    const withoutSeeds = () => {
      const raw = fixture();
      delete raw.seeds;
      raw.events.features[1]!.properties.start = '2024-02-30';
      return raw;
    };
    const raw = withoutSeeds();
    const progress: number[] = [];
    const consumed = validateDataset(raw, { consume: true, onProgress: (done) => progress.push(done) });
    expect(consumed).toEqual(validateDataset(withoutSeeds()));
    expect(consumed.issues).toHaveLength(1);
    expect(raw.events.features).toEqual([]);
    expect(progress).toEqual([2]);
    // With seeds, the citation rule reads every raw record at the end: nothing is let go.
    const seeded = fixture();
    expect(validateDataset(seeded, { consume: true }).issues).toEqual([]);
    expect(seeded.events.features).toHaveLength(2);
  });

  it('a large file is checked with compiled schemas: the same records and the same issues, each schema compiled once', () => {
    // 6,000 events, every hundredth broken in a different field: a wrong type, a blank title, a bad date.
    const large = () => {
      const raw = fixture();
      const [a] = raw.events.features;
      delete raw.seeds;
      raw.events.features = Array.from({ length: 6000 }, (_, i) => {
        const e = structuredClone(a!);
        e.id = `evt-${i}`;
        if (i % 300 === 100) e.properties.category = 'skirmish';
        if (i % 300 === 200) e.properties.title = '  ';
        if (i % 300 === 0) e.properties.start = '2024-02-30';
        return e;
      });
      return raw;
    };
    const compiledFor: unknown[] = [];
    const compile: SchemaCompiler = (schema) => {
      compiledFor.push(schema);
      return z.compile(schema);
    };
    const runtime = validateDataset(large());
    const fast = validateDataset(large(), { compile });
    expect(fast).toEqual(runtime);
    expect(fast.dataset.events).toHaveLength(5940);
    expect(fast.issues.map((i) => i.path).sort()).toEqual([
      ...Array(20).fill('properties.category'),
      ...Array(20).fill('properties.start'),
      ...Array(20).fill('properties.title'),
    ]);
    // The events' schema only: the fixture's two sources and one place are too few to pay.
    expect(compiledFor).toHaveLength(1);
    compiledFor.length = 0;
    validateDataset(fixture(), { compile });
    expect(compiledFor).toEqual([]);
  });

  it('a file of the wrong shape is reported whole without throwing', () => {
    const raw = fixture();
    raw.events = { type: 'Feature' } as never;
    const { issues, dataset } = validateDataset(raw);
    expect(issues[0]).toMatchObject({ file: 'data/events.geojson', id: '(file)' });
    expect(dataset.places).toHaveLength(1);
  });
});

describe('the shipped data set', () => {
  it('passes every rule', () => {
    const { raw, issues: readIssues } = readDataset(process.cwd());
    const { dataset, issues } = validateDataset(raw);
    expect([...readIssues, ...issues]).toEqual([]);
    expect(dataset.events.length).toBeGreaterThan(20);
    expect(dataset.sources).toHaveLength(5);
  });
});
