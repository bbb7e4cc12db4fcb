/**
 * `npm run accept -- <candidate ids> [--candidates FILE] [--as-new]`
 *
 * Moves reviewed candidates from the candidates file into the curated data set: merged into
 * an existing event as a new claim when they report the same thing, else added as new events;
 * auto-geocoded places join the gazetteer, new articles join the manifest and seeds/. The
 * validator then runs on the result, and nothing at all is written if it finds a new problem.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDataset } from '../src/data/read-dataset';
import { FILES, formatIssue, validateDataset } from '../src/data/validate';
import { planAccept, type RawData } from '../src/extract/accept-merge';
import { writeFileAtomic } from '../src/extract/atomic-file';
import type { CandidateFeature } from '../src/extract/types';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Project root holding data/, seeds/ and candidates/: injectable so tests use temp copies. */
  root: string;
}

const USAGE = 'usage: npm run accept -- <candidate ids> [--candidates FILE] [--as-new]';

/** The data files' layout: two-space JSON with number arrays on one line, as curated. */
export const formatJson = (value: unknown): string =>
  `${JSON.stringify(value, null, 2).replace(/\[\s+(-?[\d.eE+-]+(?:,\s+-?[\d.eE+-]+)*)\s+\]/g, (_m, inner: string) => `[${inner.split(/,\s+/).join(', ')}]`)}\n`;

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

export function main(argv: readonly string[], io: Io): number {
  const ids: string[] = [];
  let candidatesPath = join(io.root, 'candidates', 'candidates.geojson');
  let asNew = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--candidates') candidatesPath = resolve(argv[++i] ?? '');
    else if (arg === '--as-new') asNew = true;
    else if (arg.startsWith('--')) {
      io.err(`accept: unknown option ${arg}\n${USAGE}`);
      return 2;
    } else ids.push(arg);
  }
  if (ids.length === 0) {
    io.err(USAGE);
    return 2;
  }
  let pool: CandidateFeature[];
  try {
    pool = (readJson(candidatesPath) as { features: CandidateFeature[] }).features;
  } catch (error) {
    io.err(`accept: cannot read ${candidatesPath}: ${(error as Error).message} (run npm run extract first)`);
    return 1;
  }
  const missing = ids.filter((id) => !pool.some((c) => c.id === id));
  if (missing.length) {
    io.err(`accept: not in ${candidatesPath}: ${missing.join(', ')}; nothing written`);
    return 1;
  }
  const chosen = ids.map((id) => pool.find((c) => c.id === id) as CandidateFeature);

  const before = readDataset(io.root);
  if (before.issues.length) {
    io.err(`accept: cannot read the data set: ${before.issues.map(formatIssue).join('; ')}`);
    return 1;
  }
  const baseline = new Set(validateDataset(before.raw).issues.map(formatIssue));
  const { data, log, articles } = planAccept(chosen, before.raw as unknown as RawData, { asNew });

  // Seeds as they will be: the new articles' texts join the ones on disk.
  const seeds: Record<string, string> = { ...before.raw.seeds };
  for (const a of articles) {
    const target = join(io.root, 'seeds', a.file);
    if (existsSync(target)) continue;
    try {
      seeds[a.file] = readFileSync(a.from, 'utf8');
    } catch (error) {
      io.err(`accept: cannot read the article ${a.from}: ${(error as Error).message}; nothing written`);
      return 1;
    }
  }
  const after = validateDataset({ sources: data.sources, gazetteer: data.gazetteer, events: data.events, seeds });
  const fresh = after.issues.map(formatIssue).filter((line) => !baseline.has(line));
  if (fresh.length) {
    io.err(`accept: the validator rejects the result; nothing written:`);
    for (const line of fresh) io.err(`  ${line}`);
    return 1;
  }
  for (const a of articles) {
    const target = join(io.root, 'seeds', a.file);
    if (!existsSync(target)) copyFileSync(a.from, target);
  }
  writeFileAtomic(join(io.root, FILES.gazetteer), formatJson(data.gazetteer));
  writeFileAtomic(join(io.root, FILES.sources), formatJson(data.sources));
  writeFileAtomic(join(io.root, FILES.events), formatJson(data.events));
  // Accepted candidates leave the candidates file: "move", not copy.
  const rest = pool.filter((c) => !ids.includes(c.id));
  writeFileAtomic(candidatesPath, formatJson({ type: 'FeatureCollection', features: rest }));
  for (const line of log) io.out(line);
  io.out(`accept: ${chosen.length} candidate${chosen.length === 1 ? '' : 's'} accepted; the data set validates${baseline.size ? ` (${baseline.size} issue(s) it already had remain)` : ''}`);
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  process.exitCode = main(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l), root });
}
