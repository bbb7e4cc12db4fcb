/**
 * An event marker's radius by zoom, declared once: MapLibre's circle layer (layers.ts) reads it
 * as an expression and the large-data WebGL layer (gpu/events-layer.ts) as a function, so the
 * two drawers draw the same marker at every zoom.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

/** [zoom, radius in CSS pixels], linear between stops and constant beyond them. */
export const MARKER_RADIUS_STOPS: ReadonlyArray<readonly [number, number]> = [
  [2, 5],
  [6, 7],
  [10, 9],
];

/** The radius at a zoom, as MapLibre's `interpolate linear` computes it from the same stops. */
export function markerRadius(zoom: number): number {
  const stops = MARKER_RADIUS_STOPS;
  const [z0, r0] = stops[0]!;
  if (zoom <= z0) return r0;
  for (let i = 1; i < stops.length; i++) {
    const [za, ra] = stops[i - 1]!;
    const [zb, rb] = stops[i]!;
    if (zoom <= zb) return ra + ((rb - ra) * (zoom - za)) / (zb - za);
  }
  return stops[stops.length - 1]![1];
}

/** The same stops as a `circle-radius` expression. */
export const markerRadiusExpression = [
  'interpolate',
  ['linear'],
  ['zoom'],
  ...MARKER_RADIUS_STOPS.flat(),
] as unknown as ExpressionSpecification; // built from a list, which the tuple type cannot follow
