/**
 * A thin React shell around the map controller: created once on mount (once a load worker
 * asked for meanwhile has started), destroyed in the effect cleanup, which StrictMode
 * exercises by mounting twice.
 */
import { useEffect, useRef } from 'react';
import { MapController } from '../map/map-controller';
import { loadWorkerStarted } from '../data/worker-load';
import { useAtlasStore } from './atlas-context';

/**
 * How long the map waits for a load worker to start before setting itself up anyway. Its
 * set-up holds the page's main thread for a second or more on two cores, and the worker cannot
 * start meanwhile; the map waits for it (50 ms on a quiet machine), not for a slow network.
 */
const WORKER_START_WAIT_MS = 1000;

export function MapView() {
  const store = useAtlasStore();
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let controller: MapController | null = null;
    let gone = false;
    const wait = new Promise<void>((resolve) => setTimeout(resolve, WORKER_START_WAIT_MS));
    void Promise.race([loadWorkerStarted(), wait]).then(() => {
      if (!gone) controller = new MapController(container.current!, store);
    });
    return () => {
      gone = true;
      controller?.destroy();
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
