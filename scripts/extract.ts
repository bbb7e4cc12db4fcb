/**
 * `npm run extract -- <files or folders> [--out candidates/candidates.geojson]
 *   [--published YYYY-MM-DD[..YYYY-MM-DD]] [--report] [--evaluate] [--max-bytes N]
 *   [--min-confidence 0..1]`
 *
 * Turns plain-text articles into candidate events in their own file, never touching data/.
 * Each bad input gets one line naming the file and the fault; the rest are still processed;
 * the exit code is 1 when anything failed. `--evaluate` (on seeds/ by default) prints recall
 * (curated events some candidate matches), precision, and the loose place-and-date recall for
 * comparison; it exits 1 when recall is under the target. On a folder with hand-written gold
 * files (a development set, `extract-dev.ts`) it scores against those instead, per story and
 * for the tuning and held-out parts apart, and exits 1 when a target is missed.
 * `--min-confidence` leaves out candidates the keep-score model gives less than that chance
 * of being an event of their own (`src/extract/keep-score.ts`): fewer to review, some events
 * lost; with `--evaluate` it measures that trade.
 */
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePublished } from '../src/extract/article-input';
import { openAtomic, type AtomicFile } from '../src/extract/atomic-file';
import { evaluate } from '../src/extract/evaluate';
import { matchCandidate } from '../src/extract/match';
import { formatArticle } from '../src/extract/report';
import { expandInputs, extractFile, loadProject, type RunOptions } from '../src/extract/runner';
import type { CandidateFeature } from '../src/extract/types';
import { devReport, hasGold, type Extracted } from './extract-dev';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** The project root: where data/, seeds/ and candidates/ are. */
  root: string;
}

const USAGE = 'usage: npm run extract -- <files or folders> [--out FILE] [--published YYYY-MM-DD[..YYYY-MM-DD]] [--report] [--evaluate] [--max-bytes N] [--min-confidence 0..1]';
const RECALL_TARGET = 0.9;

interface Args {
  paths: string[];
  out?: string;
  report: boolean;
  evaluate: boolean;
  /** Candidates under this confidence are left out (0: none). */
  minConfidence: number;
  options: RunOptions;
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { paths: [], report: false, evaluate: false, minConfidence: 0, options: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = (): string | undefined => argv[++i];
    if (arg === '--report') args.report = true;
    else if (arg === '--evaluate') args.evaluate = true;
    else if (arg === '--out') {
      const v = value();
      if (!v) return '--out needs a file name';
      args.out = v;
    } else if (arg === '--published') {
      const v = value() ?? '';
      const published = parsePublished(v);
      if (!published) return `--published "${v}" is not YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD`;
      args.options.published = published;
    } else if (arg === '--max-bytes') {
      const v = Number(value());
      if (!Number.isInteger(v) || v <= 0) return '--max-bytes needs a positive whole number';
      args.options.maxBytes = v;
    } else if (arg === '--min-confidence') {
      const raw = value() ?? '';
      const v = Number(raw);
      if (raw.trim() === '' || !(v >= 0 && v <= 1)) return `--min-confidence "${raw}" is not a number from 0 to 1`;
      args.minConfidence = v;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else args.paths.push(arg);
  }
  return args;
}

/** Candidates go to a file of their own; refuse any path inside the curated data folder. */
function outputPath(args: Args, root: string): string | Error {
  const out = resolve(args.out ?? join(root, 'candidates', 'candidates.geojson'));
  const fromData = relative(resolve(root, 'data'), out);
  if (fromData === '' || (!fromData.startsWith('..') && !isAbsolute(fromData))) {
    return new Error(`refusing to write ${out}: candidates never go into data/ (use npm run accept)`);
  }
  return out;
}

/** Run the CLI; returns the exit code. */
export function main(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.err(`extract: ${args}`);
    io.err(USAGE);
    return 2;
  }
  if (args.paths.length === 0 && args.evaluate) args.paths.push(join(io.root, 'seeds'));
  if (args.paths.length === 0) {
    io.err(USAGE);
    return 2;
  }
  // --evaluate alone measures; it writes candidates only when --out asks for them.
  const write = !args.evaluate || args.out !== undefined;
  const out = outputPath(args, io.root);
  if (out instanceof Error) {
    io.err(`extract: ${out.message}`);
    return 2;
  }
  const project = loadProject(io.root);
  if (project.warnings.length) io.err(`extract: the data set has ${project.warnings.length} issue(s); run npm run validate. First: ${project.warnings[0]}`);

  const file: AtomicFile | undefined = write ? openAtomic(out) : undefined;
  file?.write('{"type":"FeatureCollection","features":[\n');
  const kept: CandidateFeature[] = [];
  const extracted: Extracted[] = [];
  const devSet = args.evaluate && hasGold(args.paths);
  let files = 0;
  let failed = 0;
  let written = 0;
  let below = 0;
  try {
    for (const input of expandInputs(args.paths)) {
      const outcome = extractFile(input, project, args.options);
      if (!outcome.ok) {
        failed++;
        io.err(`${outcome.path}: ${outcome.error}`);
        continue;
      }
      files++;
      const result = { ...outcome.result, candidates: outcome.result.candidates.filter((c) => c.candidate.confidence >= args.minConfidence) };
      below += outcome.result.candidates.length - result.candidates.length;
      for (const c of result.candidates) {
        for (const p of [c.candidate.newPlace, c.candidate.newOrigin]) if (p) project.places.set(p.id, p);
      }
      if (result.problems.length) {
        failed++;
        io.err(`${outcome.path}: ${result.problems.join(' and ')} (${result.candidates.length} candidate${result.candidates.length === 1 ? '' : 's'})`);
      }
      if (file) for (const c of result.candidates) file.write(`${written++ ? ',\n' : ''}${JSON.stringify(c)}`);
      if (args.evaluate) kept.push(...result.candidates);
      if (devSet) extracted.push({ path: outcome.path, text: outcome.text, candidates: result.candidates });
      if (args.report) io.out(formatArticle(outcome.path, outcome.published, result, (c) => matchCandidate(c, project.events, project.places)));
    }
    file?.write('\n]}\n');
    file?.commit();
  } finally {
    file?.abort();
  }
  io.err(`extract: ${files} article${files === 1 ? '' : 's'} read, ${failed} problem${failed === 1 ? '' : 's'}${below ? `, ${below} candidate${below === 1 ? '' : 's'} under confidence ${args.minConfidence} left out` : ''}${write ? `, ${written} candidates written to ${relative(process.cwd(), out) || out}` : ''}`);
  let code = failed > 0 ? 1 : 0;
  if (devSet) {
    for (const root of args.paths) {
      const report = devReport(root, extracted.filter((e) => e.path.startsWith(root)), project.places);
      for (const line of report.errors) io.err(line);
      for (const line of report.lines) io.out(line);
      if (!report.met || report.errors.length) code = 1;
    }
  } else if (args.evaluate) {
    const e = evaluate(kept, project.events, project.places);
    const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
    io.out(`recall       ${pct(e.recall)}  (${e.events - e.missed.length} of ${e.events} curated events matched by a candidate: related place, overlapping dates, same report; target ${pct(RECALL_TARGET)})`);
    io.out(`precision    ${pct(e.precision)}  (${e.candidates - e.unmatched.length} of ${e.candidates} candidates match a curated event)`);
    io.out(`loose recall ${pct(e.looseRecall)}  (${e.events - e.looseMissed.length} of ${e.events} with only a related place and overlapping dates, whatever the candidate reports; not the target)`);
    if (e.missed.length) io.out(`missed       ${e.missed.join(', ')}`);
    if (e.recall < RECALL_TARGET) code = 1;
  }
  return code;
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  process.exitCode = main(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l), root });
}
