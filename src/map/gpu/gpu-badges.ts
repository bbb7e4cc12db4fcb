/**
 * The count badges of a large data set: the small path's groups (clusters.ts, the same radius
 * and quarter-zoom steps) and look, drawn by our own layer (badges-layer.ts) instead of a
 * MapLibre source. A slider step counts the window's events per place from the marker batch
 * (window-counts.ts), regroups them and hands the layer a few hundred badges' quads.
 *
 * None while the density view stands for the markers (density.ts): its colours already say how
 * many events are where, and badges grouped by another rule would read as other counts.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasEvent } from '../../domain/atlas-event';
import { badgeLabel, clusterPlaces, type Cluster, type PlaceCount } from '../clusters';
import { BADGE_RADIUS_PX, badgeZoomStep, groupOf, type BadgeBox, type BadgeGroup, type BadgeLayer } from '../count-badges';
import type { Batch } from './batches';
import { badgeInstances, layoutBadge, loadGlyphAtlas, type BadgeLayout, type GlyphMetrics } from './badge-glyphs';
import { BadgesLayer, canvasRatio } from './badges-layer';
import { countWindow, type ItemPlaces } from './window-counts';
import { densityShown } from './density';

const BADGES_LAYER_ID = 'atlas-gpu-badges';
/** Pixels around a badge that still count as hitting it (as the small path's query box). */
const HIT_TOLERANCE = 2;

/** A badge drawn now: its group, label and pill box from the group's point. */
interface Shown {
  cluster: Cluster;
  label: string;
  box: [number, number, number, number];
}

export class GpuBadges implements BadgeLayer {
  private readonly layer = new BadgesLayer(BADGES_LAYER_ID);
  private markers: Batch | null = null;
  private itemPlaces: ItemPlaces | null = null;
  private dateWindow: [number, number] = [0, -1];
  private visible: () => readonly AtlasEvent[] = () => [];
  private counts: PlaceCount[] = [];
  private shown: Shown[] = [];
  private zoomStep = NaN;
  private glyphs: GlyphMetrics | null = null;
  /** The pixel ratio of the atlas being drawn or drawn last, so a scrub asks for it once. */
  private glyphsRatio = NaN;
  /** Layouts by label: most badges of a step share a few short labels. */
  private readonly layouts = new Map<string, BadgeLayout>();
  private destroyed = false;
  /** Below this zoom the density shows instead of markers and badges (density-switch.ts). */
  private switchZoom = 0;
  private hidden = false;
  private readonly onZoom = () => {
    const zoom = this.map.getZoom();
    if (densityShown(zoom, this.switchZoom) !== this.hidden) this.recount();
    else if (badgeZoomStep(zoom) !== this.zoomStep) this.regroup();
  };

  /** Adds the layer on top of the map's layers, so badges stay readable over names. */
  constructor(private readonly map: MapLibreMap) {
    map.addLayer(this.layer);
    map.on('zoom', this.onZoom);
    this.loadGlyphs(canvasRatio(map));
  }

  /** New events drawn: their marker batch, the place of each of its items, and the zoom their markers show from. */
  setData(markers: Batch, itemPlaces: ItemPlaces, switchZoom = 0): void {
    this.markers = markers;
    this.itemPlaces = itemPlaces;
    this.switchZoom = switchZoom;
    this.recount();
  }

  /** A slider step. `visible` lists the window's events in time order, for a click on a badge. */
  setWindow(from: number, to: number, visible: () => readonly AtlasEvent[]): void {
    this.dateWindow = [from, to];
    this.visible = visible;
    this.recount();
  }

  /** Whether the badges of the data and window handed over are drawn (not waiting for the font). */
  get ready(): boolean {
    return this.glyphs !== null || this.markers === null;
  }

  eventsAt(point: { x: number; y: number }): BadgeGroup | null {
    const t = HIT_TOLERANCE;
    const refLng = this.map.unproject([point.x, point.y]).lng;
    for (const s of this.shown) {
      const [l, top, r, b] = this.boxAt(s, refLng);
      if (point.x >= l - t && point.x <= r + t && point.y >= top - t && point.y <= b + t) return groupOf(s.cluster, this.visible());
    }
    return null;
  }

  /** The pill boxes of the badges in view, where the layer draws them (the copy nearest the centre). */
  boxes(): BadgeBox[] {
    const { clientWidth: w, clientHeight: h } = this.map.getContainer();
    const refLng = this.map.getCenter().lng;
    const out: BadgeBox[] = [];
    for (const s of this.shown) {
      const box = this.boxAt(s, refLng);
      if (box[2] > 0 && box[0] < w && box[3] > 0 && box[1] < h) out.push({ label: s.label, n: s.cluster.n, box });
    }
    return out;
  }

  destroy(): void {
    this.destroyed = true;
    this.map.off('zoom', this.onZoom);
    if (this.map.getLayer(BADGES_LAYER_ID)) this.map.removeLayer(BADGES_LAYER_ID);
  }

  /** Draw the glyphs for a pixel ratio (again when the page's zoom or screen changes it). */
  private loadGlyphs(ratio: number): void {
    if (ratio === this.glyphsRatio) return;
    this.glyphsRatio = ratio;
    void loadGlyphAtlas(ratio).then((atlas) => {
      if (this.destroyed || ratio !== canvasRatio(this.map)) return;
      this.glyphs = atlas;
      this.layouts.clear();
      this.layer.setAtlas(atlas);
      this.regroup();
    });
  }

  /** Count the window's events per place, unless the density shows: then a step counts nothing. */
  private recount(): void {
    this.hidden = densityShown(this.map.getZoom(), this.switchZoom);
    const [from, to] = this.dateWindow;
    this.counts = !this.hidden && this.markers && this.itemPlaces && from <= to ? countWindow(this.markers, this.itemPlaces, from, to) : [];
    this.regroup();
  }

  /** Group at the zoom's quarter step and hand the layer the groups of two or more events. */
  private regroup(): void {
    this.zoomStep = badgeZoomStep(this.map.getZoom());
    const glyphs = this.glyphs;
    if (!glyphs) return;
    // Texels one to one on device pixels need an atlas drawn at the current ratio.
    const ratio = canvasRatio(this.map);
    if (glyphs.ratio !== ratio) this.loadGlyphs(ratio);
    this.shown = [];
    const layouts: BadgeLayout[] = [];
    for (const cluster of clusterPlaces(this.counts, this.zoomStep, BADGE_RADIUS_PX)) {
      if (cluster.n < 2) continue;
      const label = badgeLabel(cluster.n);
      let layout = this.layouts.get(label);
      if (!layout) this.layouts.set(label, (layout = layoutBadge(label, glyphs)));
      this.shown.push({ cluster, label, box: layout.box });
      layouts.push(layout);
    }
    this.layer.setInstances(badgeInstances(this.shown.map((s) => s.cluster.point), layouts));
  }

  /** A badge's box on the canvas, for its world copy nearest `refLng`. */
  private boxAt(s: Shown, refLng: number): [number, number, number, number] {
    const [lng, lat] = s.cluster.point;
    const p = this.map.project([lng + 360 * Math.round((refLng - lng) / 360), lat]);
    return [p.x + s.box[0], p.y + s.box[1], p.x + s.box[2], p.y + s.box[3]];
  }
}
