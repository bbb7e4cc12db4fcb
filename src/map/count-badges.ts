/**
 * The "×N" badges of the window's events, for both drawers: one per group of nearby places
 * (clusters.ts), regrouped when the window's events change or the zoom crosses a quarter step.
 * A slider step rebuilds only this small source: one point per badge, a few hundred at most,
 * whatever the number of events.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasEvent } from '../domain/atlas-event';
import { badgeLabel, clusterPlaces, countByPlace, type Cluster, type PlaceCount } from './clusters';
import { BADGE, LAYER, SOURCE } from './layers';

/** Seeds further apart than this never have overlapping badges (a 6-character badge is ~46 px wide). */
export const BADGE_RADIUS_PX = 56;
/** Regroup at quarter zooms: groups made at zoom z stay apart at every zoom above it. */
const ZOOM_STEP = 0.25;

export interface BadgeBox {
  label: string;
  /** Events in the group. */
  n: number;
  /** [left, top, right, bottom] in canvas CSS pixels. */
  box: [number, number, number, number];
}

export class CountBadges {
  private counts: PlaceCount[] = [];
  private visible: readonly AtlasEvent[] = [];
  private clusters: Cluster[] = [];
  private zoomStep = NaN;
  private measure: CanvasRenderingContext2D | null = null;

  constructor(private readonly map: MapLibreMap) {}

  /** The window's events (a slider step, or new events). */
  update(visible: readonly AtlasEvent[]): void {
    this.visible = visible;
    this.counts = countByPlace(visible);
    this.regroup();
  }

  /** The zoom moved: regroup only when it crossed a quarter step. */
  zoomed(): void {
    if (Math.floor(this.map.getZoom() / ZOOM_STEP) * ZOOM_STEP !== this.zoomStep) this.regroup();
  }

  /** Events of the group whose badge is under a canvas point, in time order; null if none. */
  eventsAt(point: { x: number; y: number }): { ids: string[]; places: string[] } | null {
    const t = 2;
    const hit = this.map.queryRenderedFeatures(
      [
        [point.x - t, point.y - t],
        [point.x + t, point.y + t],
      ],
      { layers: [LAYER.stacks] },
    )[0];
    const cluster = hit ? this.clusters[Number(hit.properties.c)] : undefined;
    if (!cluster) return null;
    const places = new Set(cluster.places);
    // The window's events are in time order already.
    return { ids: this.visible.filter((e) => places.has(e.place.id)).map((e) => e.id), places: cluster.places };
  }

  /** Screen boxes of the badges drawn now, from the rendered features and the badge's layout. */
  boxes(): BadgeBox[] {
    const features = this.map.queryRenderedFeatures({ layers: [LAYER.stacks] });
    const seen = new Set<number>();
    const out: BadgeBox[] = [];
    for (const f of features) {
      const c = Number(f.properties.c);
      if (seen.has(c)) continue;
      seen.add(c);
      const cluster = this.clusters[c];
      if (!cluster) continue;
      const label = badgeLabel(cluster.n);
      const p = this.map.project(cluster.point);
      const [ox, oy] = BADGE.offsetPx;
      const [padY, padX] = BADGE.paddingPx;
      const left = p.x + ox - padX;
      const bottom = p.y + oy + padY;
      const width = this.textWidth(label) + 2 * padX;
      const height = BADGE.fontPx * 1.2 + 2 * padY;
      out.push({ label, n: cluster.n, box: [left, bottom - height, left + width, bottom] });
    }
    return out;
  }

  private regroup(): void {
    this.zoomStep = Math.floor(this.map.getZoom() / ZOOM_STEP) * ZOOM_STEP;
    this.clusters = clusterPlaces(this.counts, this.zoomStep, BADGE_RADIUS_PX);
    const features: GeoJSON.Feature<GeoJSON.Point>[] = [];
    this.clusters.forEach((c, i) => {
      if (c.n > 1) {
        features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: c.point }, properties: { c: i, label: badgeLabel(c.n) } });
      }
    });
    (this.map.getSource(SOURCE.stacks) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features });
  }

  private textWidth(text: string): number {
    this.measure ??= document.createElement('canvas').getContext('2d');
    if (!this.measure) return text.length * BADGE.fontPx * 0.62;
    this.measure.font = `600 ${BADGE.fontPx}px "Noto Sans", sans-serif`;
    return this.measure.measureText(text).width;
  }
}

/** The badge's pill, drawn once: a 9-slice image MapLibre stretches around the text. */
export function addBadgeImage(map: MapLibreMap): void {
  if (map.hasImage(BADGE.image)) return;
  const ratio = 2;
  const size = 16 * ratio;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  // Read back at once: a canvas kept on the CPU, not one whose pixels must come back from the
  // GPU (a wait of hundreds of milliseconds at start-up where the GPU is emulated).
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return;
  const r = 6 * ratio;
  const inset = 0.75 * ratio;
  ctx.beginPath();
  ctx.roundRect(inset, inset, size - 2 * inset, size - 2 * inset, r);
  ctx.fillStyle = 'rgba(255, 255, 255, 0.96)';
  ctx.fill();
  ctx.lineWidth = 1.25 * ratio;
  ctx.strokeStyle = '#3b4650';
  ctx.stroke();
  // Corners keep their shape; the middle stretches. The text (plus the layer's padding) fills
  // the whole image, so the pill's box is the text box plus that padding.
  const mid: [number, number] = [r + inset, size - r - inset];
  map.addImage(BADGE.image, ctx.getImageData(0, 0, size, size), {
    pixelRatio: ratio,
    stretchX: [mid],
    stretchY: [mid],
    content: [0, 0, size, size],
  });
}
