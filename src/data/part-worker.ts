/**
 * The second worker of a large table's load: reads and validates the part of the file the
 * load worker sends (`ingest/parts.ts`) and sends back what it read.
 */
import { readPart, type PartRequest, type PartResult } from './ingest/parts';

const scope = self as unknown as {
  postMessage(message: { result: PartResult } | { error: string }): void;
  onmessage: ((event: MessageEvent<PartRequest>) => void) | null;
};

scope.onmessage = ({ data: request }) => {
  try {
    scope.postMessage({ result: readPart(request) });
  } catch (error) {
    scope.postMessage({ error: (error as Error).message });
  }
};
