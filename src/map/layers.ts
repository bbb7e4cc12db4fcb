/**
 * Every event layer, typed, in one file. All events are in one GeoJSON source
 * drawn by circle layers; no DOM marker per event.
 *
 * The date window reaches the event layers through MapLibre `global-state` (`winStart`,
 * `winEnd`), so a slider step sets two numbers instead of rebuilding the event source; only the
 * small source of count badges (one point per badge) is rebuilt (count-badges.ts).
 */
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  FilterSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { BASEMAP_FONT_REGULAR, BASEMAP_FONT_SEMIBOLD } from './basemap-style';
import { CATEGORY_STYLE } from '../theme/categories';
import { CATEGORIES } from '../domain/vocabulary';
import { markerRadiusExpression } from './marker-size';

export const SOURCE = {
  events: 'atlas-events',
  areas: 'atlas-areas',
  arcs: 'atlas-arcs',
  stacks: 'atlas-stacks',
  places: 'atlas-places',
} as const;

export const LAYER = {
  areaFill: 'atlas-area-fill',
  areaLine: 'atlas-area-line',
  arcs: 'atlas-arcs',
  eventHalo: 'atlas-event-halo',
  events: 'atlas-events',
  stacks: 'atlas-stack-counts',
  placeLabels: 'atlas-place-labels',
} as const;

/** Layers a click or hover on an event hits. */
export const INTERACTIVE_LAYERS = [LAYER.events] as const;

export const GLOBAL_STATE = { winStart: 'winStart', winEnd: 'winEnd' } as const;

const categoryColor = [
  'match',
  ['get', 'cat'],
  ...CATEGORIES.flatMap((c) => [c, CATEGORY_STYLE[c].color]),
  '#555555',
] as unknown as ExpressionSpecification; // built from a list, which the tuple type cannot follow

/** Feature properties `s` and `e` are the event's first and last day numbers. */
export const inWindowFilter: FilterSpecification = [
  'all',
  ['<=', ['get', 's'], ['global-state', GLOBAL_STATE.winEnd]],
  ['>=', ['get', 'e'], ['global-state', GLOBAL_STATE.winStart]],
];

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

export const areaFillLayer: FillLayerSpecification = {
  id: LAYER.areaFill,
  type: 'fill',
  source: SOURCE.areas,
  paint: {
    'fill-color': '#5a6b7a',
    // Areas of places with events in the window show faintly, broad ones only when focused.
    'fill-opacity': ['case', state('focus'), 0.16, ['get', 'broad'], 0, state('active'), 0.08, 0],
  },
};

export const areaLineLayer: LineLayerSpecification = {
  id: LAYER.areaLine,
  type: 'line',
  source: SOURCE.areas,
  paint: {
    'line-color': '#44525e',
    'line-dasharray': [2, 2],
    'line-width': ['case', state('focus'), 1.5, 0.8],
    'line-opacity': ['case', state('focus'), 0.9, ['get', 'broad'], 0, state('active'), 0.45, 0],
  },
};

export const arcLayer: LineLayerSpecification = {
  id: LAYER.arcs,
  type: 'line',
  source: SOURCE.arcs,
  filter: inWindowFilter,
  layout: { 'line-cap': 'round' },
  paint: {
    'line-color': categoryColor,
    'line-width': ['case', state('selected'), 3.5, state('hover'), 3, 2],
    'line-dasharray': [3, 2],
    'line-opacity': 0.85,
  },
};

export const eventHaloLayer: CircleLayerSpecification = {
  id: LAYER.eventHalo,
  type: 'circle',
  source: SOURCE.events,
  filter: inWindowFilter,
  paint: {
    'circle-radius': ['case', state('selected'), 16, state('hover'), 13, 0],
    'circle-color': categoryColor,
    'circle-opacity': ['case', state('selected'), 0.35, 0.25],
    'circle-pitch-alignment': 'map',
  },
};

export const eventLayer: CircleLayerSpecification = {
  id: LAYER.events,
  type: 'circle',
  source: SOURCE.events,
  filter: inWindowFilter,
  paint: {
    'circle-radius': markerRadiusExpression,
    'circle-color': categoryColor,
    'circle-stroke-color': ['case', state('selected'), '#111111', '#ffffff'],
    'circle-stroke-width': ['case', state('selected'), 2.5, state('hover'), 2, 1.25],
  },
};

/** A count badge's layout, for the layer and for reading its box back (count-badges.ts). */
export const BADGE = {
  image: 'atlas-badge',
  fontPx: 12,
  /** From the group's busiest place to the badge's bottom-left corner, up and right of its marker. */
  offsetPx: [9, -7] as [number, number],
  /** Pill padding around the text: [vertical, horizontal]. */
  paddingPx: [2, 5] as [number, number],
  /** The text's line box is this many font sizes high (MapLibre's `text-line-height`). */
  lineHeight: 1.2,
  textColor: '#1d2329',
  /** The pill: a rounded box of this radius, its outline inset this far from the box's edge. */
  pill: { radiusPx: 6, insetPx: 0.75, strokePx: 1.25, fill: '#ffffff', fillOpacity: 0.96, stroke: '#3b4650' },
} as const;

/**
 * "×9" up and right of a place where several events of the window are, or of a group of places
 * closer on screen than two badges need (count-badges.ts): each group has one badge, and groups
 * are made so that no two badges overlap. The large-data path draws the same badges in WebGL
 * (gpu/badges-layer.ts). Badges are placed first (top layer), so town and place
 * names make room for them.
 */
export const stackLayer: SymbolLayerSpecification = {
  id: LAYER.stacks,
  type: 'symbol',
  source: SOURCE.stacks,
  layout: {
    'text-field': ['get', 'label'],
    'text-font': BASEMAP_FONT_SEMIBOLD,
    'text-size': BADGE.fontPx,
    'text-offset': [BADGE.offsetPx[0] / BADGE.fontPx, BADGE.offsetPx[1] / BADGE.fontPx],
    'text-anchor': 'bottom-left',
    'text-allow-overlap': true,
    'icon-image': BADGE.image,
    'icon-text-fit': 'both',
    'icon-text-fit-padding': [BADGE.paddingPx[0], BADGE.paddingPx[1], BADGE.paddingPx[0], BADGE.paddingPx[1]],
    'icon-allow-overlap': true,
  },
  paint: { 'text-color': BADGE.textColor },
};

/** Names of the places events use, under their markers; cities win collisions. */
/**
 * Zooms from which the data's place names show: a small data set's from the region's view; a
 * large one's (thousands of places) only closer in, where they no longer crowd each other, and
 * where MapLibre lays out only the few in view rather than all of them while the events load.
 */
export const PLACE_LABEL_MINZOOM = { small: 3, large: 6 } as const;

export const placeLabelLayer: SymbolLayerSpecification = {
  id: LAYER.placeLabels,
  type: 'symbol',
  source: SOURCE.places,
  minzoom: PLACE_LABEL_MINZOOM.small,
  layout: {
    'text-field': ['get', 'name'],
    'text-font': BASEMAP_FONT_REGULAR,
    'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 8, 13],
    'text-anchor': 'top',
    'text-offset': [0, 0.9],
    'text-max-width': 9,
    'symbol-sort-key': ['get', 'rank'],
  },
  paint: { 'text-color': '#2f3840', 'text-halo-color': 'rgba(255, 255, 255, 0.95)', 'text-halo-width': 1.4 },
};
