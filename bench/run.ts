/**
 * `npm run bench`: generate the data sets, build both variants, serve them, measure each size
 * with each variant in a fresh Chromium, profile the scrub at 100k, print the tables and write
 * bench/out/results.json.
 *
 *   tsx bench/run.ts [--sizes 1k,10k,100k,1m] [--variants ours,setdata] [--steps 40]
 *                    [--gap 400] [--no-build] [--no-profile]
 *   tsx bench/run.ts --load [--runs 2] [--sizes 1k] [--cases geojson,columnar,acled-csv,acled-read] [--no-build]
 *
 * `--load` measures only load to ready at 100k, ours beside a plain MapLibre page, from our
 * GeoJSON, from an ACLED-shaped CSV and (ours only) from the columnar tables (`load.ts`).
 *
 * Steps are taken one at a time, `--gap` ms apart, so each is timed from a quiet page rather
 * than on top of the last one's frames (a held arrow key would overlap them).
 *
 * Sizes run in turn, ours then setdata for each, so the two are compared on the same machine
 * in the same minute. Every measurement has its own deadline: a size that freezes the page is
 * reported with what was measured before, and the run goes on.
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_ROOT, datasetDir, describeMeta, ensureDataset, isSizeLabel, SIZES, type DatasetMeta, type SizeLabel } from './generate';
import { firstViewBytes, type FirstView } from './first-view';
import { gzipFileSize } from './gzip-size';
import { measureWithDeadline, type MeasureResult, type ServedFile, type Variant } from './measure';
import { summarizeProfile, type ThreadProfile } from './profile';
import { bytesTable, millionLine, profileText, ratioTable, targetLines, timingTable } from './report';
import { startServer } from './server';
import { ensureAcledCsv } from './acled-csv';
import { ensureColumnar } from './columnar';
import { FIRST_DAY, LAST_DAY } from './synthetic';
import { LOAD_CASES, loadTable, measureLoad, OURS_ONLY, type LoadCase, type LoadResult, type Peer } from './load';
import { SourceMap, type RawSourceMap } from './source-map';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const OUT = join(HERE, 'out');
// Both builds live under bench/out, not in dist/: dist/ is what `npm start` and the e2e tests
// serve, and a build there in the middle of a run would swap files under the server.
const DIST: Record<Exclude<Variant, 'plain'>, string> = { ours: join(OUT, 'dist-ours'), setdata: join(OUT, 'dist-setdata') };
/** `plain`: bench/plain/step.html, plain MapLibre filtering one GeoJSON source per step. */
const VARIANTS: readonly Variant[] = ['ours', 'setdata', 'plain'];
/** Where a variant opens a data set. */
const variantUrl = (origin: string, variant: Variant, size: SizeLabel) =>
  variant === 'plain'
    ? `${origin}/plain/step.html?data=/bench-data/${size}/events.geojson&total=${SIZES[size]}&from=${FIRST_DAY}&to=${LAST_DAY}`
    : `${origin}/${variant}/?data=/bench-data/${size}/`;

/** Per size: how many scrub steps and how long each phase may take before it is called frozen. */
const PLAN: Record<SizeLabel, { steps: number; loadTimeoutMs: number; stepTimeoutMs: number; deadlineMs: number }> = {
  '1k': { steps: 40, loadTimeoutMs: 60_000, stepTimeoutMs: 10_000, deadlineMs: 150_000 },
  '10k': { steps: 40, loadTimeoutMs: 60_000, stepTimeoutMs: 10_000, deadlineMs: 180_000 },
  '100k': { steps: 30, loadTimeoutMs: 120_000, stepTimeoutMs: 20_000, deadlineMs: 300_000 },
  // 1M: the load alone takes two minutes on two cores, a frame can take tens of seconds on
  // SwiftShader, and a major GC of its heap can hold frames back as long; three steps show
  // whether it scrubs at all.
  '1m': { steps: 3, loadTimeoutMs: 240_000, stepTimeoutMs: 60_000, deadlineMs: 330_000 },
};
const TRACE = ['toplevel', 'blink.user_timing', '__metadata'];
const PROFILE = [...TRACE, 'disabled-by-default-v8.cpu_profiler'];
const PROFILE_STEPS = 8;

interface Args {
  sizes: SizeLabel[];
  steps: number | null;
  gapMs: number;
  build: boolean;
  profile: boolean;
  variants: Variant[];
  /** Only the load-to-ready comparison with plain MapLibre, this many runs of each. */
  load: number | null;
  /** `--load`: which cases (all three unless named). */
  cases: LoadCase[];
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { sizes: Object.keys(SIZES) as SizeLabel[], steps: null, gapMs: 400, build: true, profile: true, variants: [...VARIANTS], load: null, cases: [...LOAD_CASES] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--no-build') args.build = false;
    else if (a === '--no-profile') args.profile = false;
    else if (a === '--steps') args.steps = Number(argv[++i]);
    else if (a === '--load') args.load ??= 1;
    else if (a === '--runs') args.load = Number(argv[++i]);
    else if (a === '--cases') args.cases = (argv[++i] ?? '').split(',').filter((c): c is LoadCase => (LOAD_CASES as readonly string[]).includes(c));
    else if (a === '--gap') args.gapMs = Number(argv[++i]);
    else if (a === '--variants') args.variants = (argv[++i] ?? '').split(',').filter((v): v is Variant => (VARIANTS as string[]).includes(v));
    else if (a === '--sizes') {
      const sizes = (argv[++i] ?? '').split(',');
      const bad = sizes.filter((s) => !isSizeLabel(s));
      if (bad.length) throw new Error(`unknown size ${bad.join(', ')}: use ${Object.keys(SIZES).join(', ')}`);
      args.sizes = sizes as SizeLabel[];
    } else throw new Error(`unknown option ${a}`);
  }
  return args;
}

/**
 * The app as shipped, and the setData baseline: the same sources built with
 * vite.setdata.config.ts, which swaps in setdata-variant.ts to keep the events on MapLibre's
 * layers at every size and rebuild their source on every step.
 */
function build(): void {
  const vite = join(ROOT, 'node_modules/.bin/vite');
  const quiet = ['--logLevel', 'error', '--emptyOutDir'];
  execFileSync(vite, ['build', ...quiet, '--outDir', DIST.ours], { cwd: ROOT, stdio: 'inherit' });
  execFileSync(vite, ['build', ...quiet, '--config', join(HERE, 'vite.setdata.config.ts'), '--outDir', DIST.setdata], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

/** Source maps for the profile: each build's own, and MapLibre's behind them. */
function sourceMaps(): { byFile: (file: string) => SourceMap | null; maplibre: Record<string, SourceMap | null> } {
  const cache = new Map<string, SourceMap | null>();
  const load = (path: string): SourceMap | null => {
    if (!cache.has(path)) cache.set(path, existsSync(path) ? new SourceMap(JSON.parse(readFileSync(path, 'utf8')) as RawSourceMap) : null);
    return cache.get(path)!;
  };
  const maplibreDist = join(ROOT, 'node_modules/maplibre-gl/dist');
  return {
    byFile: (file) => Object.values(DIST).map((dist) => join(dist, 'assets', `${file}.map`)).map((p) => (existsSync(p) ? load(p) : null)).find(Boolean) ?? null,
    maplibre: {
      'maplibre-gl.mjs': load(join(maplibreDist, 'maplibre-gl.mjs.map')),
      'maplibre-gl-worker.mjs': load(join(maplibreDist, 'maplibre-gl-worker.mjs.map')),
    },
  };
}

/** `--load`: ours beside plain MapLibre, load to ready at 100k, from GeoJSON, from the columnar tables and from an ACLED CSV. */
async function loadComparison(args: Args): Promise<void> {
  // 100k unless sizes are named (a smaller one checks the harness in seconds).
  const size: SizeLabel = args.sizes.length === 1 ? args.sizes[0]! : '100k';
  const meta = await ensureDataset(size);
  console.log(describeMeta(size, meta));
  const csvFile = ensureAcledCsv(datasetDir(size), SIZES[size], meta.seed);
  ensureColumnar(size);
  if (args.build) {
    const vite = join(ROOT, 'node_modules/.bin/vite');
    const env = { ...process.env };
    delete env.VITE_WINDOW_STRATEGY;
    execFileSync(vite, ['build', '--logLevel', 'error', '--emptyOutDir', '--outDir', DIST.ours], { cwd: ROOT, stdio: 'inherit', env });
  }
  const server = await startServer(
    {
      '/ours/': DIST.ours,
      '/plain/': join(HERE, 'plain'),
      '/maplibre/': join(ROOT, 'node_modules/maplibre-gl/dist'),
      '/papaparse/': join(ROOT, 'node_modules/papaparse'),
      '/bench-data/': DATA_ROOT,
    },
    () => {},
  );
  const results: LoadResult[] = [];
  try {
    for (let run = 0; run < (args.load ?? 1); run++) {
      for (const c of args.cases) {
        // Alternated, so neither peer always runs on the busier minute; the columnar case's peer is the geojson case's.
        const peers: Peer[] = c in OURS_ONLY ? ['ours'] : run % 2 === 0 ? ['ours', 'plain'] : ['plain', 'ours'];
        for (const peer of peers) {
          const paths = { dataPath: `/bench-data/${size}/`, columnarPath: `/bench-data/${size}-columnar/` };
          const r = await measureLoad({ origin: server.origin, case: c, peer, csvFile, ...paths, events: SIZES[size], timeoutMs: 240_000 });
          console.log(`${c} ${peer}: ${r.status}${r.error ? ` (${r.error})` : ''} ready ${Math.round(r.readyMs ?? NaN)} ms, longest frame ${Math.round(r.longestFrameMs ?? NaN)} ms, load average ${r.loadAverage.toFixed(1)}`);
          results.push(r);
        }
      }
    }
  } finally {
    await server.close();
  }
  console.log(`\nLoad to ready at ${size} events (${cpus().length} cores):\n${loadTable(results)}`);
  writeFileSync(join(OUT, 'load-results.json'), `${JSON.stringify({ date: new Date().toISOString(), results }, null, 1)}\n`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.load !== null) {
    mkdirSync(OUT, { recursive: true });
    return loadComparison(args);
  }
  const began = Date.now();
  mkdirSync(OUT, { recursive: true });
  const datasets: Partial<Record<SizeLabel, DatasetMeta>> = {};
  for (const size of args.sizes) {
    datasets[size] = await ensureDataset(size);
    console.log(describeMeta(size, datasets[size]));
  }
  if (args.build) build();

  let served: ServedFile[] = [];
  const peers = { '/plain/': join(HERE, 'plain'), '/maplibre/': join(ROOT, 'node_modules/maplibre-gl/dist') };
  const server = await startServer({ '/ours/': DIST.ours, '/setdata/': DIST.setdata, ...peers, '/bench-data/': DATA_ROOT }, (s) =>
    served.push({ label: s.urlPath, file: s.file, bytes: s.bytes }),
  );
  const takeServed = () => {
    const taken = served;
    served = [];
    return taken;
  };
  const results: MeasureResult[] = [];
  const views: Array<{ size: string; variant: Variant; view: FirstView }> = [];
  const profiles: Record<string, ThreadProfile[]> = {};
  try {
    for (const size of args.sizes) {
      const plan = PLAN[size];
      for (const variant of args.variants) {
        const started = Date.now();
        const r = await measureWithDeadline(
          {
            url: variantUrl(server.origin, variant, size),
            size,
            variant,
            events: SIZES[size],
            steps: args.steps ?? plan.steps,
            gapMs: args.gapMs,
            loadTimeoutMs: plan.loadTimeoutMs,
            stepTimeoutMs: plan.stepTimeoutMs,
            traceCategories: TRACE,
            takeServed,
          },
          plan.deadlineMs,
        );
        delete r.trace;
        results.push(r);
        if (r.served) views.push({ size, variant, view: await firstViewBytes(r.served) });
        console.log(
          `${size} ${variant}: ${r.status}${r.error ? ` (${r.error})` : ''}, drawn ${r.load ? Math.round(r.load.drawnMs) : '–'} ms, ` +
            `step p95 ${r.scrub?.mainMs ? Math.round(r.scrub.mainMs.p95) : '–'} ms, idle median ${r.scrub?.idleMs ? Math.round(r.scrub.idleMs.median) : '–'} ms [${Math.round((Date.now() - started) / 1000)} s]`,
        );
      }
    }
    if (args.profile && args.sizes.includes('100k')) {
      const maps = sourceMaps();
      for (const variant of args.variants.filter((v) => v !== 'plain')) {
        const r = await measureWithDeadline(
          {
            url: `${server.origin}/${variant}/?data=/bench-data/100k/`,
            size: '100k',
            variant,
            events: SIZES['100k'],
            ...PLAN['100k'],
            steps: PROFILE_STEPS,
            gapMs: args.gapMs,
            traceCategories: PROFILE,
            takeServed,
          },
          PLAN['100k'].deadlineMs,
        );
        if (r.trace) profiles[`100k ${variant}`] = summarizeProfile(r.trace, maps.byFile, maps.maplibre);
        else console.log(`profile 100k ${variant}: ${r.status} ${r.error ?? ''}`);
      }
    }
  } finally {
    await server.close();
  }

  console.log('\nData sets:');
  for (const size of args.sizes) console.log(`  ${describeMeta(size, datasets[size]!)}`);
  console.log('\nTimings (ms unless marked; main = sync handling + long animation frames; busy = trace task time):');
  console.log(timingTable(results));
  console.log('\nsetdata / ours per step:');
  console.log(ratioTable(results));
  console.log('\nplain MapLibre (a filter per step) / ours per step:');
  console.log(ratioTable(results, 'plain'));
  console.log('\nFirst view on the wire (gzip -9 of each file; served uncompressed to the browser):');
  console.log(bytesTable(views));
  const maplibre = await gzipFileSize(join(ROOT, 'node_modules/maplibre-gl/dist/maplibre-gl.mjs'));
  const maplibreWorker = await gzipFileSize(join(ROOT, 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs'));
  const budget = maplibre + maplibreWorker + 150 * 1024;
  console.log(
    `JS budget: MapLibre ${Math.round(maplibre / 1024)} KB + its worker ${Math.round(maplibreWorker / 1024)} KB + 150 KB = ${Math.round(budget / 1024)} KB gzip; ` +
      views.filter((v) => v.variant === 'ours').map((v) => `${v.size} ${Math.round(v.view.js.gzip / 1024)} KB ${v.view.js.gzip <= budget ? 'MET' : 'MISSED'}`).join(', '),
  );
  if (args.sizes.includes('100k')) console.log(`\nTargets at 100k:\n  ${targetLines(results).join('\n  ')}`);
  if (args.sizes.includes('1m')) console.log(`\n${millionLine(results)}`);
  for (const [label, p] of Object.entries(profiles)) console.log(`\n${profileText(label, p)}`);
  const minutes = (Date.now() - began) / 60_000;
  console.log(`\nTotal ${minutes.toFixed(1)} min. Results: bench/out/results.json`);

  writeFileSync(
    join(OUT, 'results.json'),
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
        chromium: results.find((r) => r.chromium)?.chromium,
        minutes,
        datasets,
        results,
        firstView: views,
        targets100k: args.sizes.includes('100k') ? targetLines(results) : null,
        profiles,
      },
      null,
      1,
    )}\n`,
  );
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
