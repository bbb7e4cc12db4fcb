/**
 * Window arithmetic shared by the keyboard, the pointer and playback, so every way of moving
 * the window clamps the same way: inside the data set's domain, start never after end.
 */
import type { DayWindow } from '../../domain/selectors';

export type Edge = 'start' | 'end';

export const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** Days between the domain's ends; at least one, so a one-day data set still has an axis. */
export const spanOf = (domain: DayWindow): number => Math.max(1, domain.end - domain.start);

/** Last day the slider reaches (the domain end, or the day after a one-day domain). */
export const lastDay = (domain: DayWindow): number => domain.start + spanOf(domain);

/** Where a handle sits, 0–100 % of the plot: handles mark days as points. */
export const handlePct = (day: number, domain: DayWindow): number => ((day - domain.start) / spanOf(domain)) * 100;

/**
 * The same day as a cell of the histogram, 0–100 % of the cell box, which reaches half a
 * day past each handle end so a bin is drawn centred on its days rather than starting at one.
 */
export const cellPct = (day: number, domain: DayWindow): number => ((day - domain.start) / (spanOf(domain) + 1)) * 100;

/** Move one edge to `day`, stopping at the domain and at the other edge. */
export function moveEdge(w: DayWindow, domain: DayWindow, edge: Edge, day: number): DayWindow {
  const d = Math.round(day);
  return edge === 'start'
    ? { start: clamp(d, domain.start, w.end), end: w.end }
    : { start: w.start, end: clamp(d, w.start, lastDay(domain)) };
}

/** Shift the whole window by `delta` days, keeping its length, stopping at the domain ends. */
export function shiftWindow(w: DayWindow, domain: DayWindow, delta: number): DayWindow {
  const length = w.end - w.start;
  const start = clamp(w.start + Math.round(delta), domain.start, Math.max(domain.start, lastDay(domain) - length));
  return { start, end: start + length };
}

/**
 * Where playback starts from. A window over the whole domain has nowhere to go, so play
 * starts a window of a twelfth of the domain (at least a week) at its start; a window already
 * at the end rewinds to the start, keeping its length.
 */
export function playFrom(w: DayWindow, domain: DayWindow): DayWindow {
  const span = spanOf(domain);
  const length = w.end - w.start;
  if (length >= span) return { start: domain.start, end: domain.start + Math.min(span - 1, Math.max(6, Math.round(span / 12))) };
  if (w.end >= lastDay(domain)) return { start: domain.start, end: domain.start + length };
  return w;
}
