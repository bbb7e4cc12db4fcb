import { describe, expect, it } from 'vitest';
import { claimSchema } from '../domain/schema';
import type { EventFeature, Source } from '../domain/types';
import { readDataset } from './read-dataset';
import { reviewDataset, sentenceAround } from './review-checks';
import { validateDataset } from './validate';

const SEED = [
  'U.S. officials spoke. Russia retook two villages, said the governor, after the attack.',
  'The Kremlin denied any plans to send troops. The spokesman claimed to be unaware of any plans.',
  'The ministry said the strike may hit the depot. Ukraine invaded the region in August.',
].join('\n');

const SOURCES: Source[] = [
  { id: 's', file: 'a.txt', headline: null, outlet: 'Daily Wire', language: 'en', published: { start: '2024-10-25', end: '2024-10-25', precision: 'day', reasoning: 'test' } },
];

/** One claim quoting `quote` from SEED, on an event of `category` titled `title`. */
function event(quote: string, extra: { attribution?: string; status?: string; category?: string; title?: string } = {}): EventFeature {
  const at = SEED.indexOf(quote);
  if (at < 0) throw new Error(`not in SEED: ${quote}`);
  return {
    type: 'Feature',
    id: 'evt-x',
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: {
      title: extra.title ?? 'A title',
      category: (extra.category ?? 'statement') as EventFeature['properties']['category'],
      start: '2024-10-01',
      end: '2024-10-01',
      datePrecision: 'day',
      place: 'p',
      locationPrecision: 'city',
      placeBasis: 'stated',
      figures: [],
      claims: [
        {
          source: 'a.txt',
          quote,
          offsets: [at, at + quote.length],
          attribution: extra.attribution ?? 'the article',
          status: (extra.status ?? 'reported') as EventFeature['properties']['claims'][number]['status'],
        },
      ],
    },
  };
}

const review = (...events: EventFeature[]) => reviewDataset(events, SOURCES, { 'a.txt': SEED });

describe('sentenceAround', () => {
  it('takes the whole sentence a quote sits in, not fooled by "U.S."', () => {
    const q = 'officials spoke';
    const at = SEED.indexOf(q);
    expect(sentenceAround(SEED, at, at + q.length)).toBe('U.S. officials spoke.');
    const r = 'Russia retook two villages';
    expect(sentenceAround(SEED, SEED.indexOf(r), SEED.indexOf(r) + r.length)).toBe('Russia retook two villages, said the governor, after the attack.');
  });
});

describe('review: attribution', () => {
  it('flags a claim credited to the article whose sentence names a speaker, naming event, claim and field', () => {
    const issues = review(event('Russia retook two villages'));
    expect(issues).toEqual([
      expect.objectContaining({ file: 'data/events.geojson', id: 'evt-x', path: 'properties.claims.0.attribution' }),
    ]);
    expect(issues[0]!.message).toContain('claim 0');
    expect(issues[0]!.message).toContain('"said"');
  });

  it('flags the outlet by name as well as "the article"', () => {
    expect(review(event('Russia retook two villages', { attribution: 'Daily Wire' }))).toHaveLength(1);
  });

  it('passes a claim credited to the speaker, and an outlet sentence with no speaker', () => {
    expect(review(event('Russia retook two villages', { attribution: 'the governor' }))).toEqual([]);
    expect(review(event('U.S. officials spoke.'))).toEqual([]);
  });

  it('is answered by reviewed.attribution', () => {
    const answered = event('Russia retook two villages');
    answered.properties.claims[0]!.reviewed = { attribution: 'the governor spoke of the attack only' };
    expect(review(answered)).toEqual([]);
  });
});

describe('review: category', () => {
  it('flags a strike whose quote speaks of ground fighting', () => {
    const issues = review(event('Ukraine invaded the region in August.', { category: 'strike', attribution: 'x' }));
    expect(issues).toEqual([expect.objectContaining({ id: 'evt-x', path: 'properties.category' })]);
    expect(issues[0]!.message).toContain('"invaded"');
    expect(issues[0]!.message).toContain('claim 0');
  });

  it('passes the same quote filed as ground fighting, and a strike that is a strike', () => {
    expect(review(event('Ukraine invaded the region in August.', { category: 'ground-fighting', attribution: 'x' }))).toEqual([]);
    expect(review(event('The ministry said the strike may hit the depot.', { category: 'strike', attribution: 'the ministry', title: 'Strike may hit depot' }))).toEqual([]);
  });
});

describe('review: denial', () => {
  it('flags status "denied" on a quote that denies nothing', () => {
    const issues = review(event('The spokesman claimed to be unaware of any plans.', { status: 'denied', attribution: 'the spokesman' }));
    expect(issues).toEqual([expect.objectContaining({ id: 'evt-x', path: 'properties.claims.0.status' })]);
  });

  it('passes a real denial', () => {
    expect(review(event('The Kremlin denied any plans to send troops.', { status: 'denied', attribution: 'the Kremlin' }))).toEqual([]);
  });
});

describe('review: hedge', () => {
  it('flags a title that states as fact what a forecast hedges', () => {
    const issues = review(event('The ministry said the strike may hit the depot.', { status: 'forecast', attribution: 'the ministry', title: 'Strike hits the depot' }));
    expect(issues).toEqual([expect.objectContaining({ id: 'evt-x', path: 'properties.title' })]);
    expect(issues[0]!.message).toContain('"may"');
  });

  it('passes a title that keeps the hedge, and is answered by reviewed.hedge', () => {
    const kept = event('The ministry said the strike may hit the depot.', { status: 'forecast', attribution: 'the ministry', title: 'Ministry: strike may hit the depot' });
    expect(review(kept)).toEqual([]);
    const answered = event('The ministry said the strike may hit the depot.', { status: 'forecast', attribution: 'the ministry', title: 'Depot' });
    answered.properties.reviewed = { hedge: 'the title names the target only' };
    expect(review(answered)).toEqual([]);
  });
});

describe('review: the slips an audit of the shipped data found by hand', () => {
  const { raw } = readDataset(process.cwd());
  const seeds = raw.seeds ?? {};
  const { dataset } = validateDataset(raw);
  /** The shipped event `id` with one claim quoting `quote` from `file`, and `changes` applied. */
  function shipped(id: string, file: string, quote: string, changes: { attribution?: string; status?: string; category?: string; title?: string }): EventFeature {
    const base = dataset.events.find((e) => e.id === id)!;
    const at = seeds[file]!.indexOf(quote);
    const claim = { source: file, quote, offsets: [at, at + quote.length] as [number, number], attribution: changes.attribution ?? 'x', status: (changes.status ?? 'reported') as 'reported' };
    return { ...base, properties: { ...base.properties, title: changes.title ?? base.properties.title, category: (changes.category ?? base.properties.category) as 'strike', claims: [claim] } };
  }
  const findings = (e: EventFeature) => reviewDataset([e], dataset.sources, seeds).map((i) => `${i.id} ${i.path}`);

  it('catches each as it was shipped before the audit', () => {
    expect(findings(shipped('evt-ukraine-kursk-incursion-aug', '001_0e171da80b4cf268.txt', "Russia's western Kursk region, which Ukraine invaded in August", { category: 'strike' }))).toEqual(['evt-ukraine-kursk-incursion-aug properties.category']);
    expect(findings(shipped('evt-ukraine-kursk-incursion-aug', '000_3a66973d2b042937.txt', 'Kursk, where Ukraine has established a stronghold', { attribution: 'the article' }))).toEqual(['evt-ukraine-kursk-incursion-aug properties.claims.0.attribution']);
    expect(findings(shipped('evt-engineering-troops-donetsk-jul2024', '002_3896d2b5254b85c7.txt', 'Interestingly, Kremlin Press Secretary Dmitry Peskov claimed to be unaware of any plans to send North Korean engineering brigades to Donetsk and Luhansk.', { status: 'denied', title: 'Reported plan' }))).toEqual(['evt-engineering-troops-donetsk-jul2024 properties.claims.0.status']);
    expect(findings(shipped('evt-gur-language-barrier-warning', '004_e456b5185205f1be.txt', 'The Main Intelligence Directorate of Ukraine’s Defense Ministry has warned that North Korean forces may face challenges on the battlefield, such as language barriers.', { status: 'analysis', title: 'GUR warns North Korean forces will face language barriers', attribution: 'GUR' }))).toEqual(['evt-gur-language-barrier-warning properties.title']);
  });
});

describe('reviewed', () => {
  it('answers only the named checks: an unknown check is a schema error', () => {
    const claim = { source: 'a.txt', quote: 'q', offsets: [0, 1], attribution: 'x', status: 'reported' };
    expect(claimSchema.safeParse({ ...claim, reviewed: { attribution: 'why' } }).success).toBe(true);
    expect(claimSchema.safeParse({ ...claim, reviewed: { spelling: 'why' } }).success).toBe(false);
    expect(claimSchema.safeParse({ ...claim, reviewed: { attribution: ' ' } }).success).toBe(false);
  });
});

describe('the shipped data set', () => {
  it('has every review finding fixed or answered', () => {
    const { raw } = readDataset(process.cwd());
    const { dataset } = validateDataset(raw);
    expect(reviewDataset(dataset.events, dataset.sources, raw.seeds ?? {})).toEqual([]);
  });
});
