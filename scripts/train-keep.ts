/**
 * `npm run extract:train -- [eval/dev] [--hold part,part] [--skip part,part] [--dry]`
 *
 * Fits the keep-score model (`src/extract/keep-score.ts`) on the development set: every
 * candidate the extractor proposes for an article with gold, labelled by whether it reports a
 * gold event (the scorer's own `matches`). The held-out part and any part named in `--hold`
 * are never fitted on, only measured; a part named in `--skip` (one not yet run, which must
 * stay unseen) is not even read.
 *
 * It prints what the model is worth where it was not fitted: each fitted part predicted by a
 * model fitted on the other parts (leave one part out), and the excluded parts by the model
 * fitted on all of them, as recall and precision at each confidence cut, beside the area
 * under the curve of the old hand-weighted evidence score. Then it writes the weights to
 * `src/extract/keep-model.json` (unless `--dry`).
 */
import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHeader } from '../src/extract/article-input';
import { matches, score, type ArticleScore } from '../src/extract/dev-score';
import { chance, featuresOf, fit, type KeepModel } from '../src/extract/keep-score';
import { expandInputs, extractFile, loadProject } from '../src/extract/runner';
import { nameOf, partOf, readArticleGold, readSplit, scoredCandidate } from './extract-dev';

/** One article's candidates as the model sees them. */
export interface TrainingArticle extends ArticleScore {
  name: string;
  rows: number[][];
  labels: number[];
  evidence: number[];
}

export const CUTS = [0, 0.2, 0.3, 0.4, 0.5, 0.6] as const;

/** Area under the ROC curve: the chance a random event outranks a random non-event. */
export function auc(scores: readonly number[], labels: readonly number[]): number {
  const pos = scores.filter((_, i) => labels[i]);
  const neg = scores.filter((_, i) => !labels[i]);
  if (pos.length === 0 || neg.length === 0) return Number.NaN;
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

/** Recall, precision and dates right when candidates under each cut are left out. */
export function atCuts(articles: readonly TrainingArticle[], chances: ReadonlyMap<TrainingArticle, number[]>): string[] {
  return CUTS.map((cut) => {
    const m = score(articles.map((a) => ({ ...a, candidates: a.candidates.filter((_, i) => (chances.get(a)?.[i] ?? 0) >= cut) })));
    const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(6);
    return `  cut ${cut.toFixed(1)}  recall ${pct(m.recall)}  precision ${pct(m.precision)}  dates ${pct(m.datesRight)}  candidates ${m.candidates}`;
  });
}

/** The development set's articles with gold, extracted and labelled, by part. */
export function readTrainingSet(root: string, projectRoot: string, skip: ReadonlySet<string> = new Set()): TrainingArticle[] {
  const split = readSplit(root);
  const project = loadProject(projectRoot);
  const out: TrainingArticle[] = [];
  for (const input of expandInputs([root])) {
    if (skip.has(partOf(split, nameOf(root, input.path)))) continue;
    const outcome = extractFile(input, project);
    if (!outcome.ok) continue;
    const read = readArticleGold(root, split, outcome.path, outcome.text);
    if (read === undefined) continue;
    if ('error' in read) throw new Error(read.error);
    const { candidates } = outcome.result;
    for (const c of candidates) for (const p of [c.candidate.newPlace, c.candidate.newOrigin]) if (p) project.places.set(p.id, p);
    const scored = candidates.map((c) => scoredCandidate(c, project.places));
    out.push({
      ...read,
      candidates: scored,
      rows: featuresOf(candidates, { text: outcome.text, bodyStart: parseHeader(outcome.text).bodyStart }),
      labels: scored.map((s) => (read.gold.some((g) => matches(g, s)) ? 1 : 0)),
      evidence: candidates.map((c) => c.candidate.evidence),
    });
  }
  return out;
}

const flat = <T>(articles: readonly TrainingArticle[], pick: (a: TrainingArticle) => T[]): T[] => articles.flatMap(pick);

export function fitOn(articles: readonly TrainingArticle[]): Record<string, number> {
  return fit(flat(articles, (a) => a.rows), flat(articles, (a) => a.labels));
}

const USAGE = 'usage: npm run extract:train -- [eval/dev] [--hold part,part] [--skip part,part] [--dry]';

export function main(argv: readonly string[], err: (line: string) => void = console.error): number {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--hold' || arg === '--skip') {
      if (!argv[i + 1] || argv[i + 1]?.startsWith('--')) {
        err(`extract:train: ${arg} needs a comma-separated list of parts`);
        return 2;
      }
      i++;
    } else if (arg.startsWith('--') && arg !== '--dry') {
      err(`extract:train: unknown option ${arg}`);
      err(USAGE);
      return 2;
    }
  }
  const listed = (flag: string): string[] => {
    const at = argv.indexOf(flag);
    return at >= 0 ? (argv[at + 1] ?? '').split(',').filter(Boolean) : [];
  };
  const root = resolve(argv.find((a, i) => !a.startsWith('--') && !['--hold', '--skip'].includes(argv[i - 1] ?? '')) ?? 'eval/dev');
  const excluded = new Set(['held-out', ...listed('--hold')]);
  const projectRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
  const all = readTrainingSet(root, projectRoot, new Set(listed('--skip')));
  const fitted = all.filter((a) => !excluded.has(a.part));
  const unseen = all.filter((a) => excluded.has(a.part));
  const parts = [...new Set(fitted.map((a) => a.part))];
  console.log(`keep-score: ${fitted.length} articles (${flat(fitted, (a) => a.labels).length} candidates) in ${parts.length} parts to fit on; not fitted on: ${[...excluded].join(', ')}`);

  const crossed = new Map<TrainingArticle, number[]>();
  for (const part of parts) {
    const weights = fitOn(fitted.filter((a) => a.part !== part));
    for (const a of fitted.filter((x) => x.part === part)) crossed.set(a, a.rows.map((r) => chance(weights, r)));
  }
  const weights = fitOn(fitted);
  const report = (label: string, articles: readonly TrainingArticle[], chances: ReadonlyMap<TrainingArticle, number[]>): void => {
    const labels = flat(articles, (a) => a.labels);
    console.log(`${label}: area under the curve ${auc(flat(articles, (a) => chances.get(a) ?? []), labels).toFixed(3)} (the hand-weighted evidence score: ${auc(flat(articles, (a) => a.evidence), labels).toFixed(3)})`);
    for (const line of atCuts(articles, chances)) console.log(line);
  };
  report('fitted parts, each predicted by a model fitted on the other parts', fitted, crossed);
  const held = new Map(unseen.map((a) => [a, a.rows.map((r) => chance(weights, r))]));
  for (const part of new Set(unseen.map((a) => a.part))) report(`${part}, not fitted on, by the model fitted on every fitted part`, unseen.filter((a) => a.part === part), held);

  if (argv.includes('--dry')) return 0;
  const model: KeepModel = {
    note: 'Written by npm run extract:train: a logistic regression over the signs in keep-score.ts, fitted on every candidate the extractor proposed for these parts of eval/dev, labelled by whether it reports a gold event.',
    trainedOn: [...parts].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
    weights,
  };
  const file = join(projectRoot, 'src/extract/keep-model.json');
  writeFileSync(file, `${JSON.stringify(model, null, 2)}\n`);
  console.log(`wrote ${relative(process.cwd(), file)}`);
  return 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
