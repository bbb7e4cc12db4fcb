/**
 * `npm run bench:extract`: extraction speed and memory on a generated corpus.
 *
 * 1,000 article-like texts of 3-6 KB are generated from templates, the project gazetteer's
 * place names, world-gazetteer cities and the date phrases the parser must handle, with a
 * seeded PRNG (same corpus every run). They are written to a temp folder and extracted the
 * way `npm run extract` does: gazetteers loaded once, files read one at a time, candidates
 * streamed to a file. Memory is sampled after every file; rows at 250, 500 and 1,000
 * articles show whether it grows with the corpus.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandInputs, extractFile, loadProject } from '../src/extract/runner';
// Seeded, so the corpus is the same every run.
import { prng } from '../bench/prng';

const ARTICLES = 1000;
const CHECKPOINTS = [250, 500, 1000];
const SEED = 20241029;


const DATES = ['on Monday', 'on Thursday', 'last week', 'in late October', 'at the end of October', 'in July 2024', 'on October 27-28', 'on October 23', 'in August', 'on June 19', 'in early November'];
const FIGURES = ['about 10,000', 'over 7,000', 'up to half of the', 'at least 28', '2,600', 'approximately 11,000', 'around 50,000', 'several thousand'];
const SPEAKERS = ['The Pentagon', 'Ukrainian military intelligence', "South Korea's intelligence agency", 'NATO Secretary General Mark Rutte', 'The Institute for the Study of War', 'Estonian intelligence', 'A senior official'];
const VERBS = ['said', 'reported', 'warned', 'announced', 'confirmed'];
const WORLD = ['Khabarovsk', 'Ussuriysk', 'Vladivostok', 'Novosibirsk', 'Belgorod', 'Voronezh'];
const TEMPLATES = [
  '{speaker} {verb} {date} that {figure} North Korean soldiers had been sent to {place}.',
  'According to {speaker}, {figure} troops were training near {place} {date}.',
  '{speaker} {verb} that units were seen in {place} {date}, moving toward the front.',
  'Analysts said the deployment to {place} could change the balance, although the numbers remain unverified.',
  'Russian forces near {place} were reinforced {date}, {speaker} {verb}.',
  'Officials in {place} declined to comment on the reports, which could not be independently confirmed.',
  'The agreement signed {date} commits both countries to mutual defence, {speaker} {verb}.',
];
const SIDEBAR = ['Politics', '-', 'A football club won the league cup final yesterday.', '-', 'A bakery opened downtown with new cakes on 22 November.', '-', 'Leave a review'];

function article(random: () => number, places: readonly string[], index: number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const target = 3000 + Math.floor(random() * 3000);
  const lines = ['Published: 2024-10-29', `Outlet: Bench Wire ${index % 7}`, '', `Report ${index}: North Korean troops and Russia's war`];
  let size = lines.join('\n').length;
  while (size < target) {
    const sentences = Array.from({ length: 2 + Math.floor(random() * 3) }, () =>
      pick(TEMPLATES)
        .replace('{speaker}', pick(SPEAKERS))
        .replace(/\{verb\}/g, pick(VERBS))
        .replace(/\{date\}/g, pick(DATES))
        .replace('{figure}', pick(FIGURES))
        .replace('{place}', random() < 0.15 ? pick(WORLD) : pick(places)),
    );
    const paragraph = sentences.map((s) => s.charAt(0).toUpperCase() + s.slice(1)).join(' ');
    lines.push(paragraph);
    size += paragraph.length + 1;
  }
  if (random() < 0.3) lines.push(...SIDEBAR);
  return `${lines.join('\n')}\n`;
}

interface Row {
  articles: number;
  bytes: number;
  seconds: number;
  peakRss: number;
  peakHeap: number;
  /** Heap still in use after a full GC at the checkpoint: what the run actually retains. */
  retainedHeap: number | undefined;
  candidates: number;
}

// With `--expose-gc` (the npm script passes it) a checkpoint can tell garbage from growth.
const gc = (globalThis as { gc?: () => void }).gc;

const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);

export function bench(root: string, count = ARTICLES, checkpoints = CHECKPOINTS): Row[] {
  const project = loadProject(root);
  const names = [...new Set([...project.places.values()].flatMap((p) => [p.aliases[0] ?? p.name]))];
  const dir = mkdtempSync(join(tmpdir(), 'bench-extract-'));
  const rows: Row[] = [];
  try {
    const random = prng(SEED);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const text = article(random, names, i);
      sizes.push(Buffer.byteLength(text));
      writeFileSync(join(dir, `article-${String(i).padStart(4, '0')}.txt`), text);
    }
    const out = openSync(join(dir, 'candidates.geojson'), 'w');
    let peakRss = 0;
    let peakHeap = 0;
    let done = 0;
    let bytes = 0;
    let candidates = 0;
    const started = process.hrtime.bigint();
    for (const input of expandInputs([dir])) {
      if (!input.path.endsWith('.txt') || input.path.endsWith('candidates.geojson')) continue;
      const outcome = extractFile(input, project);
      if (outcome.ok) for (const c of outcome.result.candidates) writeSync(out, `${candidates++ ? ',\n' : ''}${JSON.stringify(c)}`);
      bytes += sizes[done] ?? 0;
      done++;
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
      if (checkpoints.includes(done)) {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        gc?.();
        rows.push({ articles: done, bytes, seconds, peakRss, peakHeap, retainedHeap: gc ? process.memoryUsage().heapUsed : undefined, candidates });
      }
    }
    closeSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

export function formatTable(rows: readonly Row[]): string {
  const head = ['articles', 'total bytes', 'seconds', 'articles/s', 'peak RSS MB', 'peak heap MB', 'heap after GC MB', 'candidates'];
  const body = rows.map((r) => [
    String(r.articles), r.bytes.toLocaleString('en'), r.seconds.toFixed(2), (r.articles / r.seconds).toFixed(0), mb(r.peakRss), mb(r.peakHeap),
    r.retainedHeap === undefined ? 'n/a' : mb(r.retainedHeap), String(r.candidates),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padStart(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const rows = bench(root);
  console.log(formatTable(rows));
  console.log(`Peak figures are cumulative maxima sampled after every file (the world gazetteer loads on first use: GeoNames cities500 kept as a Buffer outside the JS heap, about 45 MB of RSS, and a hashed name index). Node ${process.version}, maxRSS ${mb(process.resourceUsage().maxRSS * 1024)} MB.`);
}
