/**
 * A thin React shell around the map controller: created once on mount,
 * destroyed in the effect cleanup, which StrictMode exercises by mounting twice.
 */
import { useEffect, useRef } from 'react';
import { MapController } from '../map/map-controller';
import { useAtlasStore } from './atlas-context';

export function MapView() {
  const store = useAtlasStore();
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const controller = new MapController(container.current!, store);
    return () => controller.destroy();
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
