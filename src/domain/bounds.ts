/** Where a set of events lies on the globe: what the map fits its first view and "Zoom to" to. */
import type { AtlasEvent } from './atlas-event';
import { MERCATOR_MAX_LAT } from './mercator';
import type { Place } from './types';

/** [west, south, east, north] around the given events' places and areas, or null. */
export function eventsBounds(events: readonly AtlasEvent[]): [number, number, number, number] | null {
  if (events.length === 0) return null;
  // Each place once: a million events share a few thousand places.
  const places = new Set<Place>();
  for (const ev of events) {
    places.add(ev.place);
    if (ev.origin) places.add(ev.origin);
  }
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const place of places) {
    // Degrees per km: 1/111 in latitude; longitude scaled by the latitude's cosine.
    const r = (place.radiusKm ?? 0) / 111;
    const rLon = r / Math.max(0.2, Math.cos((place.point[1] * Math.PI) / 180));
    w = Math.min(w, place.point[0] - rLon);
    e = Math.max(e, place.point[0] + rLon);
    s = Math.min(s, place.point[1] - r);
    n = Math.max(n, place.point[1] + r);
  }
  return [Math.max(-180, w), Math.max(-MERCATOR_MAX_LAT, s), Math.min(180, e), Math.min(MERCATOR_MAX_LAT, n)];
}
