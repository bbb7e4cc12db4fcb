/**
 * Windowing for a list whose rows all have one height: which rows to draw follows from the
 * scroll offset by a division, so a new list (a slider step) costs the rows on screen and
 * nothing per event, however long the list.
 */
import { useEffect, useState } from 'react';

export interface RowRange {
  /** First row to draw. */
  first: number;
  /** One past the last row to draw. */
  end: number;
}

/** Rows [first, end) that meet the viewport, widened by `overscan` rows each side. */
export function rowRange(scrollTop: number, viewHeight: number, rowHeight: number, count: number, overscan: number): RowRange {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((scrollTop + viewHeight) / rowHeight) + overscan);
  return { first: Math.min(first, end), end };
}

interface Viewport {
  top: number;
  height: number;
}

/** Before layout (first paint, jsdom) assume a tall panel, so a first screenful is drawn. */
const INITIAL: Viewport = { top: 0, height: 800 };

/**
 * The rows of `count` to draw in the scroller the returned ref is given to. Re-renders on
 * scroll or resize only when the drawn rows would change.
 */
export function useFixedRows(count: number, rowHeight: number, overscan: number): RowRange & { ref: (el: HTMLElement | null) => void } {
  const [el, setEl] = useState<HTMLElement | null>(null);
  const [view, setView] = useState<Viewport>(INITIAL);

  useEffect(() => {
    if (!el) return;
    // The same state object while the same rows meet the viewport: React skips the render.
    const rows = (v: Viewport) => `${Math.floor(v.top / rowHeight)}:${Math.ceil((v.top + v.height) / rowHeight)}`;
    const read = () =>
      setView((v) => {
        const next = { top: el.scrollTop, height: el.clientHeight || INITIAL.height };
        return rows(next) === rows(v) ? v : next;
      });
    read();
    el.addEventListener('scroll', read, { passive: true });
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(read);
    resize?.observe(el);
    return () => {
      el.removeEventListener('scroll', read);
      resize?.disconnect();
    };
  }, [el, rowHeight]);

  return { ...rowRange(view.top, view.height, rowHeight, count, overscan), ref: setEl };
}
