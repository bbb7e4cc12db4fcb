/**
 * The app's GeoJSON sources, whose features are set skipping a change from empty to empty:
 * each `setData` has MapLibre's worker tile the source again and the map lay out its labels
 * and draw a frame, and where WebGL runs on the CPU a frame of the whole map with a large
 * data set on it takes over half a second. Opening a large data set emptied sources (the
 * small-data markers, arcs, badges and areas) that were empty already.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const empty = new WeakSet<GeoJSONSource>();

/** Adds an empty GeoJSON source. */
export function addFeatureSource(map: MapLibreMap, id: string): void {
  map.addSource(id, { type: 'geojson', data: EMPTY });
  const source = map.getSource<GeoJSONSource>(id);
  if (source) empty.add(source);
}

/** Sets a source's features, unless it is empty and they are none. */
export function setFeatures(source: GeoJSONSource | undefined, data: GeoJSON.FeatureCollection): void {
  if (!source) return;
  if (data.features.length > 0) empty.delete(source);
  else if (empty.has(source)) return;
  else empty.add(source);
  source.setData(data);
}
