/**
 * A candidate's confidence: the chance that it is an event of its own, learned.
 *
 * The rules propose a candidate for every sentence that reads as a happening, and on stories
 * nobody tuned on fewer than half of them are events a person would list: the rest are the
 * same happening's details, its aftermath, officials' words about it, or background. What
 * tells them apart is spread thin over many signs: where the sentence sits (a lede is an
 * event nine times in ten, a later sentence four in ten), whether it quotes someone, speaks
 * of a toll or of the rescue, states its own day. Weighing those signs by hand gave a score
 * that ranked events above the rest barely better than chance (area under the curve 0.55 on
 * the development set). A logistic regression over the same signs, fitted on the development
 * set's seen parts by `npm run extract:train`, ranks them at 0.78 on parts it was not fitted
 * on, so `confidence` now orders a reader's review and `--min-confidence` can cut it.
 *
 * The signs are general: nothing here names a story, a place or an outlet. The weights live
 * in `keep-model.json` beside this file, with the parts they were fitted on.
 */
import { CATEGORIES, PLACE_KINDS } from '../domain/vocabulary';
import { daysBetween, rangesOverlap } from './calendar';
import model from './keep-model.json';
import type { ArticleInput } from './candidates';
import type { CandidateFeature } from './types';

// Words that say a sentence tells a toll, what came after, or what went before.
const CUES = {
  toll: /\b(?:killed|dead|died|deaths?|injured|wounded|casualties|toll)\b/i,
  aftermath: /\b(?:rescue\w*|search\w*|investigat\w*|probe|funerals?|condolences?|mourn\w*|recovered|evacuat\w*)\b/i,
  past: /\b(?:since|last (?:year|month|week)|in (?:19|20)\d\d|earlier this|previous)\b/i,
  office: /\b(?:statement|spokes\w*|minister|president|official)\b/i,
} as const;
const SAID = /\b(?:said|says|told|according to|stated|added)\b/i;
const HEDGED = /\b(?:could|would|expected|may|might|will|plans?|hopes?)\b/i;
const QUOTED = /^\s*[“"'‘]/;
// "the attack", "the blast", "the incident": a sentence that points back at a happening already told.
const POINTS_BACK = /\b(?:the|that|this)\s+(?:attack|strike|blast|explosion|incident|fire|crash|collision|riot|raid|shelling|bombing|quake|earthquake|disaster|tragedy|accident|shooting|eruption|landslide|flood(?:ing)?|storm|cyclone|ambush|assault|clashes?)\b/i;

/** The signs, in the order `featuresOf` gives them; the model's weights are keyed by these names. */
export const FEATURES: readonly string[] = [
  'bias', 'evidence', 'first', 'second', 'order', 'position', 'said', 'quoted', 'hedged', 'repeats',
  'pointsBack', 'samePlace', 'ownDate', 'inferredPlace', 'reportDated', 'oneFigure', 'figures', 'claims', 'length', 'sameDay', 'longAgo', 'monthOnly',
  ...Object.keys(CUES).map((k) => `cue:${k}`),
  ...CATEGORIES.map((c) => `category:${c}`),
  ...PLACE_KINDS.map((k) => `place:${k}`),
];

export interface KeepModel {
  note: string;
  trainedOn: string[];
  weights: Record<string, number>;
}

/** The signs of each of an article's candidates, in the article's order. */
export function featuresOf(candidates: readonly CandidateFeature[], input: Pick<ArticleInput, 'text' | 'bodyStart'>): number[][] {
  const bodyLength = Math.max(1, input.text.length - input.bodyStart);
  return candidates.map((c, i) => {
    const p = c.properties;
    const first = p.claims[0];
    const quote = first?.quote ?? '';
    const at = first?.offsets?.[0] ?? input.bodyStart;
    const age = daysBetween(p.end, c.candidate.published.end);
    const before = candidates.slice(0, i).map((o) => o.properties);
    const samePlace = before.filter((o) => o.place === p.place);
    const repeats = samePlace.some((o) => o.category === p.category && rangesOverlap(o.start, o.end, p.start, p.end));
    const values: Record<string, number> = {
      bias: 1,
      evidence: c.candidate.evidence,
      first: i === 0 ? 1 : 0,
      second: i === 1 ? 1 : 0,
      order: Math.log1p(i),
      position: Math.min(1, Math.max(0, (at - input.bodyStart) / bodyLength)),
      said: SAID.test(quote) ? 1 : 0,
      quoted: QUOTED.test(quote) ? 1 : 0,
      hedged: HEDGED.test(quote) ? 1 : 0,
      repeats: repeats ? 1 : 0,
      pointsBack: POINTS_BACK.test(quote) ? 1 : 0,
      samePlace: samePlace.length > 0 ? 1 : 0,
      ownDate: c.candidate.datePhrase.startsWith('(') ? 0 : 1,
      inferredPlace: p.placeBasis === 'inferred' ? 1 : 0,
      reportDated: c.candidate.reportDated ? 1 : 0,
      oneFigure: p.figures.length === 1 ? 1 : 0,
      figures: p.figures.length >= 2 ? 1 : 0,
      claims: Math.min(p.claims.length, 3) / 3,
      length: quote.length / 200,
      sameDay: age < 1 ? 1 : 0,
      longAgo: age >= 15 ? 1 : 0,
      monthOnly: p.datePrecision === 'month' ? 1 : 0,
    };
    for (const [k, re] of Object.entries(CUES)) values[`cue:${k}`] = re.test(quote) ? 1 : 0;
    values[`category:${p.category}`] = 1;
    values[`place:${p.locationPrecision}`] = 1;
    return FEATURES.map((name) => values[name] ?? 0);
  });
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The model's chance for one row of signs. */
export function chance(weights: Readonly<Record<string, number>>, row: readonly number[]): number {
  let z = 0;
  FEATURES.forEach((name, j) => {
    z += (weights[name] ?? 0) * (row[j] ?? 0);
  });
  return sigmoid(z);
}

/** Set each candidate's `confidence` to the shipped model's chance, to two decimals. */
export function scoreCandidates(candidates: readonly CandidateFeature[], input: Pick<ArticleInput, 'text' | 'bodyStart'>, keep: KeepModel = model): void {
  featuresOf(candidates, input).forEach((row, i) => {
    (candidates[i] as CandidateFeature).candidate.confidence = Math.round(chance(keep.weights, row) * 100) / 100;
  });
}

/**
 * Fit a logistic regression: full-batch gradient descent from zero, L2 on every weight but
 * the bias (0.01: of 0.001, 0.003, 0.01 and 0.03 it ranked best with each part left out).
 * Deterministic, so the same rows give the same model.
 */
export function fit(rows: readonly number[][], labels: readonly number[], options: { l2?: number; rate?: number; epochs?: number } = {}): Record<string, number> {
  const { l2 = 0.01, rate = 0.5, epochs = 1500 } = options;
  const w = new Float64Array(FEATURES.length);
  const grad = new Float64Array(FEATURES.length);
  const n = Math.max(1, rows.length);
  for (let epoch = 0; epoch < epochs; epoch++) {
    grad.fill(0);
    rows.forEach((row, r) => {
      let z = 0;
      for (let j = 0; j < w.length; j++) z += (w[j] as number) * (row[j] ?? 0);
      const d = sigmoid(z) - (labels[r] as number);
      for (let j = 0; j < w.length; j++) grad[j] = (grad[j] as number) + d * (row[j] ?? 0);
    });
    for (let j = 0; j < w.length; j++) w[j] = (w[j] as number) - rate * ((grad[j] as number) / n + (j === 0 ? 0 : l2 * (w[j] as number)));
  }
  return Object.fromEntries(FEATURES.map((name, j) => [name, Math.round((w[j] as number) * 1e4) / 1e4]));
}
