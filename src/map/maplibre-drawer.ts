/**
 * Events drawn by MapLibre's own layers (layers.ts), for data sets below GPU_THRESHOLD: one
 * GeoJSON source of markers and one of arcs, filtered by two `global-state` numbers, with
 * selection and hover as feature-state, plus the per-place badges and areas of the window.
 * The benchmark's baseline build does more at each step (drawer-variant.ts).
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasEvent } from '../domain/atlas-event';
import type { DayWindow } from '../domain/selectors';
import type { DrawerVariant } from './drawer-variant';
import type { EventDrawer } from './event-drawer';
import { GLOBAL_STATE, INTERACTIVE_LAYERS, SOURCE } from './layers';
import { arcFeatures, eventFeatures } from './map-data';
import { setFeatures } from './feature-source';
import type { PlaceOverlays } from './place-overlays';

export class MapLibreDrawer implements EventDrawer {
  /** Feature ids (event indexes) whose feature-state is set. */
  private selected: number | null = null;
  private hovered: number | null = null;

  constructor(
    private readonly map: MapLibreMap,
    private readonly places: PlaceOverlays,
    private readonly variant: DrawerVariant,
  ) {}

  setEvents(events: readonly AtlasEvent[]): void {
    setFeatures(this.source(SOURCE.events), eventFeatures(events));
    setFeatures(this.source(SOURCE.arcs), arcFeatures(events));
    // New sources have no feature-state.
    this.selected = this.hovered = null;
  }

  setDateWindow(dateWindow: DayWindow, visible: () => readonly AtlasEvent[]): void {
    this.map.setGlobalStateProperty(GLOBAL_STATE.winStart, dateWindow.start);
    this.map.setGlobalStateProperty(GLOBAL_STATE.winEnd, dateWindow.end);
    const events = visible();
    this.variant.step?.(this.map, events);
    this.places.showVisible(events);
  }

  setFocus(selected: AtlasEvent | null, hovered: AtlasEvent | null): void {
    this.selected = this.swap(this.selected, selected?.index ?? null, 'selected');
    this.hovered = this.swap(this.hovered, hovered?.index ?? null, 'hover');
  }

  eventsAt(point: { x: number; y: number }, tolerance: number): string[] {
    const t = tolerance;
    const hits = this.map.queryRenderedFeatures(
      [
        [point.x - t, point.y - t],
        [point.x + t, point.y + t],
      ],
      { layers: [...INTERACTIVE_LAYERS] },
    );
    return [...new Set(hits.map((f) => String(f.properties.eid)))];
  }

  renderedIds(): string[] {
    const hits = this.map.queryRenderedFeatures({ layers: [...INTERACTIVE_LAYERS] });
    return [...new Set(hits.map((f) => String(f.properties.eid)))].sort();
  }

  /** Move a boolean feature-state from one event (markers and arcs) to another. */
  private swap(from: number | null, to: number | null, key: string): number | null {
    if (from === to) return to;
    if (from !== null) this.setState(from, { [key]: false });
    if (to !== null) this.setState(to, { [key]: true });
    return to;
  }

  private setState(id: number, state: Record<string, boolean>): void {
    this.map.setFeatureState({ source: SOURCE.events, id }, state);
    this.map.setFeatureState({ source: SOURCE.arcs, id }, state);
  }

  private source(id: string): GeoJSONSource {
    return this.map.getSource(id) as GeoJSONSource;
  }
}
