import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testEvent, testPlace } from '../../test-support/fixtures';
import { overlaps } from '../../domain/days';
import { drawRanges, LONG_SPAN_DAYS, markerBatch } from './batches';
import { mercatorX, mercatorY } from '../../domain/mercator';

const place = (id: string, point: [number, number]) => testPlace(id, { point });

/** Events in time order, as the store keeps them; some far longer than LONG_SPAN_DAYS. */
const eventsArb = fc
  .array(
    fc.tuple(fc.integer({ min: 0, max: 400 }), fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 400 }))),
    { maxLength: 80 },
  )
  .map((spans) =>
    spans
      .map(([s, len], i) => testEvent({ id: `e${i}`, start: s, end: s + len }))
      .sort((a, b) => a.start - b.start || a.end - b.end),
  );

/** The items whose vertices the ranges cover and the shader keeps. */
function drawn(events: ReturnType<typeof testEvent>[], from: number, to: number): string[] {
  const { batch, order } = markerBatch(events);
  const ids: string[] = [];
  for (const [first, count] of drawRanges(batch, from, to)) {
    for (let v = first; v < first + count; v++) {
      const [s, e] = [batch.time[2 * v]!, batch.time[2 * v + 1]!];
      if (s <= to && e >= from) ids.push(order[v]!.id); // the vertex shader's test
    }
  }
  return ids.sort();
}

describe('GPU batches', () => {
  it('draw ranges cover exactly the events a full scan finds in any window', () => {
    fc.assert(
      fc.property(eventsArb, fc.integer({ min: -50, max: 450 }), fc.integer({ min: 0, max: 120 }), (events, from, len) => {
        const expected = events.filter((e) => overlaps(e.start, e.end, from, from + len)).map((e) => e.id);
        expect(drawn(events, from, from + len)).toEqual(expected.sort());
      }),
    );
  });

  it('a narrow window draws only its own slice of the short events', () => {
    const events = Array.from({ length: 1000 }, (_, i) => testEvent({ id: `e${i}`, start: i, end: i + 2 }));
    const { batch } = markerBatch(events);
    const [[first, count]] = drawRanges(batch, 500, 510) as [[number, number]];
    // Starts from 500 - LONG_SPAN_DAYS up to 510: far fewer than 1000 vertices.
    expect(first).toBe(500 - LONG_SPAN_DAYS);
    expect(count).toBe(510 - (500 - LONG_SPAN_DAYS) + 1);
  });

  it('long events are laid out after the short ones and always drawn', () => {
    const events = [testEvent({ id: 'long', start: 0, end: 1000 }), testEvent({ id: 'short', start: 5, end: 5 })];
    const { batch, order } = markerBatch(events);
    expect(order.map((e) => e.id)).toEqual(['short', 'long']);
    expect(batch.shortItems).toBe(1);
    expect(drawRanges(batch, 900, 910)).toEqual([[1, 1]]);
  });

  it('puts markers at their place in Web Mercator with the category colour', () => {
    const e = testEvent({ start: 1, end: 1, category: 'strike', place: place('kursk', [36.19, 51.73]) });
    const { batch } = markerBatch([e]);
    expect(batch.position[0]).toBeCloseTo(mercatorX(36.19), 6);
    expect(batch.position[1]).toBeCloseTo(mercatorY(51.73), 6);
    expect([...batch.color]).toEqual([0xb2, 0x18, 0x2b, 255]);
    expect(mercatorY(0)).toBeCloseTo(0.5, 9);
    expect(mercatorX(180)).toBe(1);
  });
});
