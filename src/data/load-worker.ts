/**
 * The load worker: reads, parses (CSV with papaparse included) and validates a data set off
 * the page's main thread, so a million events load without freezing the page. One load per worker; the page
 * ends the worker when the last chunk is in. The job itself is `load-job.ts`.
 */
import { runLoadJob } from './load-job';
import type { PageMessage, WorkerMessage } from './load-protocol';

// The project's lib is the DOM one; these are the few parts of a worker's global scope used.
const scope = self as unknown as {
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<PageMessage>) => void) | null;
};

let received = 0;
const waiting: Array<{ count: number; resolve: () => void }> = [];
let confirm: () => void = () => {};
const confirmed = new Promise<void>((resolve) => (confirm = resolve));

scope.onmessage = ({ data: message }) => {
  if (message.type === 'ack') {
    received = message.received;
    for (let i = waiting.length - 1; i >= 0; i--) {
      if (waiting[i]!.count <= received) waiting.splice(i, 1)[0]!.resolve();
    }
    return;
  }
  if (message.type === 'go') return confirm();
  if (!message.hold) confirm();
  void runLoadJob(message.request, {
    post: (m, transfer) => scope.postMessage(m, transfer ?? []),
    received: (count) => (count <= received ? Promise.resolve() : new Promise((resolve) => waiting.push({ count, resolve }))),
    confirmed: () => confirmed,
  });
};
