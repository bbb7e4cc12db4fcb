/**
 * Pure builders of the GeoJSON the map draws. The event source carries only what the layers
 * read (category and day numbers), keyed by the event's index so feature-state can find it.
 */
import circle from '@turf/circle';
import { greatCirclePoints } from '../domain/great-circle';
import type { Feature, FeatureCollection, LineString, MultiLineString, Point, Polygon } from 'geojson';
import { hasArc, type AtlasEvent } from '../domain/atlas-event';
import type { Place } from '../domain/types';

export interface EventProps {
  eid: string;
  cat: string;
  s: number;
  e: number;
}

export function eventFeatures(events: readonly AtlasEvent[]): FeatureCollection<Point, EventProps> {
  return {
    type: 'FeatureCollection',
    features: events.map((ev) => ({
      type: 'Feature',
      id: ev.index,
      geometry: { type: 'Point', coordinates: ev.place.point },
      properties: { eid: ev.id, cat: ev.category, s: ev.start, e: ev.end },
    })),
  };
}

/** The shape that honestly covers a place: its polygon, or a circle of its radius. */
export function placeArea(place: Place): Polygon | null {
  if (place.polygon) return { type: 'Polygon', coordinates: [place.polygon] };
  if (place.radiusKm === undefined) return null;
  return circle(place.point, place.radiusKm, { units: 'kilometers', steps: 72 }).geometry;
}

/**
 * Areas wider than this are drawn only for the focused event: "Russia" or "eastern Russia"
 * as a standing shape would cover half the map and hide the regional areas beneath.
 */
export const BROAD_AREA_KM = 800;

/** One area per place larger than a city; feature id = the place's position in `places`. */
export function areaFeatures(places: readonly Place[]): FeatureCollection<Polygon, { place: string; broad: boolean }> {
  const features: Feature<Polygon, { place: string; broad: boolean }>[] = [];
  places.forEach((place, i) => {
    const geometry = placeArea(place);
    const broad = place.kind === 'country' || (place.radiusKm ?? 0) > BROAD_AREA_KM;
    if (geometry) features.push({ type: 'Feature', id: i, geometry, properties: { place: place.id, broad } });
  });
  return { type: 'FeatureCollection', features };
}

/** Great-circle arcs from origin to place, for events that record where they came from. */
export function arcFeatures(events: readonly AtlasEvent[]): FeatureCollection<LineString | MultiLineString, EventProps> {
  const features: Feature<LineString | MultiLineString, EventProps>[] = [];
  for (const ev of events) {
    if (!hasArc(ev)) continue;
    features.push({
      type: 'Feature',
      id: ev.index,
      // Unwrapped past ±180° where it crosses: MapLibre draws it whole, on the next world copy.
      geometry: { type: 'LineString', coordinates: greatCirclePoints(ev.origin.point, ev.place.point, 64) },
      properties: { eid: ev.id, cat: ev.category, s: ev.start, e: ev.end },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Name labels for the gazetteer's places that events use, largest kinds sorted last. */
export function placeLabelFeatures(places: readonly Place[]): FeatureCollection<Point, { name: string; rank: number }> {
  const rank = { city: 1, region: 2, area: 3, country: 4 } as const;
  return {
    type: 'FeatureCollection',
    features: places.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: p.point },
      properties: { name: p.name, rank: rank[p.kind] },
    })),
  };
}
