/**
 * The event layers for large data sets, drawn by deck.gl inside the MapLibre map and
 * filtered by time on the GPU (DataFilterExtension): a slider step changes two uniforms and
 * uploads nothing. Lazy-loaded by the map controller only for data sets above
 * GPU_THRESHOLD, so the first view of a small data set never pays for deck.gl.
 *
 * Why: with MapLibre's own layers every step re-filters and re-uploads each tile's buffers;
 * `npm run bench` measured seconds per step at 100,000 events on this CPU-only machine.
 */
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { ArcLayer, ScatterplotLayer } from '@deck.gl/layers';
import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasEvent } from '../domain/atlas-event';
import { CATEGORY_STYLE } from './categories';

type Rgba = [number, number, number, number];

const rgb = (hex: string): Rgba => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
  255,
];

const translucent = (hex: string): Rgba => [...rgb(hex).slice(0, 3), 90] as Rgba;

/**
 * deck.gl's binary data: columns, no object per event. Built once per data or filter
 * change and kept by identity, since a new data object makes deck.gl upload it again.
 */
interface Columns {
  length: number;
  attributes: {
    getPosition: { value: Float32Array; size: 2 };
    getFillColor: { value: Uint8Array; size: 4 };
    /** [start, end] day numbers per event; float32 holds them exactly. */
    getFilterValue: { value: Float32Array; size: 2 };
  };
}

function columns(events: readonly AtlasEvent[]): Columns {
  const n = events.length;
  const positions = new Float32Array(n * 2);
  const colors = new Uint8Array(n * 4);
  const times = new Float32Array(n * 2);
  const palette = new Map(Object.entries(CATEGORY_STYLE).map(([k, v]) => [k, rgb(v.color)]));
  events.forEach((e, i) => {
    positions[2 * i] = e.place.point[0];
    positions[2 * i + 1] = e.place.point[1];
    colors.set(palette.get(e.category) ?? [85, 85, 85, 255], 4 * i);
    times[2 * i] = e.start;
    times[2 * i + 1] = e.end;
  });
  return {
    length: n,
    attributes: {
      getPosition: { value: positions, size: 2 },
      getFillColor: { value: colors, size: 4 },
      getFilterValue: { value: times, size: 2 },
    },
  };
}

const timeFilter = new DataFilterExtension({ filterSize: 2 });


export interface GpuEventsHandlers {
  /** Ids under a click, nearest first; several when markers are stacked. */
  onPick(ids: string[]): void;
  onHover(id: string | null): void;
}

export class GpuEvents {
  private readonly overlay: MapLibreOverlay;
  private events: readonly AtlasEvent[] = [];
  private data: Columns = columns([]);
  private arcs: AtlasEvent[] = [];
  private window: [number, number] = [0, 0];
  private highlight: AtlasEvent[] = [];

  constructor(
    private readonly map: MapLibreMap,
    private readonly handlers: GpuEventsHandlers,
  ) {
    // Overlaid, not interleaved: interleaved deck.gl layers on MapLibre 6 disturb the labels
    // drawn after them (visgl/deck.gl#10700, maplibre/maplibre-gl-js#8413). So events draw
    // above the basemap's country names; place names stay readable through their halo.
    this.overlay = new MapLibreOverlay({
      interleaved: false,
      layers: [],
      onClick: (info) => {
        const picks = this.overlay.pickMultipleObjects({ x: info.x, y: info.y, radius: 6, depth: 30 });
        const ids = picks.filter((p) => p.layer?.id === 'gpu-events' && p.index >= 0).map((p) => this.events[p.index]!.id);
        this.handlers.onPick([...new Set(ids)]);
      },
      onHover: (info) => {
        const ev = info.layer?.id === 'gpu-events' && info.index >= 0 ? this.events[info.index] : undefined;
        this.handlers.onHover(ev ? ev.id : null);
        this.map.getCanvas().style.cursor = ev ? 'pointer' : '';
      },
    });
    map.addControl(this.overlay);
  }

  /** New filtered events (rare): rebuild the columns, once. */
  setEvents(events: readonly AtlasEvent[]): void {
    this.events = events;
    this.data = columns(events);
    this.arcs = events.filter((e) => e.origin && e.origin.id !== e.place.id);
    this.render();
  }

  /** A slider step: two numbers for the GPU. */
  setWindow(start: number, end: number): void {
    this.window = [start, end];
    this.render();
  }

  /** Selected and hovered events, drawn on top with an outline. */
  setHighlight(events: AtlasEvent[]): void {
    this.highlight = events;
    this.render();
  }

  /** Ids of the events drawn in the viewport (tests and tools; O(n)). */
  renderedIds(): string[] {
    const b = this.map.getBounds();
    const [from, to] = this.window;
    return this.events
      .filter((e) => e.start <= to && e.end >= from && b.contains(e.place.point))
      .map((e) => e.id)
      .sort();
  }

  destroy(): void {
    this.map.removeControl(this.overlay);
    this.overlay.finalize();
  }

  private render(): void {
    const [from, to] = this.window;
    // Visible while [start, end] overlaps [from, to]: start <= to and end >= from.
    const filterRange: [number, number][] = [
      [-1e7, to],
      [from, 1e7],
    ];
    this.overlay.setProps({
      layers: [
        new ArcLayer<AtlasEvent, DataFilterExtensionProps<AtlasEvent>>({
          id: 'gpu-arcs',
          data: this.arcs,
          greatCircle: true,
          getSourcePosition: (e) => e.origin!.point,
          getTargetPosition: (e) => e.place.point,
          // Thin and translucent: thousands of arcs must not bury the points.
          getSourceColor: (e) => translucent(CATEGORY_STYLE[e.category].color),
          getTargetColor: (e) => translucent(CATEGORY_STYLE[e.category].color),
          getWidth: 1,
          getFilterValue: (e: AtlasEvent) => [e.start, e.end],
          filterRange,
          extensions: [timeFilter],
        }),
        new ScatterplotLayer<unknown, DataFilterExtensionProps>({
          id: 'gpu-events',
          data: this.data,
          radiusUnits: 'pixels',
          getRadius: 4,
          stroked: true,
          lineWidthUnits: 'pixels',
          getLineWidth: 0.75,
          getLineColor: [255, 255, 255, 255],
          pickable: true,
          filterRange,
          extensions: [timeFilter],
        }),
        new ScatterplotLayer<AtlasEvent>({
          id: 'gpu-highlight',
          data: this.highlight,
          getPosition: (e) => e.place.point,
          getFillColor: (e) => rgb(CATEGORY_STYLE[e.category].color),
          radiusUnits: 'pixels',
          getRadius: 8,
          stroked: true,
          lineWidthUnits: 'pixels',
          getLineWidth: 2.5,
          getLineColor: [17, 17, 17, 255],
        }),
      ],
    });
  }
}
