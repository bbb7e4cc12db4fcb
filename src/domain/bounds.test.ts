import { describe, expect, it } from 'vitest';
import { testEvent, testPlace } from '../test-support/fixtures';
import { eventsBounds } from './bounds';

const kursk = testPlace('kursk', { kind: 'region', point: [36.2, 51.7], radiusKm: 150 });

describe('eventsBounds', () => {
  it('bounds cover the areas, not only the points', () => {
    const b = eventsBounds([testEvent({ id: 'a', start: 1, end: 1, place: kursk })])!;
    expect(b[1]).toBeLessThan(51.7 - 1.3);
    expect(b[3]).toBeGreaterThan(51.7 + 1.3);
    expect(eventsBounds([])).toBeNull();
  });

  it('covers an origin as well as the place', () => {
    const origin = testPlace('east', { kind: 'area', point: [132, 45], radiusKm: 1200 });
    const b = eventsBounds([testEvent({ id: 'm', start: 1, end: 1, place: kursk, origin })])!;
    expect(b[0]).toBeLessThan(36.2);
    expect(b[2]).toBeGreaterThan(132 + 10);
  });
});
