import { describe, expect, it } from 'vitest';
import { dateRight, matches, missedTargets, score, type ScoredCandidate } from './dev-score';
import type { PlacedGold } from './gold';
import { parseGold } from './gold';

const gold = (over: Partial<PlacedGold> = {}): PlacedGold => ({
  id: 'g1', quote: 'x', category: 'strike', start: '2024-08-06', end: '2024-08-06', precision: 'day',
  place: { name: 'Sudzha', point: [35.27, 51.19], radiusKm: 5 }, attribution: 'ministry', figures: [{ value: 300, measure: 'soldiers' }], offsets: [100, 200], ...over,
});
const cand = (over: Partial<ScoredCandidate> = {}): ScoredCandidate => ({
  id: 'c1', offsets: [[90, 210]], start: '2024-08-06', end: '2024-08-06', precision: 'day', reportDated: false,
  point: [35.3, 51.2], radiusKm: 0, category: 'strike', attribution: 'ministry', figures: [300], ...over,
});

describe('development-set scoring', () => {
  it('matches a candidate that quotes the gold words at a related place, and not one at a speaker\'s capital', () => {
    expect(matches(gold(), cand())).toBe(true);
    expect(matches(gold(), cand({ point: [30.52, 50.45] }))).toBe(false); // Kyiv, 350 km away
    expect(matches(gold(), cand({ offsets: [[300, 400]] }))).toBe(false); // another sentence
    expect(matches(gold(), cand({ point: [36.2, 51.7], radiusKm: 150 }))).toBe(true); // the region holding it
  });

  it('counts dates right within a day, a quarter of a long span, or as report time for an event dated by its report', () => {
    expect(dateRight(gold(), cand({ start: '2024-08-07', end: '2024-08-07' }))).toBe(true);
    expect(dateRight(gold(), cand({ start: '2024-07-23', end: '2024-08-06', precision: 'approximate' }))).toBe(false);
    const report = gold({ precision: 'report', start: '2024-07-30', end: '2024-08-06' });
    expect(dateRight(report, cand({ start: '2024-07-23', end: '2024-08-06', precision: 'approximate', reportDated: true }))).toBe(true);
    expect(dateRight(report, cand())).toBe(false); // a precise day the text does not give
  });

  it('scores recall, precision, dates, median place error, figures and names what was missed', () => {
    const m = score([
      { name: 'a.txt', story: 's', part: 'tuning', gold: [gold(), gold({ id: 'g2', offsets: [500, 600] })], candidates: [cand(), cand({ id: 'c2', offsets: [[700, 800]] })] },
    ]);
    expect(m).toMatchObject({ events: 2, candidates: 2, matchedEvents: 1, recall: 0.5, precision: 0.5, datesRight: 1, figuresFound: 1, figuresTotal: 1, missed: ['a.txt#g2'], unmatched: ['c2'] });
    expect(m.medianPlaceKm).toBeGreaterThan(1);
    expect(m.medianPlaceKm).toBeLessThan(3);
    expect(missedTargets(m, new Map([['s', m]]))).toEqual(expect.arrayContaining([expect.stringMatching(/^recall 50\.0%/), expect.stringMatching(/^s recall/)]));
  });

  it('matches a candidate through any of its quotes, but credits it to one gold event only', () => {
    const two = [gold(), gold({ id: 'g2', offsets: [500, 600] })];
    const merged = cand({ offsets: [[90, 210], [480, 620]] });
    expect(matches(two[1] as PlacedGold, merged)).toBe(true);
    const alone = score([{ name: 'a.txt', story: 's', part: 'tuning', gold: two, candidates: [merged] }]);
    expect(alone).toMatchObject({ candidates: 1, matchedCandidates: 1, matchedEvents: 1, precision: 1, recall: 0.5 });
    // With a second candidate for the first event, the merged one is free to recover the second.
    const both = score([{ name: 'a.txt', story: 's', part: 'tuning', gold: two, candidates: [merged, cand({ id: 'c2' })] }]);
    expect(both).toMatchObject({ matchedEvents: 2, recall: 1, precision: 1 });
  });

  it('rejects a gold file whose quote is not in the article body, naming the event', () => {
    const bad = parseGold({ article: 'a.txt', published: '2024-08-06', events: [{ ...gold(), offsets: undefined, quote: 'not there' }] }, 'Headline: x\n\nBody text.', 13);
    expect(bad).toEqual({ ok: false, error: expect.stringMatching(/event g1: quote not found/) });
    const date = parseGold({ article: 'a.txt', published: '2024-02-30', events: [] }, 'x');
    expect(date).toEqual({ ok: false, error: expect.stringMatching(/^published: not a real/) });
  });
});
