/**
 * Detail of the embedded basemap that the first view does without: first-level boundaries
 * and their names, and towns. Added once the first view is drawn, and the towns file of a
 * zoom only when the reader comes near that zoom, so the first view's data stay as they were.
 * Built by `npm run basemap` (scripts/basemap/admin1.ts, scripts/basemap/towns.ts).
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { BASEMAP_DETAIL_FILES, BASEMAP_FONT_REGULAR } from './basemap-style';

export const DETAIL_LAYER = {
  admin1Lines: 'basemap-admin1-lines',
  admin1Labels: 'basemap-admin1-labels',
  towns: (i: number) => `basemap-towns-${i}`,
} as const;

const TOWN_DOT = 'basemap-town-dot';
/** Files are fetched this far ahead of the zoom they serve, so names are there on arrival. */
const PREFETCH_ZOOM = 0.75;
/** Region lines from this zoom (below it they are clutter), names from `z` of each (4-6). */
const ADMIN1_MINZOOM = 3;

/** Features whose `z` is at most the integer zoom (filters see zoom only through a top-level step). */
function fromZoom(first: number, last: number): FilterSpecification {
  if (last <= first) return ['<=', ['get', 'z'], first];
  const stops: unknown[] = [];
  for (let z = first + 1; z <= last; z++) stops.push(z, ['<=', ['get', 'z'], z]);
  return ['step', ['zoom'], ['<=', ['get', 'z'], first], ...stops] as unknown as FilterSpecification; // built from a list
}

export class BasemapDetail {
  private started = false;
  private townsAdded = 0;
  private readonly onZoom = () => this.addTowns();

  /** `baseUrl`: where the basemap files are; `beforeId`: the first layer to draw over the detail. */
  constructor(
    private readonly map: MapLibreMap,
    private readonly baseUrl: string,
    private readonly beforeId: () => string | undefined,
  ) {}

  /** Add the boundaries now and the towns as the zoom needs them. */
  start(): void {
    if (this.started) return;
    this.started = true;
    const map = this.map;
    addDotImage(map);
    map.addSource(DETAIL_LAYER.admin1Lines, { type: 'geojson', data: this.url(BASEMAP_DETAIL_FILES.admin1Lines), maxzoom: 8 });
    map.addSource(DETAIL_LAYER.admin1Labels, { type: 'geojson', data: this.url(BASEMAP_DETAIL_FILES.admin1Labels), maxzoom: 8 });
    this.add({
      id: DETAIL_LAYER.admin1Lines,
      type: 'line',
      source: DETAIL_LAYER.admin1Lines,
      minzoom: ADMIN1_MINZOOM,
      layout: { 'line-join': 'round' },
      // Solid, not dashed: dashes are the data's own mark for an area a place is known only to
      // (the legend's dashed circle), and a dashed line is a shader of its own that MapLibre
      // compiled the first time the map zoomed past ADMIN1_MINZOOM, 0.4 s of the page's thread
      // where WebGL runs on the CPU, in the middle of opening a data set there. Solid, it shares
      // the country borders' shader, compiled with the first view.
      paint: {
        'line-color': '#b8aebf',
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.4, 7, 1.1],
        'line-opacity': 0.85,
      },
    });
    this.add({
      id: DETAIL_LAYER.admin1Labels,
      type: 'symbol',
      source: DETAIL_LAYER.admin1Labels,
      minzoom: 4,
      filter: fromZoom(4, 6),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': BASEMAP_FONT_REGULAR,
        'text-size': ['interpolate', ['linear'], ['zoom'], 4, 9.5, 7, 11.5],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.08,
        'text-max-width': 8,
        'text-padding': 6,
      },
      paint: { 'text-color': '#968fa0', 'text-halo-color': 'rgba(246, 246, 243, 0.9)', 'text-halo-width': 1.2 },
    });
    map.on('zoom', this.onZoom);
    this.addTowns();
  }

  /** Names of the towns drawn in the viewport (tests and tools). */
  renderedTowns(): string[] {
    const layers = BASEMAP_DETAIL_FILES.towns.map((_, i) => DETAIL_LAYER.towns(i)).filter((id) => this.map.getLayer(id));
    if (layers.length === 0) return [];
    return [...new Set(this.map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.name)))].sort();
  }

  /** Add every towns file whose zoom is near; they are never removed (the browser has them). */
  private addTowns(): void {
    const files = BASEMAP_DETAIL_FILES.towns;
    const zoom = this.map.getZoom() + PREFETCH_ZOOM;
    while (this.townsAdded < files.length) {
      const i = this.townsAdded;
      const first = i === 0 ? BASEMAP_DETAIL_FILES.townsMinZoom : files[i - 1]!.maxZoom + 1;
      if (zoom < first) break;
      const id = DETAIL_LAYER.towns(i);
      this.map.addSource(id, { type: 'geojson', data: this.url(files[i]!.file), maxzoom: 10 });
      // The first tier's cells are wide enough to show from half a zoom earlier: a phone's
      // world view (zoom ~1) then names a few big cities.
      this.add(townLayer(id, first, Math.max(first, files[i]!.maxZoom), i === 0 ? first - 0.5 : first));
      this.townsAdded++;
    }
    if (this.townsAdded === files.length) this.map.off('zoom', this.onZoom);
  }

  private add(layer: LayerSpecification): void {
    const before = this.beforeId();
    this.map.addLayer(layer, before && this.map.getLayer(before) ? before : undefined);
  }

  private url(file: string): string {
    return new URL(file, this.baseUrl.endsWith('/') ? this.baseUrl : `${this.baseUrl}/`).href;
  }
}

/** Towns with a dot and a name; both or neither are drawn, bigger towns win collisions. */
function townLayer(id: string, first: number, last: number, minzoom: number): LayerSpecification {
  const population: ExpressionSpecification = ['get', 'p'];
  return {
    id,
    type: 'symbol',
    source: id,
    minzoom,
    filter: fromZoom(first, last),
    layout: {
      'icon-image': TOWN_DOT,
      'icon-size': ['case', ['has', 'cap'], 1.2, 1],
      'text-field': ['get', 'name'],
      'text-font': BASEMAP_FONT_REGULAR,
      'text-size': ['step', population, 10.5, 50_000, 11.5, 300_000, 12.5, 1_000_000, 13.5],
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': 0.45,
      'text-justify': 'auto',
      'text-max-width': 8,
      'text-padding': 3,
      'symbol-sort-key': ['-', 0, population],
    },
    paint: { 'text-color': '#4b5158', 'text-halo-color': 'rgba(246, 246, 243, 0.95)', 'text-halo-width': 1.3 },
  };
}

function addDotImage(map: MapLibreMap): void {
  if (map.hasImage(TOWN_DOT)) return;
  const ratio = 2;
  const size = 7 * ratio;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  // Read back at once: a canvas kept on the CPU, not one whose pixels must come back from the GPU.
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return;
  ctx.beginPath();
  ctx.arc(size / 2, size / 2, size / 2 - ratio, 0, 2 * Math.PI);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.lineWidth = 1.3 * ratio;
  ctx.strokeStyle = '#5d646b';
  ctx.stroke();
  map.addImage(TOWN_DOT, ctx.getImageData(0, 0, size, size), { pixelRatio: ratio });
}
