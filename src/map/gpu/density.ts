/**
 * The rules of the large-data path's density view, as pure functions: its kernel, the colour
 * ramp that reads a count of events off it, and when it shows instead of the markers. The GPU
 * pass (density-layer.ts) draws what these say; the legend shows the same ramp.
 *
 * What a colour means: each event in the window adds a bump of height 1 at its place, falling
 * to 0 at KERNEL_RADIUS_PX (a quartic kernel: smooth, and nothing beyond its radius), so the
 * value at a point is the number of events near it, the nearest counting most. One lone event
 * reads 1 at its place, a thousand events at one town read 1,000 there. The ramp is
 * logarithmic with fixed stops, not rescaled to the busiest spot in view, so a colour means
 * the same count at every step of the slider and in every view.
 */

/** The kernel's radius in CSS pixels: about three markers across at the zooms it shows at. */
export const KERNEL_RADIUS_PX = 20;

/** The kernel at `r` pixels from an event: 1 at its place, 0 from `radius` on. */
export function kernel(r: number, radius = KERNEL_RADIUS_PX): number {
  const q = 1 - (r / radius) ** 2;
  return q > 0 ? q * q : 0;
}

/**
 * The kernel's integral over the plane in px² (πR²/3): how much one event adds in all. A value
 * v over an area A of the screen stands for about v·A / kernelArea events.
 */
export const kernelArea = (radius = KERNEL_RADIUS_PX): number => (Math.PI * radius * radius) / 3;

/** Earth's equatorial circumference in km: Web Mercator's scale at the equator. */
const EQUATOR_KM = 40075.016686;

/**
 * The kernel's radius in km on the ground at `zoom` and latitude `lat` (Web Mercator's scale,
 * 512 px tiles), to two significant figures: what the legend says a colour counts within.
 */
export function kernelRadiusKm(zoom: number, lat: number, radius = KERNEL_RADIUS_PX): number {
  const km = (radius * EQUATOR_KM * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
  const unit = 10 ** (Math.floor(Math.log10(km)) - 1);
  return Math.round(km / unit) * unit;
}

/** Events near a point at the ramp's top colour, and beyond. */
export const RAMP_MAX_EVENTS = 1000;

/** The ramp's colours at 1, 10, 100 and 1,000 events near a point (inferno's upper part, dark for many). */
export const RAMP_STOPS: ReadonlyArray<{ events: number; color: string }> = [
  { events: 1, color: '#fcae12' },
  { events: 10, color: '#e9642a' },
  { events: 100, color: '#a82e5f' },
  { events: RAMP_MAX_EVENTS, color: '#3b0f70' },
];

/** Where a value sits on the ramp, 0 (one event or less) to 1 (RAMP_MAX_EVENTS or more), by its logarithm. */
export function rampPosition(value: number): number {
  if (!(value > 1)) return 0;
  return Math.min(1, Math.log(value) / Math.log(RAMP_MAX_EVENTS));
}

/**
 * Below this value a pixel is clear: the kernel's far rim, where an event's bump has fallen to
 * almost nothing, is left to the basemap.
 */
export const VISIBLE_FROM = 0.02;
/** From this value (the kernel at about 3/4 of its radius) on, the ramp is at full strength. */
export const OPAQUE_FROM = 0.25;
/** The ramp's alpha at full strength: the basemap's borders and coasts still show through. */
export const RAMP_ALPHA = 0.85;

/**
 * The alpha of a value: 0 below VISIBLE_FROM, RAMP_ALPHA from OPAQUE_FROM on (so one lone
 * event is a disc of its colour about 3/4 of the kernel's radius wide, at full strength), a
 * smooth step between.
 */
export function rampAlpha(value: number): number {
  const t = Math.min(1, Math.max(0, (value - VISIBLE_FROM) / (OPAQUE_FROM - VISIBLE_FROM)));
  return RAMP_ALPHA * t * t * (3 - 2 * t);
}

const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** The ramp's colour at a position 0..1: linear between the stops, which sit at equal steps of the logarithm. */
export function rampColor(position: number): [number, number, number] {
  const steps = RAMP_STOPS.length - 1;
  const at = Math.min(steps, Math.max(0, position * steps));
  const i = Math.min(steps - 1, Math.floor(at));
  const [a, b] = [rgb(RAMP_STOPS[i]!.color), rgb(RAMP_STOPS[i + 1]!.color)];
  const f = at - i;
  return [0, 1, 2].map((c) => Math.round(a[c]! + (b[c]! - a[c]!) * f)) as [number, number, number];
}

/** The ramp as `width` RGBA texels (opaque), position i / (width - 1) at texel i: the GPU pass's lookup table. */
export function rampTexels(width = 256): Uint8Array {
  const out = new Uint8Array(4 * width);
  for (let i = 0; i < width; i++) out.set([...rampColor(i / (width - 1)), 255], 4 * i);
  return out;
}

/** Zoom levels over which the density gives way to the markers, ending at the switch zoom. */
export const CROSSFADE_ZOOMS = 1;

/**
 * How much of the markers shows at `zoom` (the density shows the rest): 0 a crossfade's width
 * below `switchZoom` and lower, 1 from `switchZoom` on, linear between.
 */
export function markerShare(zoom: number, switchZoom: number): number {
  return Math.min(1, Math.max(0, (zoom - (switchZoom - CROSSFADE_ZOOMS)) / CROSSFADE_ZOOMS));
}

/** Whether the density is what the reader mainly sees at `zoom`: then a click zooms in, and markers are not hit. */
export const densityShown = (zoom: number, switchZoom: number): boolean => markerShare(zoom, switchZoom) < 0.5;

/**
 * The zoom a click on the density goes to: two levels closer, but no further than where the
 * markers are whole, and always at least one level closer.
 */
export function clickZoom(zoom: number, switchZoom: number): number {
  return Math.max(zoom + 1, Math.min(zoom + 2, switchZoom));
}
