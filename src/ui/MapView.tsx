/**
 * A thin React shell around the map controller: created once on mount,
 * destroyed in the effect cleanup, which StrictMode exercises by mounting twice.
 */
import { useEffect, useRef } from 'react';
import type { BadgeBox } from '../map/count-badges';
import { MapController } from '../map/map-controller';
import { useAtlasStore } from './atlas-context';
import type { Camera } from '../state/url-state';

/** What automation (the end-to-end tests, the benchmark) may ask of the running map. */
export interface AtlasTestHook {
  /** Screen position of an event's marker within the map canvas. */
  project(eventId: string): [number, number] | null;
  /** Where the map is now. */
  camera(): Camera;
  /** Ids of the events drawn in the viewport. */
  renderedEventIds(): string[];
  /** Screen boxes of the count badges drawn now, within the map canvas. */
  badgeBoxes(): BadgeBox[];
  /** Names of the basemap's towns drawn in the viewport. */
  renderedTowns(): string[];
  /** True when the map has loaded and has nothing left to draw. */
  idle(): boolean;
  /** RGBA of the drawn map at points within the canvas (CSS pixels), read after a fresh frame. */
  pixels(points: Array<[number, number]>): Promise<Array<[number, number, number, number]>>;
}

declare global {
  interface Window {
    __atlas?: AtlasTestHook;
  }
}

export function MapView() {
  const store = useAtlasStore();
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const controller = new MapController(container.current!, store);
    window.__atlas = {
      project: (id) => controller.project(id),
      renderedEventIds: () => controller.renderedEventIds(),
      badgeBoxes: () => controller.badgeBoxes(),
      renderedTowns: () => controller.renderedTowns(),
      camera: () => controller.camera(),
      idle: () => controller.settled() && controller.map.loaded() && !controller.map.isMoving() && controller.map.areTilesLoaded(),
      pixels: (points) => controller.readPixels(points),
    };
    return () => {
      delete window.__atlas;
      controller.destroy();
    };
  }, [store]);

  return (
    <div
      ref={container}
      className="map"
      data-testid="map"
      role="region"
      aria-label="Map of events. Every event on it is also in the event list."
    />
  );
}
