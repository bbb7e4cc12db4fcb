/**
 * The per-place overlays under the event markers of a small data set: each place's area
 * (radius or polygon) and its name. Areas are switched on and off with feature-state, so a
 * slider step touches only the places whose state changed. The count badges are
 * count-badges.ts, for both drawers.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasEvent } from '../domain/atlas-event';
import type { Place } from '../domain/types';
import { LAYER, PLACE_LABEL_MINZOOM, SOURCE } from './layers';
import { areaFeatures, placeLabelFeatures } from './map-data';
import { setFeatures } from './feature-source';

export class PlaceOverlays {
  private places: readonly Place[] = [];
  private index = new Map<string, number>();
  private active = new Set<number>();
  private focused: number | null = null;
  /** Whether the area source holds only the focused place's area (a large data set's). */
  private focusOnly = false;

  constructor(private readonly map: MapLibreMap) {}

  /**
   * A new data set's places. `large` (a data set drawn by the GPU layer, whose window areas
   * are not drawn) keeps only the selected or hovered event's area in the source: thousands of
   * areas MapLibre would tile and never show cost seconds of its worker on a load; its names
   * show from a closer zoom (PLACE_LABEL_MINZOOM). The same
   * places again (the map was given a large data set's places from the load worker's header,
   * while its events were on their way) change nothing: their names are laid out already.
   */
  setPlaces(places: readonly Place[], large = false): void {
    const same = large === this.focusOnly && places.length === this.places.length && places.every((p, i) => p === this.places[i]);
    if (same) return;
    this.places = places;
    this.index = new Map(places.map((p, i) => [p.id, i]));
    this.active.clear();
    this.focused = null;
    this.focusOnly = large;
    setFeatures(this.source(SOURCE.areas), areaFeatures(large ? [] : places));
    setFeatures(this.source(SOURCE.places), placeLabelFeatures(places));
    this.map.setLayerZoomRange(LAYER.placeLabels, large ? PLACE_LABEL_MINZOOM.large : PLACE_LABEL_MINZOOM.small, 24);
  }

  /** Faint areas for the places of the events in the window. */
  showVisible(visible: readonly AtlasEvent[]): void {
    if (this.focusOnly) return;
    const active = new Set<number>();
    for (const ev of visible) {
      const i = this.index.get(ev.place.id);
      if (i !== undefined) active.add(i);
    }
    for (const i of this.active) if (!active.has(i)) this.setState(i, { active: false });
    for (const i of active) if (!this.active.has(i)) this.setState(i, { active: true });
    this.active = active;
  }

  /** The selected or hovered event's place is drawn stronger (broad areas only then). */
  focus(place: Place | null): void {
    const index = place ? (this.index.get(place.id) ?? null) : null;
    if (this.focused === index) return;
    if (this.focusOnly) {
      // The one area in the source, under the feature id it would have among all.
      const focused = index === null ? [] : areaFeatures([this.places[index]!]).features.map((f) => ({ ...f, id: index }));
      setFeatures(this.source(SOURCE.areas), { type: 'FeatureCollection', features: focused });
    }
    if (this.focused !== null) this.setState(this.focused, { focus: false });
    if (index !== null) this.setState(index, { focus: true });
    this.focused = index;
  }

  private source(id: string): GeoJSONSource {
    return this.map.getSource(id) as GeoJSONSource;
  }

  private setState(id: number, state: Record<string, boolean>): void {
    this.map.setFeatureState({ source: SOURCE.areas, id }, state);
  }
}
