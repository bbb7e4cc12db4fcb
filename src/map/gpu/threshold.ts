/**
 * From this many events on, the events are drawn by our own WebGL layer, which draws only the
 * window's time range (`gpu/`, lazy-loaded); below it MapLibre's own layers are cheap enough
 * and add the per-place areas. Chosen from `npm run bench` (README, Performance). Its own
 * module so the load worker can tell whether to build the layer's vertex data without
 * loading the map controller.
 */
export const GPU_THRESHOLD = 5_000;
