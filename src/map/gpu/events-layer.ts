/**
 * A MapLibre custom layer that draws the events of a large data set in the map's own WebGL
 * context, between the basemap and its labels: markers as point sprites and movements as
 * thin great-circle arcs (one instance each, curved in the shader), each in one or two draw
 * calls. A slider step sets a uniform and picks the range to draw (batches.ts); no buffer is
 * uploaded. Zoomed out, below the data set's switch zoom, the same markers are drawn as a
 * density instead (density-layer.ts), crossfading to the markers as the reader zooms in; arcs
 * show with the markers.
 */
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { drawRanges, hexColor, type Batch } from './batches';
import { mercatorX, mercatorY } from '../../domain/mercator';
import { GpuBatch, markerProgram, type Program } from './gl-program';
import type { ArcBatch } from './arc-batch';
import { arcProgram, GpuArcs } from './gpu-arcs';
import { markerRadius } from '../marker-size';
import { DensityPass, type FrameView } from './density-layer';
import { markerShare } from './density';

const MARKER_STROKE = 1;
/** Selected and hovered markers: larger, in a dark ring, drawn on top of everything. */
const HIGHLIGHT_GROW = 3;
const HIGHLIGHT_STROKE = 2.5;
const WHITE = hexColor('#ffffff').map((c) => c / 255);
const DARK = hexColor('#111111').map((c) => c / 255);
/** A window that holds every day: highlighted events show whatever the slider says. */
const ALWAYS: [number, number] = [-1e7, 1e7];
const MAX_WORLD_COPIES = 5;
/** How often to ask whether the shaders are built while they compile. */
const READY_POLL_MS = 50;

interface Uploaded {
  markers: GpuBatch;
  arcs: GpuArcs;
}

/** What a pass draws: its ranges for a window (null: everything), and the draw call. */
interface Drawable {
  ranges(dateWindow: readonly [number, number] | null): ReadonlyArray<readonly [number, number]>;
  draw(ranges: ReadonlyArray<readonly [number, number]>): void;
}

export class EventsLayer implements CustomLayerInterface {
  readonly id: string;
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  private map: MapLibreMap | null = null;
  private gl: WebGL2RenderingContext | null = null;
  private markerProgram: Program | null = null;
  private arcProgram: Program | null = null;
  private data: Uploaded | null = null;
  private highlight: Uploaded | null = null;
  /** Batches waiting for the next frame, where the GL context is ours to use. */
  private pendingData: { markers: Batch; arcs: ArcBatch } | null = null;
  private pendingHighlight: { markers: Batch; arcs: ArcBatch } | null = null;
  private dateWindow: [number, number] = [0, 0];
  /** Whether the last data handed over have been drawn (their shaders built, their buffers uploaded). */
  private drawn = true;
  private readyTimer: ReturnType<typeof setTimeout> | null = null;
  private density: DensityPass | null = null;
  /** Below this zoom the density shows instead of the markers (density-switch.ts); 0: never. */
  private switchZoom = 0;

  constructor(id: string) {
    this.id = id;
  }

  /** Whether the events last handed over are on screen. */
  get dataDrawn(): boolean {
    return this.drawn;
  }

  setData(markers: Batch, arcs: ArcBatch): void {
    this.pendingData = { markers, arcs };
    this.drawn = false;
    this.map?.triggerRepaint();
  }

  setHighlight(markers: Batch, arcs: ArcBatch): void {
    this.pendingHighlight = { markers, arcs };
    this.map?.triggerRepaint();
  }

  setSwitchZoom(zoom: number): void {
    this.switchZoom = zoom;
    this.map?.triggerRepaint();
  }

  /** How much of the markers shows now (the density the rest); 1 where the GPU has no density. */
  markerShare(): number {
    if (!this.map || (this.density && !this.density.supported)) return 1;
    return markerShare(this.map.getZoom(), this.switchZoom);
  }

  setDateWindow(from: number, to: number): void {
    this.dateWindow = [from, to];
    this.map?.triggerRepaint();
  }

  onAdd(map: MapLibreMap, gl: WebGLRenderingContext | WebGL2RenderingContext): void {
    this.map = map;
    this.gl = gl as WebGL2RenderingContext; // MapLibre 6 always runs on WebGL2
    this.markerProgram = markerProgram(this.gl);
    this.arcProgram = arcProgram(this.gl);
    this.density = new DensityPass(this.gl);
  }

  private programsReady(): boolean {
    return !!this.markerProgram?.ready() && !!this.arcProgram?.ready() && !!this.density?.ready();
  }

  /**
   * Shaders still compiling off the page's thread: look again shortly, and draw once they are
   * built. Not a repaint per frame until then: where WebGL runs on the CPU each frame of the
   * whole map costs 100-350 ms, which a data set's load needs more.
   */
  private repaintWhenReady(): void {
    if (this.readyTimer !== null) return;
    this.readyTimer = setTimeout(() => {
      this.readyTimer = null;
      if (!this.map) return;
      if (this.programsReady()) this.map.triggerRepaint();
      else this.repaintWhenReady();
    }, READY_POLL_MS);
  }

  onRemove(): void {
    if (this.readyTimer !== null) clearTimeout(this.readyTimer);
    this.readyTimer = null;
    this.drop(this.data);
    this.drop(this.highlight);
    this.markerProgram?.destroy();
    this.arcProgram?.destroy();
    this.density?.destroy();
    this.density = null;
    this.data = this.highlight = null;
    this.map = this.gl = null;
  }

  /** The frame's offscreen pass: the density's splat, while the density shows. */
  prerender(_gl: WebGLRenderingContext | WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    if (!this.map || !this.density?.supported || !this.programsReady()) return;
    this.takePending();
    if (!this.data || this.markerShare() >= 1) return;
    const centre = viewCentre(this.map);
    const view: FrameView = {
      matrix: translatedMatrix(options.defaultProjectionData.mainMatrix, centre),
      centres: worldCopies(this.map).map((world) => {
        const [xHi, xLo] = splitFloat(centre[0] - world);
        const [yHi, yLo] = splitFloat(centre[1]);
        return [xHi, yHi, xLo, yLo] as const;
      }),
      ratio: this.map.getPixelRatio(),
    };
    this.density.splat(this.data.markers, drawRanges(this.data.markers.batch, ...this.dateWindow), this.dateWindow, view);
  }

  /** Upload what was handed over since the last frame. */
  private takePending(): void {
    this.data = this.take(this.data, this.pendingData);
    this.pendingData = null;
    this.highlight = this.take(this.highlight, this.pendingHighlight);
    this.pendingHighlight = null;
  }

  render(gl: WebGLRenderingContext | WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    const gl2 = gl as WebGL2RenderingContext;
    const map = this.map;
    if (!map || !this.markerProgram || !this.arcProgram) return;
    if (!this.programsReady()) {
      this.repaintWhenReady();
      return;
    }
    this.takePending();
    const shown = this.markerShare();

    gl2.disable(gl2.DEPTH_TEST);
    gl2.disable(gl2.STENCIL_TEST);
    gl2.disable(gl2.CULL_FACE);
    gl2.enable(gl2.BLEND);
    gl2.blendFunc(gl2.ONE, gl2.ONE_MINUS_SRC_ALPHA);

    // Positions go to the shader relative to a point in view (the bounds' middle, unwrapped
    // like the world copies), and the matrix is moved there in float64 to match.
    const centre = viewCentre(map);
    const matrix = translatedMatrix(options.defaultProjectionData.mainMatrix, centre);
    const ratio = map.getPixelRatio();
    const radius = markerRadius(map.getZoom());
    const worlds = worldCopies(map);
    const pass = (program: Program, target: Drawable, dateWindow: [number, number], style?: Style) => {
      gl2.useProgram(program.program);
      gl2.uniformMatrix4fv(program.uniform('u_matrix'), false, matrix);
      gl2.uniform2f(program.uniform('u_window'), dateWindow[0], dateWindow[1]);
      if (style) {
        // Diameter in device pixels, stroke outside the radius as MapLibre's circles draw it.
        gl2.uniform1f(program.uniform('u_size'), 2 * (style.radius + style.stroke) * ratio + 1);
        gl2.uniform1f(program.uniform('u_stroke'), style.stroke * ratio);
        gl2.uniform4fv(program.uniform('u_stroke_color'), style.strokeColor);
        gl2.uniform1f(program.uniform('u_opacity'), style.opacity ?? 1);
      }
      const ranges = target.ranges(dateWindow === ALWAYS ? null : dateWindow);
      for (const world of worlds) {
        // World w draws x + w: relative to the centre, that is x - (centre - w).
        const [xHi, xLo] = splitFloat(centre[0] - world);
        const [yHi, yLo] = splitFloat(centre[1]);
        gl2.uniform2f(program.uniform('u_center_hi'), xHi, yHi);
        gl2.uniform2f(program.uniform('u_center_lo'), xLo, yLo);
        target.draw(ranges);
      }
    };
    const points = (batch: GpuBatch): Drawable => ({
      ranges: (w) => (w ? drawRanges(batch.batch, w[0], w[1]) : [[0, batch.batch.offsets[batch.batch.items]!]]),
      draw: (ranges) => batch.draw(gl2.POINTS, ranges),
    });
    this.drawn = true;
    if (this.data && shown < 1) this.density!.composite(1 - shown);
    if (this.data && shown > 0) {
      pass(this.arcProgram, this.data.arcs, this.dateWindow);
      pass(this.markerProgram, points(this.data.markers), this.dateWindow, { radius, stroke: MARKER_STROKE, strokeColor: WHITE, opacity: shown });
    }
    if (this.highlight) {
      pass(this.arcProgram, this.highlight.arcs, ALWAYS);
      pass(this.markerProgram, points(this.highlight.markers), ALWAYS, {
        radius: radius + HIGHLIGHT_GROW,
        stroke: HIGHLIGHT_STROKE,
        strokeColor: DARK,
      });
    }
  }

  private take(current: Uploaded | null, next: { markers: Batch; arcs: ArcBatch } | null): Uploaded | null {
    if (!next) return current;
    this.drop(current);
    return { markers: new GpuBatch(this.gl!, next.markers), arcs: new GpuArcs(this.gl!, next.arcs) };
  }

  private drop(u: Uploaded | null): void {
    u?.markers.destroy();
    u?.arcs.destroy();
  }
}

interface Style {
  radius: number;
  stroke: number;
  strokeColor: number[];
  opacity?: number;
}

/** The middle of the view in Web Mercator, unwrapped like the world copies. */
export function viewCentre(map: MapLibreMap): [number, number] {
  const bounds = map.getBounds();
  return [mercatorX((bounds.getWest() + bounds.getEast()) / 2), mercatorY((bounds.getSouth() + bounds.getNorth()) / 2)];
}

/** World copies in view (-1, 0, 1 …), so events east of the antimeridian show as you pan. */
export function worldCopies(map: MapLibreMap): number[] {
  const b = map.getBounds();
  const first = Math.floor((b.getWest() + 180) / 360);
  const last = Math.floor((b.getEast() + 180) / 360);
  const worlds: number[] = [];
  for (let w = first; w <= last && worlds.length < MAX_WORLD_COPIES; w++) worlds.push(w);
  return worlds;
}

/** A float64 as the float32 nearest it plus what that left off (also a float32). */
export function splitFloat(v: number): [number, number] {
  const hi = Math.fround(v);
  return [hi, Math.fround(v - hi)];
}

/**
 * `matrix` (column-major 4×4, float64) times a translation by `centre`, in float64: applied to
 * `p - centre` it gives what `matrix` gives for `p`, with small numbers for float32 to carry.
 */
export function translatedMatrix(matrix: ArrayLike<number>, [cx, cy]: [number, number]): Float32Array {
  const out = Float32Array.from(matrix);
  for (let r = 0; r < 4; r++) out[12 + r] = matrix[r]! * cx + matrix[4 + r]! * cy + matrix[12 + r]!;
  return out;
}
