import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testEvent, testPlace } from '../../test-support/fixtures';
import { overlaps } from '../../domain/days';
import { countByPlace } from '../clusters';
import { LONG_SPAN_DAYS, markerBatch } from './batches';
import { runNow } from './slices';
import { countWindow, itemPlaceSteps } from './window-counts';

const PLACES = ['a', 'b', 'c', 'd', 'e'].map((id, i) => testPlace(id, { point: [30 + i, 50] }));

/** Events in time order at five places, some longer than LONG_SPAN_DAYS. */
const eventsArb = fc
  .array(
    fc.tuple(
      fc.integer({ min: 0, max: 400 }),
      fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 300 })),
      fc.integer({ min: 0, max: PLACES.length - 1 }),
    ),
    { maxLength: 120 },
  )
  .map((rows) =>
    rows
      .map(([s, len, p], i) => testEvent({ id: `e${i}`, start: s, end: s + len, place: PLACES[p]! }))
      .sort((a, b) => a.start - b.start || a.end - b.end),
  );

const sorted = (counts: Array<{ id: string; n: number }>) => counts.map(({ id, n }) => `${id}:${n}`).sort();

describe('events per place in the window, from the marker batch', () => {
  it('match a count over the window’s events, for any events and window, step after step', () => {
    fc.assert(
      fc.property(eventsArb, fc.array(fc.tuple(fc.integer({ min: -50, max: 450 }), fc.integer({ min: 0, max: 120 })), { minLength: 1, maxLength: 4 }), (events, windows) => {
        const { batch, order } = markerBatch(events);
        const at = runNow(itemPlaceSteps(order));
        // One layout, several windows in a row: no count may leak from one step into the next.
        for (const [from, len] of windows) {
          const expected = countByPlace(events.filter((e) => overlaps(e.start, e.end, from, from + len)));
          expect(sorted(countWindow(batch, at, from, from + len))).toEqual(sorted(expected));
        }
      }),
    );
  });

  it('carry each place’s point and rank in id order, and leave out places with no event in the window', () => {
    const events = [
      testEvent({ id: 'a1', start: 1, end: 1, place: PLACES[0]! }),
      testEvent({ id: 'a2', start: 2, end: 2, place: PLACES[0]! }),
      testEvent({ id: 'b1', start: 50, end: 50, place: PLACES[1]! }),
      testEvent({ id: 'long', start: 0, end: 10 + 3 * LONG_SPAN_DAYS, place: PLACES[2]! }),
    ];
    const { batch, order } = markerBatch(events);
    const counts = countWindow(batch, runNow(itemPlaceSteps(order)), 0, 5);
    expect(counts.sort((x, y) => x.id.localeCompare(y.id))).toEqual([
      { id: 'a', point: PLACES[0]!.point, n: 2, rank: 0 },
      { id: 'c', point: PLACES[2]!.point, n: 1, rank: 2 },
    ]);
  });
});
