/**
 * How the map moves itself: to a data set's first view, to a link's camera or to bounds the
 * app asks for, to every event ("Show all events") and to a clicked group; and where it is
 * now. Fits keep the markers clear of the map's edges and of the app's overlays, and animate
 * unless the reader prefers reduced motion. The map controller owns one.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Camera } from '../domain/camera';
import { FIRST_VIEW_MAX_ZOOM, type Bounds } from '../domain/first-view';
import type { AtlasStore, CameraRequest } from '../state/store';

/** The closest "Show all events" and a request without its own limit go. */
const SHOW_ALL_MAX_ZOOM = 6;
const REQUEST_MAX_ZOOM = 8;
const GROUP_MAX_ZOOM = 9;
const FLIGHT_MS = 600;

export class MapCamera {
  /** The last camera request applied: each is applied once. */
  private lastSeq: number;

  constructor(
    private readonly map: MapLibreMap,
    private readonly store: AtlasStore,
  ) {
    this.lastSeq = store.getState().cameraRequest?.seq ?? 0;
  }

  /** Where the map is now. */
  now(): Camera {
    const c = this.map.getCenter();
    return { center: [c.lng, c.lat], zoom: this.map.getZoom(), bearing: this.map.getBearing(), pitch: this.map.getPitch() };
  }

  /**
   * A data set's first view, at once (it is where the map opens, not a flight); nothing when
   * the map is there already (a large data set's view, fitted from the load's header): even a
   * jump to where it is draws a frame.
   */
  fitFirstView(bounds: Bounds | null): void {
    const options = { padding: this.padding(), maxZoom: FIRST_VIEW_MAX_ZOOM };
    if (bounds && !this.isAt(bounds, options)) this.map.fitBounds(bounds, { ...options, duration: 0 });
  }

  /** Every event, outliers and areas included. */
  showAll(bounds: Bounds | null): void {
    if (bounds) this.map.fitBounds(bounds, { padding: this.padding(), duration: this.flightMs(), maxZoom: SHOW_ALL_MAX_ZOOM });
  }

  /** The places of a clicked group, close in, with room around them. */
  showGroup(bounds: Bounds | null): void {
    if (!bounds) return;
    const padding = Math.min(120, Math.round(this.map.getContainer().clientWidth / 5));
    this.map.fitBounds(bounds, { padding, maxZoom: GROUP_MAX_ZOOM, duration: this.flightMs() });
  }

  /** Closer in, keeping `point` where it is on the screen (as a double click does): a click on the density. */
  zoomInto(point: [number, number], zoom: number): void {
    this.map.easeTo({ zoom, around: point, duration: this.flightMs() });
  }

  /** A request from the app (a link's camera, an event's area, a new data set's first view), once. */
  apply(req: CameraRequest | null): void {
    if (!req || req.seq <= this.lastSeq) return;
    this.lastSeq = req.seq;
    if (req.kind === 'camera') {
      const { center, zoom, bearing, pitch } = req.camera;
      this.map.jumpTo({ center, zoom, bearing, pitch });
      return;
    }
    const options = { padding: this.padding(), maxZoom: req.maxZoom ?? REQUEST_MAX_ZOOM };
    // Already there (a new data set's first view, fitted while it loaded): no needless flight.
    if (this.isAt(req.bounds, options)) return;
    this.map.fitBounds(req.bounds, { ...options, duration: this.flightMs() });
  }

  /** Whether a fit to `bounds` would leave the map where it is, to the pixel. */
  private isAt(bounds: Bounds, options: { padding: ReturnType<MapCamera['padding']>; maxZoom: number }): boolean {
    const target = this.map.cameraForBounds(bounds, options);
    const here = this.map.project(this.map.getCenter());
    const there = target?.center ? this.map.project(target.center) : null;
    return !!there && Math.abs((target!.zoom ?? NaN) - this.map.getZoom()) < 0.01 && Math.hypot(there.x - here.x, there.y - here.y) < 1;
  }

  /**
   * Room for the markers at the edges, and for their badges (up and right of them); less on a
   * phone; and none of the fit under the app's overlays (the legend).
   */
  private padding(): { top: number; bottom: number; left: number; right: number } {
    const p = Math.min(40, Math.round(this.map.getContainer().clientWidth / 16));
    const inset = this.store.getState().mapInsets;
    return { top: p + 16 + inset.top, bottom: p + inset.bottom, left: p + inset.left, right: p + 24 + inset.right };
  }

  private flightMs(): number {
    return (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false) ? 0 : FLIGHT_MS;
  }
}
