import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../data/read-dataset';
import type { EventFeature } from '../domain/types';
import { planAccept, type RawData } from './accept-merge';
import type { CandidateFeature } from './types';

describe('planAccept with a candidate that gathers several sentences', () => {
  it('adds each claim the curated event lacks, not only the first', () => {
    const { raw } = readDataset(join(__dirname, '../..'));
    const data = raw as unknown as RawData;
    const event = (data.events.features as EventFeature[]).find((e) => (e.properties.claims[0]?.offsets?.[1] ?? 0) > 0) as EventFeature;
    const own = event.properties.claims[0]!;
    const later = { ...own, quote: 'A further sentence.', offsets: [own.offsets![1] + 1, own.offsets![1] + 20] as [number, number] };
    const candidate = {
      ...structuredClone(event), id: 'cand-x',
      properties: { ...structuredClone(event.properties), claims: [own, later] },
      candidate: { confidence: 0.9, evidence: 0.9, autoGeocoded: false, reportDated: false, article: own.source, published: { start: event.properties.start, end: event.properties.start, outlet: null, headline: null }, datePhrase: '', placePhrase: '' },
    } as CandidateFeature;
    const { data: next, log } = planAccept([candidate], data);
    const merged = (next.events.features as EventFeature[]).find((e) => e.id === event.id)!;
    expect(merged.properties.claims).toHaveLength(event.properties.claims.length + 1);
    expect(merged.properties.claims.at(-1)?.offsets).toEqual(later.offsets);
    expect(log.join('\n')).toMatch(new RegExp(`cand-x: merged into ${event.id} as a new claim`));
  });
});
