/**
 * The `pmtiles` package, behind one dynamic import (online-basemap.ts): its own chunk, loaded
 * only when a reader chose an online basemap that needs it.
 */
import * as maplibregl from 'maplibre-gl';
import { PMTiles, Protocol, TileType } from 'pmtiles';

export { PMTiles, TileType };

/** Register `pmtiles://` with MapLibre. */
export function addPmtilesProtocol(): void {
  const protocol = new Protocol();
  // pmtiles types its TileJSON answer as `unknown`; MapLibre's type names what it accepts.
  maplibregl.addProtocol('pmtiles', protocol.tilev4 as maplibregl.AddProtocolAction);
}
