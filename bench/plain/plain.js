/* global window, document, location */
// The peer a user would otherwise pick: a plain MapLibre page that puts a file into one
// GeoJSON source with a circle layer, as MapLibre's own examples do. `?data=<url>` hands the
// URL to MapLibre (fetched and parsed in its worker); a file chosen in the input is read, a
// CSV parsed with papaparse on the page (as a page without a worker of its own would), and
// given to setData. `window.__plainReady` is the page clock when the map is first idle with
// the source loaded. The basemap is a plain background: less to draw than the atlas's.
import { addEvents, plainMap } from './plain-map.js';

const map = plainMap();

function toGeojson(text) {
  const rows = window.Papa.parse(text, { header: true, skipEmptyLines: true }).data;
  return {
    type: 'FeatureCollection',
    features: rows.map((r) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [Number(r.longitude), Number(r.latitude)] }, properties: r })),
  };
}

let waiting = false;
function show(data) {
  waiting = true;
  const source = map.getSource('events');
  if (source) source.setData(data);
  else addEvents(map, data);
}

map.on('idle', () => {
  if (waiting && map.getSource('events') && map.isSourceLoaded('events')) {
    waiting = false;
    window.__plainReady = performance.now();
  }
});

map.on('load', () => {
  window.__plainMapLoaded = performance.now();
  const url = new URLSearchParams(location.search).get('data');
  if (url) show(url);
});

document.querySelector('input').addEventListener('change', async (event) => {
  const file = event.target.files[0];
  if (!file) return;
  const text = await file.text();
  show(file.name.endsWith('.csv') ? toGeojson(text) : JSON.parse(text));
});
