/**
 * The printed tables: timings per size and variant, the setdata/ours ratios, first-view bytes
 * and the issue's targets at 100k. Pure string building over the results.
 */
import type { FirstView } from './first-view';
import type { MeasureResult } from './measure';
import type { Summary } from './stats';
import type { ThreadProfile } from './profile';

const ms = (x: number | undefined | null): string => (x === undefined || x === null || !Number.isFinite(x) ? '–' : x < 10 ? x.toFixed(1) : Math.round(x).toString());
const sec = (x: number | undefined): string => (x === undefined ? '–' : (x / 1000).toFixed(x < 10_000 ? 2 : 1));
const three = (s: Summary | null | undefined): string => (s ? `${ms(s.median)} / ${ms(s.p95)} / ${ms(s.max)}` : '–');
const two = (s: Summary | null | undefined): string => (s ? `${ms(s.median)} / ${ms(s.p95)}` : '–');
const kb = (n: number): string => `${Math.round(n / 1024).toLocaleString('en-US')} KB`;
const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined || !(b > 0) ? '–' : `×${(a / b).toFixed(a / b < 10 ? 1 : 0)}`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function timingTable(results: readonly MeasureResult[]): string {
  const rows = results.map((r) => [
    r.size,
    r.variant,
    r.status === 'ok' ? 'ok' : `${r.status}${r.scrub ? ` after ${r.scrub.steps.length} steps` : ''}`,
    sec(r.load?.drawnMs),
    sec(r.load?.basemapMs),
    sec(r.load?.markersMs),
    ms(r.load?.longestFrameMs),
    sec(r.load?.firstStepMs),
    r.memory ? Math.round(r.memory.heapUsedMB).toString() : '–',
    String(r.scrub?.steps.length ?? 0),
    two(r.scrub?.syncMs),
    three(r.scrub?.busyMainMs),
    two(r.scrub?.busyWorkerMs),
    two(r.scrub?.busyGpuMs),
    three(r.scrub?.mainMs),
    three(r.scrub?.idleMs),
    two(r.scrub?.nextFrameMs),
    r.loadAverage === undefined ? '–' : r.loadAverage.toFixed(1),
  ]);
  return table(
    ['size', 'variant', 'status', 'load→drawn s', 'basemap s', 'markers s', 'longest load frame', '→1st step s', 'heap MB', 'steps', 'sync med/p95', 'busy main med/p95/max', 'worker med/p95', 'GPU med/p95', 'LoAF main med/p95/max', 'idle med/p95/max', 'next frame med/p95', 'load avg'],
    rows,
  );
}

/** Per size, how many times a peer's per-step figures are ours (`peer`: setdata or plain). */
export function ratioTable(results: readonly MeasureResult[], peer: 'setdata' | 'plain' = 'setdata'): string {
  const sizes = [...new Set(results.map((r) => r.size))];
  const rows = sizes.flatMap((size) => {
    const ours = results.find((r) => r.size === size && r.variant === 'ours');
    const setdata = results.find((r) => r.size === size && r.variant === peer);
    if (!ours?.scrub || !setdata?.scrub) return [];
    return [
      [
        size,
        ratio(setdata.scrub.syncMs?.median, ours.scrub.syncMs?.median),
        ratio(setdata.scrub.busyMainMs?.median, ours.scrub.busyMainMs?.median),
        ratio(setdata.scrub.busyMainMs?.p95, ours.scrub.busyMainMs?.p95),
        ratio(setdata.scrub.mainMs?.median, ours.scrub.mainMs?.median),
        ratio(setdata.scrub.idleMs?.median, ours.scrub.idleMs?.median),
        ratio(setdata.scrub.idleMs?.p95, ours.scrub.idleMs?.p95),
        ratio(setdata.scrub.nextFrameMs?.median, ours.scrub.nextFrameMs?.median),
      ],
    ];
  });
  return table(['size', 'sync med', 'busy main med', 'busy main p95', 'LoAF main med', 'idle med', 'idle p95', 'next frame med'], rows);
}

export function bytesTable(views: ReadonlyArray<{ size: string; variant: string; view: FirstView }>): string {
  const rows = views.map(({ size, variant, view }) => [
    size,
    variant,
    kb(view.js.gzip),
    kb(view.data.gzip),
    kb(view.other.gzip),
    kb(view.total.gzip),
    kb(view.total.raw),
  ]);
  return table(['size', 'variant', 'JS gzip', 'data gzip (incl. basemap)', 'other gzip', 'total gzip', 'total raw'], rows);
}

/** The issue's targets at 100,000 events, each with its figure and verdict. */
export function targetLines(results: readonly MeasureResult[]): string[] {
  const ours = results.find((r) => r.size === '100k' && r.variant === 'ours');
  const setdata = results.find((r) => r.size === '100k' && r.variant === 'setdata');
  if (!ours?.scrub) return ['100k: not measured'];
  const verdict = (x: number | undefined, ok: (x: number) => boolean) => (x === undefined ? 'n/a' : ok(x) ? 'MET' : 'MISSED');
  const at16 = (x: number) => x <= 16;
  const s = ours.scrub;
  const d = setdata?.scrub;
  const r = (a: Summary | null | undefined, b: Summary | null | undefined) => (a && b && b.median > 0 ? a.median / b.median : undefined);
  const x = (v: number | undefined) => (v === undefined ? '–' : `×${v.toFixed(1)}`);
  const busyRatio = r(d?.busyMainMs, s.busyMainMs);
  const idleRatio = r(d?.idleMs, s.idleMs);
  const frameRatio = r(d?.nextFrameMs, s.nextFrameMs);
  return [
    `main thread per step, p95 <= 16 ms: trace busy ${ms(s.busyMainMs?.p95)} ms -> ${verdict(s.busyMainMs?.p95, at16)}; ` +
      `sync ${ms(s.syncMs?.p95)} ms -> ${verdict(s.syncMs?.p95, at16)}; sync + long frames ${ms(s.mainMs?.p95)} ms -> ${verdict(s.mainMs?.p95, at16)}`,
    `map idle after a step, median <= 100 ms: ${ms(s.idleMs?.median)} ms -> ${verdict(s.idleMs?.median, (v) => v <= 100)}; ` +
      `next frame ${ms(s.nextFrameMs?.median)} ms -> ${verdict(s.nextFrameMs?.median, (v) => v <= 100)}`,
    `ours >= 5x faster per step than setdata (medians): busy main ${x(busyRatio)} -> ${verdict(busyRatio, (v) => v >= 5)}; ` +
      `idle ${x(idleRatio)} -> ${verdict(idleRatio, (v) => v >= 5)}; next frame ${x(frameRatio)} -> ${verdict(frameRatio, (v) => v >= 5)}`,
  ];
}

/** 1M events must load and scrub without freezing the page: the figures that show it. */
export function millionLine(results: readonly MeasureResult[]): string {
  const ours = results.find((r) => r.size === '1m' && r.variant === 'ours');
  const setdata = results.find((r) => r.size === '1m' && r.variant === 'setdata');
  if (!ours?.load) return `1m: ${ours ? `${ours.status} ${ours.error ?? ''}` : 'not measured'}`;
  const s = ours.scrub;
  return (
    `1m: drawn in ${sec(ours.load.drawnMs)} s, longest frame while loading ${ms(ours.load.longestFrameMs)} ms, ` +
    `heap ${ours.memory ? Math.round(ours.memory.heapUsedMB) : '–'} MB; ${s?.steps.length ?? 0} steps: busy main median ${ms(s?.busyMainMs?.median)} ms, ` +
    `map idle median ${ms(s?.idleMs?.median)} ms` +
    (setdata ? `; setdata: ${setdata.status === 'ok' ? `idle median ${ms(setdata.scrub?.idleMs?.median)} ms` : `${setdata.status} (${setdata.error ?? ''})`}` : '')
  );
}

export function profileText(label: string, profiles: readonly ThreadProfile[]): string {
  const out: string[] = [`Profile ${label} (self time while scrubbing):`];
  for (const p of profiles) {
    out.push(`  ${p.thread}: busy ${ms(p.busyMs)} ms, idle ${ms(p.idleMs)} ms`);
    out.push(`    by owner: ${p.byOwner.slice(0, 6).map((o) => `${o.owner} ${Math.round(o.share * 100)}%`).join(', ')}`);
    out.push(`    by file:  ${p.byFile.slice(0, 8).map((f) => `${f.where} ${Math.round(f.share * 100)}%`).join(', ')}`);
    for (const row of p.top.slice(0, 12)) {
      out.push(`    ${ms(row.selfMs).padStart(6)} ms ${`${Math.round(row.share * 100)}%`.padStart(4)}  ${row.owner.padEnd(9)} ${row.name} ${row.where}`);
    }
  }
  return out.join('\n');
}
