/**
 * How this build draws events: the app's own way, MapLibre's layers filtered by two
 * `global-state` numbers below GPU_THRESHOLD events and our GPU layer from there. The
 * benchmark builds its baseline by swapping this one module for its own (`bench/`), so the
 * baseline never ships in the app's bundle.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasEvent } from '../domain/atlas-event';

export interface DrawerVariant {
  /** Whether a data set of GPU_THRESHOLD events or more goes to the GPU layer. */
  readonly gpu: boolean;
  /** Work on MapLibre's sources at each slider step, after the window's numbers are set. */
  step?(map: MapLibreMap, visible: readonly AtlasEvent[]): void;
}

export const DRAWER_VARIANT: DrawerVariant = { gpu: true };
