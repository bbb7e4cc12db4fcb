/**
 * The load worker's second thread for a large CSV (`part-worker.ts`), started as soon as the
 * files are read, so its code loads while the first part is read. Where no worker can be
 * started (node, a browser without nested workers) there is none, and the ingest reads the
 * file in one pass; if the worker fails, the ingest reads it again in one pass.
 */
import type { ReadElsewhere } from './ingest/ingest';
import type { PartReply, PartRequest } from './part-worker';

/** A part worker, ready to be given one part; null when no worker can be started here. */
export function partWorker(): { read: ReadElsewhere; stop(): void } | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./part-worker.ts', import.meta.url), { type: 'module', name: 'event-atlas-part' });
  } catch {
    return null;
  }
  const stop = () => worker.terminate();
  const read: ReadElsewhere = (format, file, firstRow) =>
    new Promise((resolve, reject) => {
      const fail = (why: string) => {
        stop();
        reject(new Error(why));
      };
      worker.onmessage = ({ data }: MessageEvent<PartReply>) => {
        stop();
        if ('part' in data) resolve(data.part);
        else reject(new Error(data.error));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        fail(event.message || 'the part worker could not run');
      };
      worker.onmessageerror = () => fail('the part worker’s reply could not be read');
      worker.postMessage({ format, file, firstRow } satisfies PartRequest);
    });
  return { read, stop };
}
