// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { testEvent, testPlace } from '../test-support/fixtures';
import { BADGE_SETTLE_MS, CountBadges } from './count-badges';

const kursk = testPlace('kursk', { point: [36.2, 51.7] });
const seoul = testPlace('seoul', { point: [127, 37.5] });
const events = [
  testEvent({ id: 'a', start: 1, end: 1, place: kursk }),
  testEvent({ id: 'b', start: 2, end: 2, place: kursk }),
  testEvent({ id: 'c', start: 3, end: 3, place: kursk }),
  testEvent({ id: 'd', start: 3, end: 3, place: seoul }),
];

/** A map whose badge source records what it is given. */
function fakeMap() {
  const sent: GeoJSON.FeatureCollection[] = [];
  const map = { getZoom: () => 3, getSource: () => ({ setData: (fc: GeoJSON.FeatureCollection) => sent.push(fc) }) };
  return { map: map as unknown as MapLibreMap, sent };
}
const labels = (fc: GeoJSON.FeatureCollection | undefined) => fc?.features.map((f) => f.properties?.label);

afterEach(() => vi.useRealTimers());

describe('CountBadges', () => {
  it('a step of a small data set regroups at once', () => {
    const { map, sent } = fakeMap();
    new CountBadges(map).update(events);
    expect(sent).toHaveLength(1);
    expect(labels(sent[0])).toEqual(['×3']);
  });

  it('on the large-data path, hides the badges while the window moves and regroups once it stops', () => {
    vi.useFakeTimers();
    const { map, sent } = fakeMap();
    const badges = new CountBadges(map);
    badges.update(events);
    let current = events;
    for (let step = 0; step < 5; step++) {
      current = events.slice(0, 4 - (step % 2));
      badges.updateWhenSettled(() => current);
      vi.advanceTimersByTime(BADGE_SETTLE_MS / 3);
    }
    // One empty source for the whole scrub, and no regroup while it went on.
    expect(sent.map(labels)).toEqual([['×3'], []]);
    vi.advanceTimersByTime(BADGE_SETTLE_MS);
    expect(sent.map(labels)).toEqual([['×3'], [], ['×3']]);
    badges.updateWhenSettled(() => events.slice(1));
    vi.advanceTimersByTime(BADGE_SETTLE_MS);
    expect(labels(sent.at(-1))).toEqual(['×2']);
  });
});
