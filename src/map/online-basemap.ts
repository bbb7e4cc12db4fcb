/**
 * The online basemap a reader may choose (basemap-choice.ts): a MapLibre style URL as it is,
 * or a PMTiles file through the `pmtiles` package, loaded only then. A raster archive is drawn
 * as it is; a vector one is drawn with a small style for the Protomaps basemap layers
 * (earth, water, roads, boundaries, places: https://docs.protomaps.com/basemaps/layers).
 */
import type { ErrorEvent, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { BasemapChoice } from './basemap-choice';
import { BASEMAP_COLORS, BASEMAP_FONT_REGULAR, BASEMAP_FONT_SEMIBOLD } from './basemap-style';

let protocolAdded: Promise<typeof import('./pmtiles-protocol')> | null = null;

/** Register `pmtiles://` with MapLibre once, loading the package on first use. */
function pmtilesProtocol(): Promise<typeof import('./pmtiles-protocol')> {
  protocolAdded ??= import('./pmtiles-protocol').then((pmtiles) => {
    pmtiles.addPmtilesProtocol();
    return pmtiles;
  });
  return protocolAdded;
}

/** The style for a chosen online basemap; rejects when a PMTiles file cannot be read. */
export async function onlineStyle(choice: Exclude<BasemapChoice, { kind: 'embedded' }>): Promise<string | StyleSpecification> {
  if (choice.kind === 'style') {
    // A style may itself point at pmtiles:// sources.
    if (/pmtiles/i.test(choice.url)) await pmtilesProtocol();
    return choice.url;
  }
  const pmtiles = await pmtilesProtocol();
  const header = await new pmtiles.PMTiles(choice.url).getHeader();
  const url = `pmtiles://${choice.url}`;
  const attribution = 'Online basemap: <a href="https://protomaps.com">Protomaps</a> © <a href="https://openstreetmap.org">OpenStreetMap</a>';
  if (header.tileType !== pmtiles.TileType.Mvt) {
    return {
      version: 8,
      sources: { online: { type: 'raster', url, tileSize: 256 } },
      layers: [{ id: 'online-raster', type: 'raster', source: 'online' }],
    };
  }
  const source = 'online';
  return {
    version: 8,
    sources: { [source]: { type: 'vector', url, attribution } },
    layers: [
      { id: 'online-water-bg', type: 'background', paint: { 'background-color': BASEMAP_COLORS.water } },
      { id: 'online-earth', type: 'fill', source, 'source-layer': 'earth', paint: { 'fill-color': BASEMAP_COLORS.land } },
      { id: 'online-water', type: 'fill', source, 'source-layer': 'water', paint: { 'fill-color': BASEMAP_COLORS.water } },
      {
        id: 'online-roads',
        type: 'line',
        source,
        'source-layer': 'roads',
        paint: { 'line-color': '#e2ddd6', 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.4, 12, 2.5] },
      },
      {
        id: 'online-boundaries',
        type: 'line',
        source,
        'source-layer': 'boundaries',
        paint: {
          'line-color': BASEMAP_COLORS.border,
          'line-dasharray': ['case', ['<=', ['get', 'kind_detail'], 2], ['literal', [1]], ['literal', [3, 2]]],
          'line-width': ['case', ['<=', ['get', 'kind_detail'], 2], 1.1, 0.6],
        },
      },
      {
        id: 'online-places',
        type: 'symbol',
        source,
        'source-layer': 'places',
        layout: {
          'text-field': ['get', 'name'],
          'text-font': ['case', ['==', ['get', 'kind'], 'country'], ['literal', BASEMAP_FONT_SEMIBOLD], ['literal', BASEMAP_FONT_REGULAR]],
          'text-size': ['case', ['==', ['get', 'kind'], 'country'], 13, 11.5],
          'symbol-sort-key': ['get', 'min_zoom'],
        },
        paint: { 'text-color': BASEMAP_COLORS.label, 'text-halo-color': BASEMAP_COLORS.labelHalo, 'text-halo-width': 1.2 },
      },
    ],
  };
}

/** An online basemap that has not loaded its style by then is replaced by the embedded one. */
const ONLINE_TIMEOUT_MS = 10_000;

/**
 * Set the reader's online basemap on a map created without a style; if it cannot be read,
 * or has not loaded within ONLINE_TIMEOUT_MS, set the embedded one and say why.
 */
export async function setOnlineBasemap(
  map: MapLibreMap,
  choice: Exclude<BasemapChoice, { kind: 'embedded' }>,
  fallback: string | StyleSpecification,
  on: { onFallback: () => void; notify: (text: string) => void; destroyed: () => boolean },
): Promise<void> {
  let settled = false;
  const fail = (why: string) => {
    if (settled || on.destroyed()) return;
    settled = true;
    map.setStyle(fallback);
    on.onFallback();
    on.notify(`The online basemap (${choice.url}) could not be loaded: ${why}. The embedded basemap is shown instead.`);
  };
  map.on('error', (e: ErrorEvent) => {
    const sourceId = (e as { sourceId?: unknown }).sourceId;
    if (typeof sourceId === 'string' && sourceId.startsWith('atlas-')) return;
    if (!settled) fail(e.error?.message ?? 'it answered with an error');
    // After it loaded: tiles failing now and then leave the basemap patchy, not gone.
    else on.notify(`Parts of the online basemap did not load (${e.error?.message ?? 'error'}).`);
  });
  map.once('style.load', () => (settled = true));
  setTimeout(() => fail(`no answer within ${ONLINE_TIMEOUT_MS / 1000} s`), ONLINE_TIMEOUT_MS);
  try {
    const style = await onlineStyle(choice);
    if (!settled && !on.destroyed()) map.setStyle(style);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}
