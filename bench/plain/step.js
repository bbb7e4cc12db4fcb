/* global window, document, location */
// The per-step peer a user would otherwise build: plain MapLibre with the events in one
// GeoJSON source and a circle layer, the date window applied with `setFilter` on each slider
// step, as MapLibre's own examples filter a layer. It answers the bench's keys as the atlas's
// slider does (the end handle: ArrowLeft a day back, Home to the window's start, PageUp a week
// on; "Move window": PageUp a week on), counts the window's events with a scan for the
// "N of M events" the bench reads, and is idle as the atlas is: the map loaded, still, with
// its tiles.
import { addEvents, plainMap } from './plain-map.js';

const DAY = 86_400_000;
const toDay = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const toIso = (day) => new Date(day * DAY).toISOString().slice(0, 10);

const map = plainMap();
window.__atlas = { idle: () => map.loaded() && !map.isMoving() && map.areTilesLoaded() };

let starts = new Int32Array(0);
let ends = new Int32Array(0);
const win = { start: 0, end: 0 };
const domain = { start: 0, end: 0 };
const count = document.querySelector('[data-testid=event-count]');

function apply() {
  let n = 0;
  for (let i = 0; i < starts.length; i++) if (starts[i] <= win.end && ends[i] >= win.start) n++;
  count.textContent = `${n.toLocaleString('en-US')} of ${starts.length.toLocaleString('en-US')} events`;
  map.setFilter('events', ['all', ['<=', ['get', 'start'], toIso(win.end)], ['>=', ['get', 'end'], toIso(win.start)]]);
}

function key(edge, k) {
  if (edge === 'end') {
    if (k === 'ArrowLeft') win.end = Math.max(win.start, win.end - 1);
    else if (k === 'Home') win.end = win.start;
    else if (k === 'PageUp') win.end = Math.min(domain.end, win.end + 7);
    else return false;
  } else if (k === 'PageUp') {
    const shift = Math.min(7, domain.end - win.end);
    win.start += shift;
    win.end += shift;
  } else return false;
  apply();
  return true;
}

for (const el of document.querySelectorAll('[role=slider]')) {
  el.addEventListener('keydown', (e) => {
    if (key(el.dataset.edge, e.key)) e.preventDefault();
  });
}

map.on('load', async () => {
  // Read on the page (the dates are needed for the count), then handed to MapLibre.
  const data = await (await fetch(new URLSearchParams(location.search).get('data'))).json();
  starts = Int32Array.from(data.features, (f) => toDay(f.properties.start));
  ends = Int32Array.from(data.features, (f) => toDay(f.properties.end));
  domain.start = starts.reduce((a, b) => Math.min(a, b), Infinity);
  domain.end = ends.reduce((a, b) => Math.max(a, b), -Infinity);
  win.start = domain.start;
  win.end = domain.end;
  addEvents(map, data);
  apply();
});
