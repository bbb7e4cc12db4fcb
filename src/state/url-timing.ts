/**
 * How soon a change of the store reaches the address bar. A moving window waits longest, so a
 * scrub writes the address once at its end: not per step, which trips the browser's history
 * rate limit and costs main-thread time on every step.
 */

/** After a change of filters, camera or article: soon, these come one at a time. */
export const WRITE_DELAY_MS = 250;
/** After a window change: longer than the pause between the steps of someone scrubbing. */
export const WINDOW_WRITE_DELAY_MS = 500;
