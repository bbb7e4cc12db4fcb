import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTimeIndex, LONG_SPAN_DAYS, lowerBound, upperBound } from './time-index';
import { testEvent } from '../test-support/fixtures';
import { overlaps } from './days';
import type { AtlasEvent } from './atlas-event';

const eventArb = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }))
  .map(([s, len]) => testEvent({ start: s, end: s + len }));

/** Mostly short events, some a little either side of the long threshold, some of years. */
const mixedArb = fc
  .tuple(
    fc.integer({ min: 0, max: 200 }),
    fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 31 }) },
      { weight: 2, arbitrary: fc.integer({ min: LONG_SPAN_DAYS - 2, max: LONG_SPAN_DAYS + 2 }) },
      { weight: 1, arbitrary: fc.integer({ min: LONG_SPAN_DAYS + 3, max: 900 }) },
    ),
  )
  .map(([s, len]) => testEvent({ start: s, end: s + len }));

/** Start order, as the app's events are (`buildAtlasData`). */
const inStartOrder = (events: AtlasEvent[]) => [...events].sort((a, b) => a.start - b.start || a.end - b.end);

const positionsInWindow = (events: readonly AtlasEvent[], from: number, to: number) => {
  const out: number[] = [];
  buildTimeIndex(events).eachInWindow(from, to, (p) => out.push(p));
  return out;
};

const naive = (events: readonly AtlasEvent[], from: number, to: number) =>
  events.flatMap((e, p) => (overlaps(e.start, e.end, from, to) ? [p] : []));

describe('time index', () => {
  it('upperBound and lowerBound find the first element greater than, and not less than, x', () => {
    expect(upperBound([1, 2, 2, 5], 2)).toBe(3);
    expect(upperBound([1, 2, 2, 5], 0)).toBe(0);
    expect(upperBound([1, 2, 2, 5], 9)).toBe(4);
    expect(lowerBound([1, 2, 2, 5], 2)).toBe(1);
    expect(lowerBound([1, 2, 2, 5], 3)).toBe(3);
    expect(lowerBound([1, 2, 2, 5], 9)).toBe(4);
  });

  it('counts the events overlapping any window exactly as a scan does', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 60 }), fc.integer({ min: -5, max: 90 }), fc.integer({ min: 0, max: 40 }), (events, from, len) => {
        const index = buildTimeIndex(inStartOrder(events));
        const brute = events.filter((e) => overlaps(e.start, e.end, from, from + len)).length;
        expect(index.countInWindow(from, from + len)).toBe(brute);
      }),
    );
  });

  it('lists the events overlapping any window, in time order, exactly as a scan does', () => {
    fc.assert(
      fc.property(
        fc.array(mixedArb, { maxLength: 120 }),
        fc.integer({ min: -100, max: 400 }),
        // Single days, a month, and windows wider than the long threshold.
        fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 90, max: 600 })),
        (raw, from, len) => {
          const events = inStartOrder(raw);
          const found = positionsInWindow(events, from, from + len);
          expect(found).toEqual(naive(events, from, from + len));
          expect(found.length).toBe(buildTimeIndex(events).countInWindow(from, from + len));
        },
      ),
    );
  });

  it('finds a long event that began long before the window, and only while it lasts', () => {
    const events = [
      testEvent({ id: 'year', start: 0, end: 365 }),
      testEvent({ id: 'a', start: 200, end: 200 }),
      testEvent({ id: 'b', start: 300, end: 310 }),
    ];
    const index = buildTimeIndex(events);
    expect(index.visibleRange(305, 305)).toEqual({ long: [0], lo: 2, hi: 3 });
    expect(positionsInWindow(events, 305, 305)).toEqual([0, 2]);
    expect(positionsInWindow(events, 366, 400)).toEqual([]);
    expect(positionsInWindow(events, 200, 200)).toEqual([0, 1]);
  });

  it('finds an event of exactly the threshold span on its last day', () => {
    const events = [testEvent({ start: 10, end: 10 + LONG_SPAN_DAYS }), testEvent({ start: 11 + LONG_SPAN_DAYS, end: 200 })];
    expect(positionsInWindow(events, 10 + LONG_SPAN_DAYS, 300)).toEqual([0, 1]);
    expect(positionsInWindow(events, 11 + LONG_SPAN_DAYS, 300)).toEqual([1]);
  });

  it('answers nothing for no events and for a window that ends before it starts', () => {
    expect(positionsInWindow([], 0, 10)).toEqual([]);
    expect(buildTimeIndex([]).visibleRange(0, 10)).toEqual({ long: [], lo: 0, hi: 0 });
    const one = [testEvent({ start: 5, end: 5 })];
    expect(positionsInWindow(one, 6, 4)).toEqual([]);
    expect(positionsInWindow(one, 5, 5)).toEqual([0]);
  });

  it('refuses events out of start order, whose positions it could not search', () => {
    expect(() => buildTimeIndex([testEvent({ start: 3, end: 3 }), testEvent({ start: 1, end: 1 })])).toThrow(/start order/);
  });

  it('spreads a range event over its days and keeps the total weight', () => {
    const index = buildTimeIndex([testEvent({ start: 0, end: 3 }), testEvent({ start: 2, end: 2 })]);
    expect([...index.histogram(0, 5, 1)]).toEqual([0.25, 0.25, 1.25, 0.25, 0, 0]);
    expect([...index.histogram(0, 5, 3)]).toEqual([1.75, 0.25]);
  });

  it('histogram weight equals the event count when the domain covers every event', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), fc.integer({ min: 1, max: 9 }), (events, bin) => {
        const total = buildTimeIndex(inStartOrder(events)).histogram(0, 80, bin).reduce((a, b) => a + b, 0);
        expect(total).toBeCloseTo(events.length, 6);
      }),
    );
  });
});
