/**
 * The "×N" badges of the window's events: one per group of nearby places (clusters.ts),
 * regrouped when the window's events change or the zoom crosses a quarter step. Below
 * GPU_THRESHOLD events a MapLibre symbol layer draws them (CountBadges): a slider step
 * rebuilds only its small source, one point per badge. The large-data path draws the same
 * groups with the same layout in its own WebGL layer (gpu/gpu-badges.ts), since that source's
 * update kept the map from idling for 150-200 ms per step at 100,000 events.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasEvent } from '../domain/atlas-event';
import { badgeLabel, clusterPlaces, countByPlace, type Cluster, type PlaceCount } from './clusters';
import { BADGE, LAYER, SOURCE } from './layers';
import { setFeatures } from './feature-source';

/** Seeds further apart than this never have overlapping badges (a 6-character badge is ~46 px wide). */
export const BADGE_RADIUS_PX = 56;
/** Regroup at quarter zooms: groups made at zoom z stay apart at every zoom above it. */
const ZOOM_STEP = 0.25;

/** The places a badge groups and their events in the window, in time order. */
export interface BadgeGroup {
  ids: string[];
  places: string[];
}

/** The count badges drawn now, whichever drawer draws them: what a click and automation ask. */
export interface BadgeLayer {
  /** The group whose badge is under a canvas point; null if none. */
  eventsAt(point: { x: number; y: number }): BadgeGroup | null;
  /** Screen boxes of the badges drawn now. */
  boxes(): BadgeBox[];
}

/** The quarter zoom step a zoom falls in: badges are grouped at it. */
export const badgeZoomStep = (zoom: number): number => Math.floor(zoom / ZOOM_STEP) * ZOOM_STEP;

/**
 * The pill's box around a label `textWidth` pixels wide, from its group's point: [left, top,
 * right, bottom] in CSS pixels, up and right of the marker.
 */
export function badgeRect(textWidth: number): [number, number, number, number] {
  const [ox, oy] = BADGE.offsetPx;
  const [padY, padX] = BADGE.paddingPx;
  const left = ox - padX;
  const bottom = oy + padY;
  return [left, bottom - (BADGE.fontPx * BADGE.lineHeight + 2 * padY), left + textWidth + 2 * padX, bottom];
}

/** A group's events among the window's (which are in time order already). */
export function groupOf(cluster: Cluster, visible: readonly AtlasEvent[]): BadgeGroup {
  const places = new Set(cluster.places);
  return { ids: visible.filter((e) => places.has(e.place.id)).map((e) => e.id), places: cluster.places };
}

export interface BadgeBox {
  label: string;
  /** Events in the group. */
  n: number;
  /** [left, top, right, bottom] in canvas CSS pixels. */
  box: [number, number, number, number];
}

export class CountBadges implements BadgeLayer {
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
    if (badgeZoomStep(this.map.getZoom()) !== this.zoomStep) this.regroup();
  }

  /** Events of the group whose badge is under a canvas point, in time order; null if none. */
  eventsAt(point: { x: number; y: number }): BadgeGroup | null {
    const t = 2;
    const hit = this.map.queryRenderedFeatures(
      [
        [point.x - t, point.y - t],
        [point.x + t, point.y + t],
      ],
      { layers: [LAYER.stacks] },
    )[0];
    const cluster = hit ? this.clusters[Number(hit.properties.c)] : undefined;
    return cluster ? groupOf(cluster, this.visible) : null;
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
      const [l, t, r, b] = badgeRect(this.textWidth(label));
      out.push({ label, n: cluster.n, box: [p.x + l, p.y + t, p.x + r, p.y + b] });
    }
    return out;
  }

  private regroup(): void {
    this.zoomStep = badgeZoomStep(this.map.getZoom());
    this.clusters = clusterPlaces(this.counts, this.zoomStep, BADGE_RADIUS_PX);
    const features: GeoJSON.Feature<GeoJSON.Point>[] = [];
    this.clusters.forEach((c, i) => {
      if (c.n > 1) {
        features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: c.point }, properties: { c: i, label: badgeLabel(c.n) } });
      }
    });
    setFeatures(this.map.getSource<GeoJSONSource>(SOURCE.stacks), { type: 'FeatureCollection', features });
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
  const { radiusPx, insetPx, strokePx, fill, fillOpacity, stroke } = BADGE.pill;
  const r = radiusPx * ratio;
  const inset = insetPx * ratio;
  ctx.beginPath();
  ctx.roundRect(inset, inset, size - 2 * inset, size - 2 * inset, r);
  ctx.fillStyle = fill;
  ctx.globalAlpha = fillOpacity;
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.lineWidth = strokePx * ratio;
  ctx.strokeStyle = stroke;
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
