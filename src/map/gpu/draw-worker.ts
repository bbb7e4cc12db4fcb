/**
 * Builds the GPU layer's drawing of a large data set in a thread of its own, started by the
 * load worker as soon as the events are in their order: the load worker goes on sending the
 * events to the page meanwhile, rather than stopping for the drawing (a second or more at
 * 100,000 events). It is sent the events as columns (`drawable.ts`) and answers with the
 * drawing, both handed over without a copy.
 */
import { buildDrawing, drawingTransfer, type EventDrawing } from './drawing';
import { drawablesOf, type DrawableColumns } from './drawable';

export type DrawReply = { drawing: EventDrawing } | { error: string };

const scope = self as unknown as {
  postMessage(message: DrawReply, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<DrawableColumns>) => void) | null;
};

scope.onmessage = ({ data }) => {
  try {
    const drawing = buildDrawing(drawablesOf(data));
    scope.postMessage({ drawing }, drawingTransfer(drawing));
  } catch (error) {
    scope.postMessage({ error: (error as Error).message });
  }
};
