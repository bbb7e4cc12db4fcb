import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testEvent, testPlace } from '../../test-support/fixtures';
import { overlaps } from '../../domain/days';
import { arcBatch, arcSegments, drawRanges, LONG_SPAN_DAYS, markerBatch } from './batches';
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

  it('arcs are segment pairs, and one crossing the antimeridian stays continuous', () => {
    const segs = arcSegments([170, 60], [-170, 62]);
    expect(segs.length % 2).toBe(0);
    for (let i = 2; i < segs.length; i += 2) expect(segs[i]).toEqual(segs[i - 1]); // chained
    for (let i = 1; i < segs.length; i++) expect(Math.abs(segs[i]![0] - segs[i - 1]![0])).toBeLessThan(0.01);
    expect(segs[segs.length - 1]![0]).toBeCloseTo(mercatorX(190), 6); // east of 180°, not wrapped back
  });

  it('only events with an origin elsewhere get arcs, each laid out by start', () => {
    const a = place('a', [30, 50]);
    const b = place('b', [40, 55]);
    const events = [
      testEvent({ id: 'moves', start: 1, end: 1, place: b, origin: a }),
      testEvent({ id: 'stays', start: 2, end: 2, place: b, origin: b }),
      testEvent({ id: 'plain', start: 3, end: 3, place: b }),
    ];
    const batch = arcBatch(events);
    expect(batch.items).toBe(1);
    expect(batch.offsets[1]).toBeGreaterThan(2);
    expect(batch.color[3]).toBe(90);
  });
});
