/**
 * The embedded basemap: a calm, light, low-contrast style (after Carto Positron) over the files
 * that `scripts/build-basemap.ts` writes to public/basemap/, so coloured event markers stand out
 * and the map works with no network at all.
 */
import type { ExpressionSpecification, FilterSpecification, StyleSpecification } from 'maplibre-gl';

export const BASEMAP_BACKGROUND_LAYER_ID = 'basemap-water';
export const BASEMAP_LAND_LAYER_ID = 'basemap-land';
export const BASEMAP_BORDERS_LAYER_ID = 'basemap-borders';
/** Add event layers before this id (`map.addLayer(layer, BASEMAP_LABEL_LAYER_ID)`) to keep names on top. */
export const BASEMAP_LABEL_LAYER_ID = 'basemap-country-labels';
export const BASEMAP_LAYER_IDS = [
  BASEMAP_BACKGROUND_LAYER_ID,
  BASEMAP_LAND_LAYER_ID,
  BASEMAP_BORDERS_LAYER_ID,
  BASEMAP_LABEL_LAYER_ID,
] as const;

/** The files under public/basemap/, by source id. */
export const BASEMAP_FILES = {
  'basemap-land': 'land.geojson',
  'basemap-borders': 'borders.geojson',
  'basemap-country-labels': 'country-labels.geojson',
} as const;

/**
 * Detail the map loads after its first view (basemap-detail.ts), written by the same build:
 * first-level boundaries and their names, and towns in files by the zoom they serve
 * (`maxZoom`: towns drawn from that zoom or before, above the previous file's).
 */
export const BASEMAP_DETAIL_FILES = {
  admin1Lines: 'admin1-lines.geojson',
  admin1Labels: 'admin1-labels.geojson',
  /** Towns are drawn from this zoom (a phone's world view names a few big cities). */
  townsMinZoom: 1,
  towns: [
    { file: 'towns-4.geojson', maxZoom: 4 },
    { file: 'towns-5.geojson', maxZoom: 5 },
    { file: 'towns-6.geojson', maxZoom: 6 },
    { file: 'towns-7.geojson', maxZoom: 7 },
  ],
} as const;

/**
 * Font stacks for `text-font`. With no `glyphs` URL, MapLibre (>= 5.11) draws text with TinySDF
 * from CSS fonts: it joins the stack into a CSS font-family list and sniffs the weight from the
 * first name only. So the first name carries the weight ("SemiBold" -> 600) and the second is
 * the real family that `src/map/fonts.ts` registers, 'Noto Sans'; "Noto Sans Regular" alone
 * would match no @font-face and fall back to the system sans-serif.
 */
export const BASEMAP_FONT_REGULAR = ['Noto Sans Regular', 'Noto Sans'];
export const BASEMAP_FONT_SEMIBOLD = ['Noto Sans SemiBold', 'Noto Sans'];

export const BASEMAP_COLORS = {
  water: '#d4dde3',
  land: '#f6f6f3',
  border: '#b9bcc2',
  label: '#6a7077',
  labelHalo: 'rgba(246, 246, 243, 0.9)',
} as const;

const ATTRIBUTION = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';
/** The data is 1:50m; past zoom 7 MapLibre over-zooms these tiles instead of cutting new ones. */
const SOURCE_MAXZOOM = 7;
/**
 * Which labels show from each integer zoom: the largest rank (area tier, 1 = largest; see
 * scripts/build-basemap.ts) and the highest `repeat` tier (extra labels of big countries, so a
 * regional view still names the country it shows; 0 = the one main label).
 */
const LABELS_BY_ZOOM: readonly { zoom: number; rank: number; repeat: number }[] = [
  { zoom: 0, rank: 1, repeat: 0 },
  { zoom: 1, rank: 2, repeat: 0 },
  { zoom: 2, rank: 3, repeat: 0 },
  { zoom: 3, rank: 3, repeat: 1 },
  { zoom: 4, rank: 4, repeat: 1 },
  { zoom: 5, rank: 5, repeat: 2 },
  { zoom: 6, rank: 5, repeat: 3 },
];

/** Filters see `zoom` only at integer zooms and only as the input of a top-level step. */
function labelFilter(): FilterSpecification {
  const [first, ...rest] = LABELS_BY_ZOOM;
  const visible = ({ rank, repeat }: { rank: number; repeat: number }): ExpressionSpecification => [
    'all',
    ['<=', ['get', 'rank'], rank],
    ['<=', ['coalesce', ['get', 'repeat'], 0], repeat],
  ];
  if (!first) throw new Error('LABELS_BY_ZOOM is empty');
  return ['step', ['zoom'], visible(first), ...rest.flatMap((stop) => [stop.zoom, visible(stop)])];
}

/** Text size in px for each rank at a zoom (rank 1 first). */
function sizeByRank(sizes: readonly [number, number, number, number, number]): ExpressionSpecification {
  const [r1, r2, r3, r4, r5] = sizes;
  return ['match', ['get', 'rank'], 1, r1, 2, r2, 3, r3, 4, r4, r5];
}

/** `baseUrl` is where the basemap files live, e.g. `new URL('basemap/', document.baseURI).href`. */
export function basemapStyle(baseUrl: string): StyleSpecification {
  // Without a trailing slash, URL resolution would drop the last path segment ("basemap").
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const source = (file: string) =>
    ({ type: 'geojson', data: new URL(file, base).href, maxzoom: SOURCE_MAXZOOM, attribution: ATTRIBUTION }) as const;
  return {
    version: 8,
    name: 'Event Atlas embedded basemap',
    // No `glyphs` key on purpose: labels are drawn locally from the shipped Noto Sans (see fonts.ts).
    sources: {
      'basemap-land': source(BASEMAP_FILES['basemap-land']),
      'basemap-borders': source(BASEMAP_FILES['basemap-borders']),
      'basemap-country-labels': source(BASEMAP_FILES['basemap-country-labels']),
    },
    layers: [
      { id: BASEMAP_BACKGROUND_LAYER_ID, type: 'background', paint: { 'background-color': BASEMAP_COLORS.water } },
      { id: BASEMAP_LAND_LAYER_ID, type: 'fill', source: 'basemap-land', paint: { 'fill-color': BASEMAP_COLORS.land } },
      {
        id: BASEMAP_BORDERS_LAYER_ID,
        type: 'line',
        source: 'basemap-borders',
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': BASEMAP_COLORS.border,
          'line-width': ['interpolate', ['exponential', 1.4], ['zoom'], 1, 0.5, 4, 0.9, 8, 1.6],
        },
      },
      {
        id: BASEMAP_LABEL_LAYER_ID,
        type: 'symbol',
        source: 'basemap-country-labels',
        filter: labelFilter(),
        layout: {
          'text-field': ['get', 'name'],
          'text-font': BASEMAP_FONT_SEMIBOLD,
          'text-size': [
            'interpolate',
            ['linear'],
            ['zoom'],
            1,
            sizeByRank([11, 10, 10, 9, 9]),
            4,
            sizeByRank([14, 13, 12, 11, 10]),
            7,
            sizeByRank([18, 17, 16, 14, 13]),
          ],
          'text-max-width': 7,
          'text-letter-spacing': 0.02,
          'text-padding': 4,
          // Larger countries win collisions: lower keys are placed first.
          'symbol-sort-key': ['get', 'rank'],
        },
        paint: {
          'text-color': BASEMAP_COLORS.label,
          'text-halo-color': BASEMAP_COLORS.labelHalo,
          'text-halo-width': 1.2,
          'text-halo-blur': 0.4,
        },
      },
    ],
  };
}

/**
 * The online style URL when one is configured (`import.meta.env.VITE_BASEMAP_STYLE_URL`, resolved
 * against `baseUrl` so a relative path works too), else the embedded style. Never required.
 */
export function resolveStyle(onlineStyleUrl: string | undefined, baseUrl: string): string | StyleSpecification {
  const configured = onlineStyleUrl?.trim();
  if (configured) {
    try {
      return new URL(configured, baseUrl).href;
    } catch {
      // A malformed setting must not leave the map blank: fall through to the embedded basemap.
    }
  }
  return basemapStyle(baseUrl);
}
