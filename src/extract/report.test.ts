import { describe, expect, it } from 'vitest';
import { formatCandidate } from './report';
import type { CandidateFeature } from './types';

describe('the review report', () => {
  it('shows every quote of a candidate that gathers several sentences, each with its offsets and speaker', () => {
    const claim = (quote: string, at: number, attribution: string) => ({ source: 'a.txt', quote, offsets: [at, at + quote.length] as [number, number], attribution, status: 'reported' as const });
    const c = {
      type: 'Feature', id: 'cand-a-10', geometry: { type: 'Point', coordinates: [46.5, 12.8] },
      properties: {
        title: 'Attack', category: 'strike', start: '2024-02-19', end: '2024-02-19', datePrecision: 'day', dateNote: '', place: 'off-aden',
        locationPrecision: 'area', placeBasis: 'stated', figures: [],
        claims: [claim('UKMTO said it received a report of an attack.', 10, 'UKMTO'), claim('The incident is classified as an attack.', 60, 'Wire')],
      },
      candidate: { confidence: 0.8, evidence: 0.8, autoGeocoded: false, reportDated: false, article: 'a.txt', published: { start: '2024-02-19', end: '2024-02-19', outlet: 'Wire', headline: null }, datePhrase: 'on Monday', placePhrase: 'off Aden' },
    } as CandidateFeature;
    const text = formatCandidate(c, []);
    expect(text).toMatch(/quote {3}\[10, 55\) "UKMTO said/);
    expect(text).toMatch(/and {5}\[60, 100\) "The incident is classified/);
    expect(text.match(/ by {6}/g)).toHaveLength(2);
    expect(text).toMatch(/confidence 0\.80$/m);
    expect(formatCandidate({ ...c, candidate: { ...c.candidate, confidence: 0.12 } }, [])).toMatch(/confidence 0\.12 \(low: likely a detail, reaction or background\)/);
  });
});
