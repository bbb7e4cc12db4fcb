/**
 * What a click and the pointer do on the map: a marker opens its event, a badge lists its
 * events (and zooms in on the places it groups), a click on a large data set's density zooms in
 * towards its markers, and hovering marks the event under the pointer. The map controller owns
 * one and tells it, through `PointerTargets`, who draws the events now.
 */
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { AtlasStore } from '../state/store';
import { groupBounds } from './clusters';
import type { BadgeLayer } from './count-badges';
import type { EventDrawer } from './event-drawer';
import type { GpuDrawer } from './gpu/gpu-drawer';
import type { MapCamera } from './map-camera';

/** Pixels around a click that still count as hitting a marker (fingers are wide). */
const HIT_TOLERANCE = 6;

/** Who draws what now: the controller's answer changes as a data set comes and goes. */
export interface PointerTargets {
  drawer(): EventDrawer | null;
  /** The GPU layer, when it is the drawer: its density view answers clicks of its own. */
  density(): GpuDrawer | null;
  badges(): BadgeLayer;
}

export class MapPointer {
  constructor(
    private readonly map: MapLibreMap,
    private readonly store: AtlasStore,
    private readonly view: MapCamera,
    private readonly targets: PointerTargets,
  ) {
    map.on('click', (e) => this.onClick(e));
    map.on('mousemove', (e) => this.onMouseMove(e));
    map.getCanvas().addEventListener('mouseleave', () => this.store.getState().hover(null));
  }

  /** Event ids under a point, nearest marker first. */
  eventsAt(point: { x: number; y: number }): string[] {
    return this.targets.drawer()?.eventsAt(point, HIT_TOLERANCE) ?? [];
  }

  private onClick(e: MapMouseEvent): void {
    // Zoomed out on a large data set: a click on the density zooms in towards it, to its markers.
    const zoom = this.targets.density()?.densityZoomAt(e.point);
    if (zoom != null) return this.view.zoomInto([e.lngLat.lng, e.lngLat.lat], zoom);
    const group = this.targets.badges().eventsAt(e.point);
    if (!group) return this.pick(this.eventsAt(e.point));
    // A badge: its events in time order, and, when it groups several places, zoom in on them.
    this.pick(group.ids);
    this.view.showGroup(groupBounds(group.places, this.store.getState().data?.places));
  }

  /** One event under the pointer opens it; several list in time order; none clears. */
  private pick(ids: string[]): void {
    const s = this.store.getState();
    if (ids.length === 1) s.select(ids[0]!);
    else if (ids.length > 1) s.showStack(ids);
    else if (s.selectedId !== null || s.stack !== null) {
      s.select(null);
      s.showStack(null);
    }
  }

  private onMouseMove(e: MapMouseEvent): void {
    const ids = this.eventsAt(e.point);
    const density = this.targets.density()?.densityZoomAt(e.point) != null;
    this.map.getCanvas().style.cursor = density ? 'zoom-in' : ids.length > 0 || this.targets.badges().eventsAt(e.point) ? 'pointer' : '';
    this.store.getState().hover(ids[0] ?? null);
  }
}
