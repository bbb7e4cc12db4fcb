// The plain pages' map: MapLibre's own dist, a bare background for a basemap (less to draw
// than the atlas's), and the events as one GeoJSON source with a circle layer, as MapLibre's
// own examples put points on a map.
import * as ml from '/maplibre/maplibre-gl.mjs';

const maplibregl = ml.default ?? ml;

export function plainMap() {
  return new maplibregl.Map({
    container: 'map',
    style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#f3f1ec' } }] },
    center: [38, 50],
    zoom: 4,
    attributionControl: false,
  });
}

/** The events' source and circle layer; `data` a URL (MapLibre's worker reads it) or GeoJSON. */
export function addEvents(map, data) {
  map.addSource('events', { type: 'geojson', data });
  map.addLayer({ id: 'events', type: 'circle', source: 'events', paint: { 'circle-radius': 3, 'circle-color': '#b2182b', 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 } });
}
