/**
 * `npm run extract -- --evaluate <folder>` on a development set: articles with hand-written
 * gold files beside them (`x.txt` and `x.gold.json`), one folder per story, and a
 * `split.json` that puts each article in a named part (tuning, held-out, and any part added
 * later, such as a fresh held-out part). Prints recall, precision, dates right and median
 * place error per story and overall, for each part separately, with the targets.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Place } from '../src/domain/types';
import { score, missedTargets, TARGETS, type ArticleScore, type Metrics, type ScoredCandidate } from '../src/extract/dev-score';
import { parseHeader } from '../src/extract/article-input';
import { parseGold, type PlacedGold } from '../src/extract/gold';
import type { CandidateFeature } from '../src/extract/types';

export const goldPath = (article: string): string => article.replace(/\.txt$/, '.gold.json');

/** Whether any of `paths` holds a gold file: then it is a development set, not the seeds. */
export function hasGold(paths: readonly string[]): boolean {
  const walk = (p: string): boolean => {
    try {
      if (!statSync(p).isDirectory()) return p.endsWith('.txt') && existsSync(goldPath(p));
      return readdirSync(p).some((e) => e.endsWith('.gold.json') || walk(join(p, e)));
    } catch {
      return false;
    }
  };
  return paths.some(walk);
}

/** The facts scoring needs, from a candidate and the places it may refer to. */
export function scoredCandidate(c: CandidateFeature, places: ReadonlyMap<string, Place>): ScoredCandidate {
  const p = c.properties;
  const place = c.candidate.newPlace ?? places.get(p.place);
  const claim = p.claims[0];
  return {
    id: c.id,
    offsets: p.claims.flatMap((c): Array<[number, number]> => (c.offsets ? [[c.offsets[0], c.offsets[1]]] : [])),
    start: p.start,
    end: p.end,
    precision: p.datePrecision,
    reportDated: c.candidate.reportDated,
    point: place?.point ?? (c.geometry.coordinates as [number, number]),
    radiusKm: place?.radiusKm ?? 0,
    category: p.category,
    attribution: claim?.attribution ?? '',
    figures: p.figures.map((f) => f.value),
  };
}

/**
 * `split.json`: part name to article paths (`tuning`, `heldOut`, and any later part such as
 * `fresh`, a held-out part added after the first one had been looked at). `note` is prose.
 */
type Split = Map<string, string[]>;

const partLabel = (key: string): string => (key === 'heldOut' ? 'held-out' : key);

export function readSplit(root: string): Split | undefined {
  const file = join(root, 'split.json');
  if (!existsSync(file)) return undefined;
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return new Map(Object.entries(json).filter((e): e is [string, string[]] => Array.isArray(e[1])).map(([k, v]) => [partLabel(k), v]));
}

/** An article's name in the set: its path under the root, with forward slashes. */
export const nameOf = (root: string, path: string): string => relative(root, path).split(sep).join('/');

/** The part `split.json` puts an article in; `unsplit` when none lists it, `all` with no split. */
export const partOf = (split: Split | undefined, name: string): string =>
  split ? ([...split].find(([, names]) => names.includes(name))?.[0] ?? 'unsplit') : 'all';

export interface ArticleGold {
  name: string;
  story: string;
  part: string;
  gold: PlacedGold[];
}

/**
 * The gold written for the article at `path` and where it sits in the set; undefined when it
 * has no gold file, an error naming the file when the gold cannot be read.
 */
export function readArticleGold(root: string, split: Split | undefined, path: string, text: string): ArticleGold | { error: string } | undefined {
  const gp = goldPath(path);
  if (!existsSync(gp)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(gp, 'utf8'));
  } catch (error) {
    return { error: `${gp}: not JSON: ${(error as Error).message}` };
  }
  const gold = parseGold(json, text, parseHeader(text).bodyStart);
  if (!gold.ok) return { error: `${gp}: ${gold.error}` };
  const name = nameOf(root, path);
  const story = name.includes('/') ? name.slice(0, name.indexOf('/')) : relative(dirname(root), root);
  return { name, story, part: partOf(split, name), gold: gold.events };
}

export interface Extracted {
  path: string;
  text: string;
  candidates: CandidateFeature[];
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(6);

function row(label: string, m: Metrics): string {
  const km = Number.isNaN(m.medianPlaceKm) ? '   n/a' : m.medianPlaceKm.toFixed(0).padStart(6);
  return `  ${label.padEnd(20)} ${String(m.articles).padStart(3)} ${String(m.events).padStart(5)} ${String(m.candidates).padStart(5)}  ${pct(m.recall)} ${pct(m.precision)}  ${pct(m.datesRight)} ${km}  ${pct(m.categoryRight)}  ${String(m.figuresFound).padStart(3)}/${m.figuresTotal}`;
}

/**
 * Score the extracted articles of the development set under `root` against their gold files.
 * Returns the report lines and whether every target is met on every part.
 */
export function devReport(root: string, extracted: readonly Extracted[], places: ReadonlyMap<string, Place>): { lines: string[]; errors: string[]; met: boolean } {
  const split = readSplit(root);
  const errors: string[] = [];
  const scored: Array<ArticleScore & { name: string }> = [];
  for (const e of extracted) {
    const read = readArticleGold(root, split, e.path, e.text);
    if (read === undefined) continue;
    if ('error' in read) {
      errors.push(read.error);
      continue;
    }
    scored.push({ ...read, candidates: e.candidates.map((c) => scoredCandidate(c, places)) });
  }
  const lines = [
    `development set ${root}: ${scored.length} articles with gold${split ? ` (split.json: ${[...split.keys()].join(', ')} reported apart; rules are tuned on tuning only)` : ''}`,
    `  ${'story'.padEnd(20)} art  gold  cand  recall  prec.   dates  medkm  categ.  figures`,
  ];
  let met = true;
  for (const part of [...(split?.keys() ?? []), 'unsplit', 'all']) {
    const inPart = scored.filter((s) => s.part === part);
    if (inPart.length === 0) continue;
    lines.push(`${part}:`);
    const stories = new Map<string, Metrics>();
    for (const story of [...new Set(inPart.map((s) => s.story))].sort()) {
      const m = score(inPart.filter((s) => s.story === story));
      stories.set(story, m);
      lines.push(row(story, m));
    }
    const overall = score(inPart);
    lines.push(row('overall', overall));
    const missed = missedTargets(overall, stories);
    if (missed.length) met = false;
    lines.push(`  targets ${missed.length ? `MISSED: ${missed.join('; ')}` : 'met'}`);
  }
  // The targets are set for the development set as a whole: its parts together, each story
  // once (a story's articles may lie in several parts), its per-story rows left to the parts.
  const parts = new Set(scored.map((s) => s.part));
  if (parts.size > 1) {
    const stories = new Map([...new Set(scored.map((s) => s.story))].map((story) => [story, score(scored.filter((s) => s.story === story))]));
    const overall = score(scored);
    const missed = missedTargets(overall, stories);
    if (missed.length) met = false;
    lines.push('every part together:', row('overall', overall), `  targets ${missed.length ? `MISSED: ${missed.join('; ')}` : 'met'}`);
  }
  lines.push(`targets: recall >= ${TARGETS.recall * 100}% and precision >= ${TARGETS.precision * 100}% overall, recall >= ${TARGETS.storyRecall * 100}% on every story, dates right >= ${TARGETS.datesRight * 100}% of matched events, median place error < ${TARGETS.medianPlaceKm} km`);
  return { lines, errors, met };
}
