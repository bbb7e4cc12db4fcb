/**
 * Where the time goes: the V8 CPU samples in a trace (category
 * `disabled-by-default-v8.cpu_profiler`), as self time per function, per thread (the page's
 * main thread, MapLibre's worker), with minified frames named through the source maps: the
 * app bundle's own map, then MapLibre's map behind it, so a frame reads
 * `maplibre src/source/geojson_wrapper.ts:41 loadGeometry`, not `index-abc.js:8:42354 Ch`.
 */
import type { SourceMap } from './source-map';
import { findThreads, type TraceEvent } from './trace';

export interface CallFrame {
  functionName: string;
  url?: string;
  lineNumber?: number;
  columnNumber?: number;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}

interface ChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

export interface SelfTime {
  frame: CallFrame;
  /** Milliseconds. */
  self: number;
}

/** Self time per call frame of one thread's samples, (idle) included. */
export function selfTimes(events: readonly TraceEvent[], pid: number, tid: number): SelfTime[] {
  const profileIds = new Set(events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid).map((e) => e.id));
  const nodes = new Map<number, ProfileNode>();
  const samples: number[] = [];
  const deltas: number[] = [];
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || !profileIds.has(e.id)) continue;
    const data = (e.args as { data?: ChunkData } | undefined)?.data;
    for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    samples.push(...(data?.cpuProfile?.samples ?? []));
    deltas.push(...(data?.timeDeltas ?? []));
  }
  const byNode = new Map<number, number>();
  // A sample stands for the time until the next one (as DevTools counts it).
  for (let i = 0; i < samples.length; i++) {
    const next = deltas[i + 1] ?? 0;
    byNode.set(samples[i]!, (byNode.get(samples[i]!) ?? 0) + Math.max(0, next) / 1000);
  }
  return [...byNode].flatMap(([id, self]) => {
    const node = nodes.get(id);
    return node ? [{ frame: node.callFrame, self }] : [];
  });
}

export interface NamedFrame {
  /** Who wrote it: `ours`, `maplibre`, `react-dom`, a package name, or `v8` for (program), (gc)… */
  owner: string;
  /** Original file and line where the maps know it, else the generated URL's file. */
  where: string;
  name: string;
}

/** Source maps by the served file name they describe (`index-abc.js`, `maplibre-gl-worker-xyz.mjs`). */
export type MapsByFile = (file: string) => SourceMap | null;

const ownerOf = (source: string): string => {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return pkg[1]!;
  if (/(^|\/)src\//.test(source)) return 'ours';
  return 'other';
};

/** Name a frame through the bundle's map and, for MapLibre, through MapLibre's own map. */
export function nameFrame(frame: CallFrame, maps: MapsByFile, maplibreMaps: Record<string, SourceMap | null>): NamedFrame {
  if (!frame.url) return { owner: 'v8', where: '', name: frame.functionName || '(anonymous)' };
  const file = frame.url.split('/').pop()!.split('?')[0]!;
  const line = frame.lineNumber ?? 0;
  const column = frame.columnNumber ?? 0;
  const generated = { owner: 'other', where: `${file}:${line + 1}:${column + 1}`, name: frame.functionName || '(anonymous)' };
  // MapLibre's worker is served as its own file, byte for byte MapLibre's dist.
  const isWorker = /^maplibre-gl-worker/.test(file);
  const first = isWorker ? maplibreMaps['maplibre-gl-worker.mjs']?.lookup(line, column) : maps(file)?.lookup(line, column);
  if (!first) return generated;
  let original = first;
  let owner = isWorker ? 'maplibre' : ownerOf(first.source);
  const inner = /maplibre-gl\/dist\/(maplibre-gl\.mjs)$/.exec(first.source);
  if (inner) {
    const deeper = maplibreMaps[inner[1]!]?.lookup(first.line, first.column);
    if (deeper) original = deeper;
    owner = 'maplibre';
  } else if (isWorker) owner = 'maplibre';
  const source = original.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '');
  return { owner, where: `${source}:${original.line + 1}`, name: original.name ?? frame.functionName ?? '(anonymous)' };
}

export interface ProfileRow {
  owner: string;
  where: string;
  name: string;
  selfMs: number;
  /** Share of the thread's busy (non-idle) time. */
  share: number;
}

export interface ThreadProfile {
  thread: string;
  busyMs: number;
  idleMs: number;
  byOwner: Array<{ owner: string; selfMs: number; share: number }>;
  /** Heaviest original files. */
  byFile: Array<{ where: string; owner: string; selfMs: number; share: number }>;
  top: ProfileRow[];
}

function summarizeThread(thread: string, times: readonly SelfTime[], name: (f: CallFrame) => NamedFrame, topN: number): ThreadProfile {
  let idle = 0;
  const rows = new Map<string, ProfileRow>();
  const owners = new Map<string, number>();
  const files = new Map<string, { where: string; owner: string; selfMs: number }>();
  for (const t of times) {
    if (t.frame.functionName === '(idle)') {
      idle += t.self;
      continue;
    }
    const n = name(t.frame);
    const key = `${n.owner}|${n.where}|${n.name}`;
    const row = rows.get(key) ?? { ...n, selfMs: 0, share: 0 };
    row.selfMs += t.self;
    rows.set(key, row);
    owners.set(n.owner, (owners.get(n.owner) ?? 0) + t.self);
    const fileKey = n.owner === 'v8' ? n.name : n.where.replace(/:\d+(:\d+)?$/, '');
    const file = files.get(fileKey) ?? { where: fileKey, owner: n.owner, selfMs: 0 };
    file.selfMs += t.self;
    files.set(fileKey, file);
  }
  const busy = [...owners.values()].reduce((a, b) => a + b, 0);
  const share = (ms: number) => (busy > 0 ? ms / busy : 0);
  return {
    thread,
    busyMs: busy,
    idleMs: idle,
    byOwner: [...owners].map(([owner, selfMs]) => ({ owner, selfMs, share: share(selfMs) })).sort((a, b) => b.selfMs - a.selfMs),
    byFile: [...files.values()].map((f) => ({ ...f, share: share(f.selfMs) })).sort((a, b) => b.selfMs - a.selfMs).slice(0, topN),
    top: [...rows.values()].map((r) => ({ ...r, share: share(r.selfMs) })).sort((a, b) => b.selfMs - a.selfMs).slice(0, topN),
  };
}

/** Profiles of the page's main thread and of each worker that ran anything. */
export function summarizeProfile(
  events: readonly TraceEvent[],
  maps: MapsByFile,
  maplibreMaps: Record<string, SourceMap | null>,
  topN = 20,
): ThreadProfile[] {
  const threads = findThreads(events);
  const name = (f: CallFrame) => nameFrame(f, maps, maplibreMaps);
  const out: ThreadProfile[] = [];
  if (threads.main) out.push(summarizeThread('main', selfTimes(events, threads.main.pid, threads.main.tid), name, topN));
  threads.workers.forEach((w, i) => {
    const profile = summarizeThread(`worker ${i + 1}`, selfTimes(events, w.pid, w.tid), name, topN);
    if (profile.busyMs > 0) out.push(profile);
  });
  return out;
}
