/* global window, document, location */
// The per-step peer a user would otherwise build: plain MapLibre with the events in one
// GeoJSON source (MapLibre's worker reads the URL, as its examples do) and a circle layer, the
// date window applied with `setFilter` on each slider step. It answers the bench's keys as the
// atlas's slider does (the end handle: ArrowLeft a day back, Home to the window's start, PageUp
// a week on; "Move window": PageUp a week on) and is idle as the atlas is: the map loaded,
// still, with its tiles. It does not count the window's events: the events are in MapLibre's
// worker, not on the page (reading a million of them on the page too crashed it). It says
// "M of M events" once they are drawn, M from `total=`, which is all the bench reads of it.
import { addEvents, plainMap } from './plain-map.js';

const DAY = 86_400_000;
const toIso = (day) => new Date(day * DAY).toISOString().slice(0, 10);
const params = new URLSearchParams(location.search);
const total = Number(params.get('total'));
// The data set's first and last day (day numbers), from `from=`/`to=`.
const domain = { start: Number(params.get('from')), end: Number(params.get('to')) };
const win = { ...domain };

const map = plainMap();
window.__atlas = { idle: () => map.loaded() && !map.isMoving() && map.areTilesLoaded() };
const count = document.querySelector('[data-testid=event-count]');

function apply() {
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
  count.textContent = `– of ${total.toLocaleString('en-US')} events`;
  apply();
  return true;
}

for (const el of document.querySelectorAll('[role=slider]')) {
  el.addEventListener('keydown', (e) => {
    if (key(el.dataset.edge, e.key)) e.preventDefault();
  });
}

map.on('load', () => {
  addEvents(map, params.get('data'));
  apply();
  map.once('idle', () => (count.textContent = `${total.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} events`));
});
