import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAtlasData } from '../domain/atlas-event';
import { columnarFiles } from './columnar/write';
import { ingestAtlas } from './ingest/ingest-atlas';
import { runLoadJob } from './load-job';
import { LoadReceiver, type Loaded, type WorkerMessage } from './load-protocol';

const shipped = ingestAtlas(['sources.json', 'gazetteer.json', 'events.geojson'].map((n) => ({ name: n, bytes: readFileSync(join(__dirname, '../../data', n)) }))).dataset;

/** Run the load worker's job on files, the page taking every chunk at once. */
async function load(files: File[]): Promise<{ loaded: Loaded | Error | null; sent: WorkerMessage[] }> {
  const receiver = new LoadReceiver(() => {}, () => 0);
  const sent: WorkerMessage[] = [];
  let loaded: Loaded | Error | null = null;
  await runLoadJob(
    { kind: 'files', name: files.map((f) => f.name).join(', '), files, format: 'parquet' },
    {
      post(message) {
        sent.push(message);
        const next = receiver.receive(structuredClone(message));
        if (next.kind === 'done') loaded = next.loaded;
        else if (next.kind === 'failed') loaded = next.error;
      },
      received: () => Promise.resolve(),
    },
    { chunkSize: 10, now: () => 0 },
  );
  return { loaded, sent };
}

describe('the load worker on a columnar data set', () => {
  it('reads the tables with hyparquet and sends the same events as the GeoJSON path, in chunks', async () => {
    const files = [
      new File([JSON.stringify({ places: shipped.places })], 'gazetteer.json'),
      new File([JSON.stringify({ sources: shipped.sources })], 'sources.json'),
      ...Object.entries(columnarFiles(shipped)).map(([name, bytes]) => new File([bytes as Uint8Array<ArrayBuffer>], name)),
    ];
    const { loaded, sent } = await load(files);
    expect(sent.filter((m) => m.type === 'error')).toEqual([]);
    expect(sent.filter((m) => m.type === 'events').length).toBeGreaterThan(1);
    const done = loaded as Loaded | null;
    expect(done?.report.format).toBe('parquet');
    expect(done?.issues).toEqual([]);
    expect(done?.data.events.map((e) => [e.id, e.start, e.end, e.claims.length])).toEqual(
      buildAtlasData(shipped).events.map((e) => [e.id, e.start, e.end, e.claims.length]),
    );
  });
});
