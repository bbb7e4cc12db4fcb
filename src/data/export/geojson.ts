/**
 * The view as GeoJSON in our own schema: the events as `events.geojson` stores them, with the
 * places and sources they use carried in a foreign member (`atlas`, allowed by RFC 7946
 * §6.1), so the one file opens again in the atlas and passes the same validator.
 */
import type { AtlasData, AtlasEvent } from '../../domain/atlas-event';
import type { Place, Source } from '../../domain/types';
import { toEventFeature } from './to-feature';
import type { ExportView } from './view';

/** Marks a FeatureCollection as an Event Atlas export, and its layout's version. */
export const EXPORT_FORMAT = 'event-atlas-export';
export const EXPORT_FORMAT_VERSION = 1;

export interface ExportMember {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  view: ExportView;
  places: Place[];
  sources: Source[];
}

/** The places and sources the events use, each once, in first-use order. */
export function usedReferences(data: AtlasData, events: readonly AtlasEvent[]): { places: Place[]; sources: Source[] } {
  const places = new Map<string, Place>();
  const sources = new Map<string, Source>();
  for (const e of events) {
    places.set(e.place.id, e.place);
    if (e.origin) places.set(e.origin.id, e.origin);
    for (const file of e.sourceFiles) {
      const source = data.sources.get(file);
      if (source) sources.set(file, source);
    }
  }
  return { places: [...places.values()], sources: [...sources.values()] };
}

export function toGeoJson(data: AtlasData, events: readonly AtlasEvent[], view: ExportView): string {
  const atlas: ExportMember = { format: EXPORT_FORMAT, formatVersion: EXPORT_FORMAT_VERSION, view, ...usedReferences(data, events) };
  return JSON.stringify({ type: 'FeatureCollection', atlas, features: events.map(toEventFeature) }, null, 1);
}
