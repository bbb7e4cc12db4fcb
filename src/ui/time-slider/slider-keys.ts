/**
 * Keys Radix does not handle the way analysts expect. Radix moves a thumb 10 steps on Page
 * Up/Down and always sends Home to the first thumb and End to the last; a week is the unit
 * people think in here, and Home/End act on the focused thumb within its own range (WAI-ARIA
 * APG, multi-thumb slider). Arrow keys stay with Radix. Each returns the new window, or null
 * for a key it leaves alone.
 */
import type { DayWindow } from '../../domain/selectors';
import { lastDay, moveEdge, shiftWindow, type Edge } from './window-math';

const WEEK = 7;

/** A key pressed on the start or end thumb. */
export function thumbKey(key: string, w: DayWindow, domain: DayWindow, edge: Edge): DayWindow | null {
  const day = w[edge];
  switch (key) {
    case 'PageUp':
      return moveEdge(w, domain, edge, day + WEEK);
    case 'PageDown':
      return moveEdge(w, domain, edge, day - WEEK);
    case 'Home':
      return moveEdge(w, domain, edge, edge === 'start' ? domain.start : w.start);
    case 'End':
      return moveEdge(w, domain, edge, edge === 'start' ? w.end : lastDay(domain));
    default:
      return null;
  }
}

/** A key pressed on the "Move window" control: the window moves, its length stays. */
export function bandKey(key: string, w: DayWindow, domain: DayWindow): DayWindow | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return shiftWindow(w, domain, 1);
    case 'ArrowLeft':
    case 'ArrowDown':
      return shiftWindow(w, domain, -1);
    case 'PageUp':
      return shiftWindow(w, domain, WEEK);
    case 'PageDown':
      return shiftWindow(w, domain, -WEEK);
    case 'Home':
      return shiftWindow(w, domain, domain.start - w.start);
    case 'End':
      return shiftWindow(w, domain, lastDay(domain) - w.end);
    default:
      return null;
  }
}
