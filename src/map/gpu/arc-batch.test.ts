import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testEvent, testPlace } from '../../test-support/fixtures';
import { overlaps } from '../../domain/days';
import { mercatorX, mercatorY } from '../../domain/mercator';
import { arcBatch } from './arc-batch';
import { itemRanges } from './batches';

const place = (id: string, point: [number, number]) => testPlace(id, { point });
const A = place('a', [30.5234567, 50.4501234]);
const B = place('b', [36.2301234, 49.9935678]);

describe('the arcs laid out for the GPU, one instance each', () => {
  it('only events with an origin elsewhere get one, at both places to float64 precision, in the category colour', () => {
    const events = [
      testEvent({ id: 'moves', start: 1, end: 2, category: 'movement', place: B, origin: A }),
      testEvent({ id: 'stays', start: 2, end: 2, place: B, origin: B }),
      testEvent({ id: 'plain', start: 3, end: 3, place: B }),
    ];
    const batch = arcBatch(events);
    expect(batch.items).toBe(1);
    const exact = [mercatorX(A.point[0]), mercatorY(A.point[1]), mercatorX(B.point[0]), mercatorY(B.point[1])];
    // The float32 part alone is off; with what it rounded off, the place is exact.
    expect(Math.max(...exact.map((v, k) => Math.abs(batch.ends[k]! - v)))).toBeGreaterThan(1e-9);
    exact.forEach((v, k) => expect(batch.ends[k]! + batch.endsLow[k]!).toBeCloseTo(v, 14));
    expect([...batch.time]).toEqual([1, 2]);
    expect([...batch.color]).toEqual([0xe6, 0x9f, 0x00, 90]);
    expect(arcBatch(events, 255).color[3]).toBe(255);
  });

  it('puts the place of an arc across ±180° in the world copy next to the origin', () => {
    const east = place('east', [170, 60]);
    const west = place('west', [-170, 62]);
    const batch = arcBatch([
      testEvent({ id: 'eastward', start: 1, end: 1, place: west, origin: east }),
      testEvent({ id: 'westward', start: 2, end: 2, place: east, origin: west }),
    ]);
    expect(batch.ends[2]! + batch.endsLow[2]!).toBeCloseTo(mercatorX(190), 12);
    expect(batch.ends[6]! + batch.endsLow[6]!).toBeCloseTo(mercatorX(-190), 12);
  });

  it('a window draws one range of instances (plus the long ones), which with the time test are exactly its movements', () => {
    const spans = fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 400 })), fc.boolean()), {
      maxLength: 80,
    });
    fc.assert(
      fc.property(spans, fc.integer({ min: -50, max: 450 }), fc.integer({ min: 0, max: 120 }), (raw, from, len) => {
        const events = raw
          .map(([s, l, moves], i) => testEvent({ id: `e${i}`, start: s, end: s + l, place: B, origin: moves ? A : undefined }))
          .sort((a, b) => a.start - b.start || a.end - b.end);
        const batch = arcBatch(events);
        const drawn: string[] = [];
        for (const [first, count] of itemRanges(batch, from, from + len)) {
          for (let i = first; i < first + count; i++) {
            // The vertex shader's test, on the instance's days.
            if (batch.time[2 * i]! <= from + len && batch.time[2 * i + 1]! >= from) drawn.push(`${batch.time[2 * i]}-${batch.time[2 * i + 1]}`);
          }
        }
        const expected = events.filter((e) => e.origin && overlaps(e.start, e.end, from, from + len)).map((e) => `${e.start}-${e.end}`);
        expect(drawn.sort()).toEqual(expected.sort());
      }),
    );
  });
});
