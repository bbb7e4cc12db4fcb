import { describe, expect, it } from 'vitest';
import type { EventFeature, Place } from '../domain/types';
import { evaluate } from './evaluate';
import { matchCandidate, placeRelation } from './match';

const place = (id: string, kind: Place['kind'], point: [number, number], radiusKm?: number): Place => ({ id, name: id, aliases: [], kind, point, ...(radiusKm ? { radiusKm } : {}) });
const PLACES = new Map<string, Place>([
  ['kursk-region', place('kursk-region', 'region', [35.8, 51.5], 160)],
  ['kursk', place('kursk', 'city', [36.19, 51.73])],
  ['sudzha', place('sudzha', 'city', [35.27, 51.2])],
  ['russia', place('russia', 'country', [100, 60], 4300)],
  ['seoul', place('seoul', 'city', [126.98, 37.57])],
  ['seoul-auto', place('seoul-auto', 'city', [126.9784, 37.566])],
]);

const event = (id: string, p: Partial<EventFeature['properties']>, quote = 'North Korean troops were spotted in the Kursk region.', offsets: [number, number] = [0, 52]): EventFeature => ({
  type: 'Feature', id, geometry: { type: 'Point', coordinates: [0, 0] },
  properties: {
    title: 'x', category: 'deployment', start: '2024-10-23', end: '2024-10-23', datePrecision: 'day', place: 'kursk-region',
    locationPrecision: 'region', placeBasis: 'stated', figures: [], claims: [{ source: 'a.txt', quote, offsets, attribution: 'GUR', status: 'reported' }], ...p,
  },
});

describe('placeRelation', () => {
  it('relates same, inside, containing, and one city under two ids', () => {
    expect(placeRelation(PLACES.get('kursk'), PLACES.get('kursk-region'))).toBe('inside');
    expect(placeRelation(PLACES.get('kursk-region'), PLACES.get('sudzha'))).toBe('contains');
    expect(placeRelation(PLACES.get('seoul-auto'), PLACES.get('seoul'))).toBe('same');
    expect(placeRelation(PLACES.get('seoul'), PLACES.get('kursk'))).toBeUndefined();
  });

  it('does not let a whole country contain every event in it', () => {
    expect(placeRelation(PLACES.get('russia'), PLACES.get('kursk'))).toBeUndefined();
  });
});

describe('matchCandidate', () => {
  const curated = [event('evt-sighting', {}), event('evt-seoul', { place: 'seoul', category: 'statement' }, 'Seoul warned.', [100, 113])];

  it('matches same place + overlapping dates + the same quote, best first', () => {
    const candidate = event('cand-1', { place: 'kursk', start: '2024-10-21', end: '2024-10-31', datePrecision: 'approximate' });
    const [m] = matchCandidate(candidate, curated, PLACES);
    expect(m?.eventId).toBe('evt-sighting');
    expect(m?.reasons).toEqual(expect.arrayContaining(['dates overlap', 'same quote']));
  });

  it('does not match when the dates do not overlap', () => {
    expect(matchCandidate(event('cand-2', { start: '2024-10-24', end: '2024-10-24' }), curated, PLACES)).toEqual([]);
  });

  it('does not match on place and date alone', () => {
    const unrelated = event('cand-3', { category: 'analysis' }, 'Weather notes about harvests and bread prices.', [500, 540]);
    expect(matchCandidate(unrelated, curated, PLACES)).toEqual([]);
  });
});

describe('evaluate', () => {
  it('computes recall over curated events and precision over candidates', () => {
    const curated = [event('evt-a', {}), event('evt-b', { place: 'seoul', start: '2024-11-01', end: '2024-11-01' }, 'Seoul said so.', [60, 74])];
    const candidates = [event('cand-a', {}), event('cand-noise', { place: 'russia', category: 'analysis' }, 'Unrelated words entirely here.', [900, 930])];
    expect(evaluate(candidates, curated, PLACES)).toMatchObject({ recall: 0.5, precision: 0.5, missed: ['evt-b'], unmatched: ['cand-noise'] });
  });

  it('counts an event as recalled only when a candidate matches it, not for place and date alone', () => {
    const curated = [event('evt-a', {}), event('evt-b', { place: 'kursk', category: 'statement' }, 'Officials spoke of harvest and bread prices.', [300, 344])];
    // Same place and dates as both events, but it reports only evt-a: its quote, its words.
    const candidates = [event('cand-a', { place: 'kursk-region' })];
    const result = evaluate(candidates, curated, PLACES);
    expect(result).toMatchObject({ recall: 0.5, missed: ['evt-b'] });
    expect(result).toMatchObject({ looseRecall: 1, looseMissed: [] });
  });
});
