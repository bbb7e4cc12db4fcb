/**
 * Reads the later part of a large CSV in a thread of its own, started by the load worker,
 * which reads the first part meanwhile (`ingest/parts.ts`): on two cores, a load's parse,
 * mapping and validation take about half as long.
 */
import { readPart } from './ingest/ingest';
import type { PartResult } from './ingest/parts';
import type { TextFile } from './ingest/ingest';
import type { FormatId } from './ingest/types';

export interface PartRequest {
  format: FormatId;
  file: TextFile;
  firstRow: number;
}

export type PartReply = { part: PartResult } | { error: string };

const scope = self as unknown as {
  postMessage(message: PartReply): void;
  onmessage: ((event: MessageEvent<PartRequest>) => void) | null;
};

scope.onmessage = ({ data: { format, file, firstRow } }) => {
  try {
    scope.postMessage({ part: readPart(format, file, firstRow) });
  } catch (error) {
    scope.postMessage({ error: (error as Error).message });
  }
};
