/**
 * What automation (the end-to-end tests in `e2e/`, the benchmark in `bench/`) may ask of the
 * running map, as `window.__atlas`. The map controller hands this module what it may read, on
 * purpose, and nothing else in the app uses it. Installed only when a browser is driven by
 * automation (`navigator.webdriver`), so a reader's browser never carries it.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Camera } from '../domain/camera';
import type { AtlasStore } from '../state/store';
import type { BadgeBox } from './count-badges';

/** The hooks on `window.__atlas`. */
export interface AtlasAutomation {
  /** Screen position of an event's marker within the map canvas; null when there is no such event. */
  project(eventId: string): [number, number] | null;
  /** Where the map is now. */
  camera(): Camera;
  /** Ids of the events drawn in the viewport (markers, not list rows), sorted. */
  renderedEventIds(): string[];
  /** Screen boxes of the count badges drawn now, within the map canvas. */
  badgeBoxes(): BadgeBox[];
  /** Names of the basemap's towns drawn in the viewport. */
  renderedTowns(): string[];
  /** True when the map has loaded and has nothing left to draw. */
  idle(): boolean;
  /** RGBA of the drawn map at points within the canvas (CSS pixels), read from a fresh frame. */
  pixels(points: Array<[number, number]>): Promise<Array<[number, number, number, number]>>;
}

declare global {
  interface Window {
    __atlas?: AtlasAutomation;
  }
}

/** What the controller lets automation read. */
export interface AutomationSource {
  map: MapLibreMap;
  store: AtlasStore;
  camera(): Camera;
  renderedEventIds(): string[];
  /** False while events handed to the map are not drawn yet (the GPU layer loading or building). */
  eventsDrawn(): boolean;
  badgeBoxes(): BadgeBox[];
  renderedTowns(): string[];
}

/** True in a browser driven by automation (WebDriver, the DevTools protocol as Playwright uses it). */
const automated = (): boolean => typeof navigator !== 'undefined' && navigator.webdriver === true;

/** Install `window.__atlas` when automated; returns a function that removes it. */
export function exposeAutomation(source: AutomationSource): () => void {
  if (!automated()) return () => {};
  const hooks = automationHooks(source);
  window.__atlas = hooks;
  return () => {
    if (window.__atlas === hooks) delete window.__atlas;
  };
}

function automationHooks({ map, store, camera, renderedEventIds, eventsDrawn, badgeBoxes, renderedTowns }: AutomationSource): AtlasAutomation {
  return {
    project(eventId) {
      const ev = store.getState().data?.byId.get(eventId);
      if (!ev) return null;
      const p = map.project(ev.place.point);
      return [p.x, p.y];
    },
    camera,
    renderedEventIds,
    badgeBoxes,
    renderedTowns,
    idle: () => eventsDrawn() && map.loaded() && !map.isMoving() && map.areTilesLoaded(),
    pixels: (points) => readPixels(map, points),
  };
}

/**
 * Read the canvas's WebGL context (the DOM hands back the one MapLibre created) in the frame's
 * own render event, before the browser presents it, so no preserved drawing buffer is needed
 * and the app draws as it does for everyone.
 */
function readPixels(map: MapLibreMap, points: Array<[number, number]>): Promise<Array<[number, number, number, number]>> {
  return new Promise((resolve, reject) => {
    map.once('render', () => {
      const canvas = map.getCanvas();
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      if (!gl) return reject(new Error('the map canvas has no WebGL context'));
      const ratio = map.getPixelRatio();
      const out = new Uint8Array(4);
      resolve(
        points.map(([x, y]) => {
          gl.readPixels(Math.round(x * ratio), gl.drawingBufferHeight - 1 - Math.round(y * ratio), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, out);
          return [out[0]!, out[1]!, out[2]!, out[3]!];
        }),
      );
    });
    map.triggerRepaint();
  });
}
