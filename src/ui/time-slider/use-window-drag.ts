/**
 * Pointer dragging for the whole stage: a handle moves its edge, the band between them moves
 * the window keeping its length, and a press on the track outside the window brings the
 * nearer handle there and drags it. The pointer is captured on the stage, so a drag goes on
 * when it leaves the slider. Grabbing a handle or the band remembers where in it the pointer
 * was, so nothing jumps on the first move.
 */
import { useRef, type PointerEvent, type RefObject } from 'react';
import type { DayWindow } from '../../domain/selectors';
import { useAtlasStore } from '../atlas-context';
import { clamp, lastDay, moveEdge, shiftWindow, spanOf, type Edge } from './window-math';

type Grab =
  | { kind: Edge; offset: number }
  /** Both handles on one day: the first move's direction says which one was meant. */
  | { kind: 'pair'; at: number }
  | { kind: 'window'; at: number; from: DayWindow };

export interface DragHandlers {
  onPointerDown(e: PointerEvent<HTMLElement>): void;
  onPointerMove(e: PointerEvent<HTMLElement>): void;
  onPointerUp(e: PointerEvent<HTMLElement>): void;
  onPointerCancel(e: PointerEvent<HTMLElement>): void;
}

/** `plotRef`: the element whose left and right edges are the domain's first and last day. */
export function useWindowDrag(plotRef: RefObject<HTMLElement | null>): DragHandlers {
  const store = useAtlasStore();
  const grab = useRef<Grab | null>(null);

  /** The (fractional) day under the pointer. */
  const dayAt = (clientX: number, domain: DayWindow): number => {
    const rect = plotRef.current?.getBoundingClientRect();
    if (!rect || rect.width <= 0) return domain.start;
    return domain.start + clamp((clientX - rect.left) / rect.width, 0, 1) * spanOf(domain);
  };

  const focus = (stage: HTMLElement, part: string) =>
    stage.querySelector<HTMLElement>(`[data-grab="${part}"]`)?.focus({ preventScroll: true });

  const end = (e: PointerEvent<HTMLElement>) => {
    if (!grab.current) return;
    grab.current = null;
    delete e.currentTarget.dataset.dragging;
    if (e.currentTarget.hasPointerCapture?.(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };

  return {
    onPointerDown(e) {
      if (e.button !== 0) return;
      const s = store.getState();
      const domain = s.data?.domain;
      if (!domain) return;
      const part = (e.target as Element).closest('[data-grab]')?.getAttribute('data-grab');
      const at = dayAt(e.clientX, domain);
      const w = s.dateWindow;
      if (part === 'window') {
        grab.current = { kind: 'window', at, from: w };
      } else if (part === 'start' || part === 'end') {
        grab.current = w.start === w.end ? { kind: 'pair', at } : { kind: part, offset: at - w[part] };
      } else {
        // On the track: the nearer handle comes to the pointer.
        const edge: Edge = Math.abs(at - w.start) <= Math.abs(at - w.end) ? 'start' : 'end';
        grab.current = { kind: edge, offset: 0 };
        s.setDateWindow(moveEdge(w, domain, edge, at));
      }
      // Taking hold of the slider takes over from playback.
      s.setPlaying(false);
      const g = grab.current;
      focus(e.currentTarget, g.kind === 'pair' ? 'end' : g.kind);
      e.currentTarget.setPointerCapture?.(e.pointerId);
      e.currentTarget.dataset.dragging = g.kind;
      // No text selection and no native focus change while dragging.
      e.preventDefault();
    },
    onPointerMove(e) {
      const g = grab.current;
      const s = store.getState();
      const domain = s.data?.domain;
      if (!g || !domain) return;
      const at = dayAt(e.clientX, domain);
      if (g.kind === 'window') {
        s.setDateWindow(shiftWindow(g.from, domain, Math.round(at - g.at)));
      } else if (g.kind === 'pair') {
        if (Math.round(at) === Math.round(g.at)) return;
        const edge: Edge = at < g.at ? 'start' : 'end';
        grab.current = { kind: edge, offset: g.at - s.dateWindow[edge] };
        focus(e.currentTarget, edge);
        s.setDateWindow(moveEdge(s.dateWindow, domain, edge, at - (g.at - s.dateWindow[edge])));
      } else {
        s.setDateWindow(moveEdge(s.dateWindow, domain, g.kind, clamp(at - g.offset, domain.start, lastDay(domain))));
      }
    },
    onPointerUp: end,
    onPointerCancel: end,
  };
}
