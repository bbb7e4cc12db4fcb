/**
 * The load worker's way to have a large data set's drawing built beside it, in a draw worker
 * of its own (`map/gpu/draw-worker.ts`), while it sends the events to the page. Where no
 * worker can be started (node, a browser without nested workers), or the draw worker fails,
 * the drawing is built here after all, as before.
 */
import type { AtlasEvent } from '../domain/atlas-event';
import { drawableColumns, drawableTransfer } from '../map/gpu/drawable';
import { buildDrawing } from '../map/gpu/drawing';
import type { DrawingMessage } from './load-protocol';
import type { DrawReply } from '../map/gpu/draw-worker';

/** The drawing of `events`, built in a draw worker; null when no worker can be started here. */
export function drawInWorker(events: readonly AtlasEvent[]): Promise<DrawingMessage> | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('../map/gpu/draw-worker.ts', import.meta.url), { type: 'module', name: 'event-atlas-draw' });
  } catch {
    return null;
  }
  const columns = drawableColumns(events);
  // The job lets go of its events as they leave for the page; a failed draw worker's drawing
  // is built from these.
  const kept = events.slice();
  return new Promise<DrawingMessage>((resolve) => {
    const settle = (reply: DrawReply | null) => {
      worker.terminate();
      resolve(
        reply && 'drawing' in reply
          ? { type: 'drawing', drawing: reply.drawing, builtBy: 'draw worker' }
          : { type: 'drawing', drawing: buildDrawing(kept), builtBy: 'load worker' },
      );
    };
    worker.onmessage = ({ data }: MessageEvent<DrawReply>) => settle(data);
    worker.onerror = (event) => {
      event.preventDefault();
      settle(null);
    };
    worker.onmessageerror = () => settle(null);
    worker.postMessage(columns, drawableTransfer(columns));
  });
}
