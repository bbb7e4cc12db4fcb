/**
 * The benchmark's baseline, swapped in for `src/map/drawer-variant.ts` by
 * `bench/vite.setdata.config.ts`: the events stay on MapLibre's layers at every size, and
 * every slider step rebuilds their sources from the window's events (`setData`), the
 * straightforward way the app is measured against.
 */
import type { GeoJSONSource } from 'maplibre-gl';
import type { DrawerVariant } from '../src/map/drawer-variant';
import { SOURCE } from '../src/map/layers';
import { arcFeatures, eventFeatures } from '../src/map/map-data';

export const DRAWER_VARIANT: DrawerVariant = {
  gpu: false,
  step(map, visible) {
    (map.getSource(SOURCE.events) as GeoJSONSource).setData(eventFeatures(visible));
    (map.getSource(SOURCE.arcs) as GeoJSONSource).setData(arcFeatures(visible));
  },
};
