import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTimeIndex, upperBound } from './time-index';
import { makeEvent } from './test-events';
import { overlaps } from './days';

const eventArb = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }))
  .map(([s, len]) => makeEvent({ start: s, end: s + len }));

describe('time index', () => {
  it('upperBound finds the first element greater than x', () => {
    expect(upperBound([1, 2, 2, 5], 2)).toBe(3);
    expect(upperBound([1, 2, 2, 5], 0)).toBe(0);
    expect(upperBound([1, 2, 2, 5], 9)).toBe(4);
  });

  it('counts the events overlapping any window exactly as a scan does', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 60 }), fc.integer({ min: -5, max: 90 }), fc.integer({ min: 0, max: 40 }), (events, from, len) => {
        const index = buildTimeIndex(events);
        const brute = events.filter((e) => overlaps(e.start, e.end, from, from + len)).length;
        expect(index.countInWindow(from, from + len)).toBe(brute);
      }),
    );
  });

  it('spreads a range event over its days and keeps the total weight', () => {
    const index = buildTimeIndex([makeEvent({ start: 0, end: 3 }), makeEvent({ start: 2, end: 2 })]);
    expect([...index.histogram(0, 5, 1)]).toEqual([0.25, 0.25, 1.25, 0.25, 0, 0]);
    expect([...index.histogram(0, 5, 3)]).toEqual([1.75, 0.25]);
  });

  it('histogram weight equals the event count when the domain covers every event', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), fc.integer({ min: 1, max: 9 }), (events, bin) => {
        const total = buildTimeIndex(events).histogram(0, 80, bin).reduce((a, b) => a + b, 0);
        expect(total).toBeCloseTo(events.length, 6);
      }),
    );
  });
});
