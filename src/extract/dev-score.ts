/**
 * Scoring candidates against hand-written gold events (the development set).
 *
 * A candidate matches a gold event when it quotes the words that report it (its claim's
 * offsets overlap the gold quote) and its place is related: the two points lie within the
 * sum of their radii plus `PLACE_SLACK_KM`. A candidate from the right sentence put at a
 * speaker's capital a country away does not match. Dates are not part of matching: whether
 * a matched event's dates are right is measured on its own (`dateRight`).
 *
 * recall    = gold events some candidate matches
 * precision = candidates that match a gold event
 * dates     = matched gold events whose best candidate has the dates right
 * place km  = median distance from a matched gold event's point to its best candidate's
 */
import { daysBetween, rangesOverlap } from './calendar';
import { distanceKm } from './geo';
import type { PlacedGold } from './gold';
import type { DatePrecision } from './types';

/** How far apart a related place may be, beyond both radii. */
export const PLACE_SLACK_KM = 50;

/** What scoring needs of a candidate. */
export interface ScoredCandidate {
  id: string;
  offsets: [number, number];
  start: string;
  end: string;
  precision: DatePrecision;
  /** Dated only by the article's publication (no date in the text). */
  reportDated: boolean;
  point: readonly [number, number];
  radiusKm: number;
  category: string;
  attribution: string;
  figures: number[];
}

export interface ArticleScore {
  story: string;
  part: string;
  gold: PlacedGold[];
  candidates: ScoredCandidate[];
}

const overlaps = (a: readonly [number, number], b: readonly [number, number]): boolean => a[0] < b[1] && b[0] < a[1];

export const placeErrorKm = (g: PlacedGold, c: ScoredCandidate): number => distanceKm(g.place.point, c.point);

/** Whether the candidate reports the gold event: same words, related place. */
export function matches(g: PlacedGold, c: ScoredCandidate): boolean {
  return overlaps(g.offsets, c.offsets) && placeErrorKm(g, c) <= g.place.radiusKm + c.radiusKm + PLACE_SLACK_KM;
}

/**
 * Whether the candidate's dates are right for the gold event. An event dated only by its
 * report needs a candidate that claims no day; otherwise both ends must lie within a day, or
 * a quarter of the gold span for a long one.
 */
export function dateRight(g: PlacedGold, c: ScoredCandidate): boolean {
  if (g.precision === 'report') return (c.reportDated || c.precision !== 'day') && rangesOverlap(c.start, c.end, g.start, g.end);
  const tolerance = Math.max(1, Math.round(daysBetween(g.start, g.end) / 4));
  return Math.abs(daysBetween(g.start, c.start)) <= tolerance && Math.abs(daysBetween(g.end, c.end)) <= tolerance;
}

/** The candidate that serves a gold event best: dates right first, then the nearest place. */
function best(g: PlacedGold, candidates: readonly ScoredCandidate[]): ScoredCandidate | undefined {
  return candidates
    .filter((c) => matches(g, c))
    .sort((a, b) => Number(dateRight(g, b)) - Number(dateRight(g, a)) || placeErrorKm(g, a) - placeErrorKm(g, b))[0];
}

export interface Metrics {
  articles: number;
  events: number;
  candidates: number;
  matchedEvents: number;
  matchedCandidates: number;
  recall: number;
  precision: number;
  /** Share of matched events whose best candidate has the dates right. */
  datesRight: number;
  /** Median km from gold point to best candidate, over matched events; NaN with none. */
  medianPlaceKm: number;
  /** Share of matched events whose best candidate has the gold category. */
  categoryRight: number;
  /** Gold figures whose value one of the event's matching candidates carries, of all gold figures of matched events. */
  figuresFound: number;
  figuresTotal: number;
  /** Gold events no candidate matches, as `article#id`. */
  missed: string[];
  /** Candidates that match no gold event. */
  unmatched: string[];
}

const median = (xs: number[]): number => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/** Metrics over a set of scored articles. */
export function score(articles: readonly (ArticleScore & { name: string })[]): Metrics {
  let events = 0;
  let candidates = 0;
  let matchedCandidates = 0;
  let datesRight = 0;
  let categoryRight = 0;
  let figuresFound = 0;
  let figuresTotal = 0;
  const distances: number[] = [];
  const missed: string[] = [];
  const unmatched: string[] = [];
  for (const a of articles) {
    events += a.gold.length;
    candidates += a.candidates.length;
    for (const c of a.candidates) {
      if (a.gold.some((g) => matches(g, c))) matchedCandidates++;
      else unmatched.push(c.id);
    }
    for (const g of a.gold) {
      const b = best(g, a.candidates);
      if (!b) {
        missed.push(`${a.name}#${g.id}`);
        continue;
      }
      distances.push(placeErrorKm(g, b));
      if (dateRight(g, b)) datesRight++;
      if (b.category === g.category) categoryRight++;
      const values = new Set(a.candidates.filter((c) => matches(g, c)).flatMap((c) => c.figures));
      figuresTotal += g.figures.length;
      figuresFound += g.figures.filter((f) => values.has(f.value)).length;
    }
  }
  const matchedEvents = events - missed.length;
  const share = (n: number, of: number): number => (of ? n / of : 0);
  return {
    articles: articles.length, events, candidates, matchedEvents, matchedCandidates,
    recall: share(matchedEvents, events),
    precision: share(matchedCandidates, candidates),
    datesRight: share(datesRight, matchedEvents),
    medianPlaceKm: median(distances),
    categoryRight: share(categoryRight, matchedEvents),
    figuresFound, figuresTotal, missed, unmatched,
  };
}

/** The targets the development set is held to. */
export const TARGETS = { recall: 0.85, precision: 0.75, storyRecall: 0.7, datesRight: 0.85, medianPlaceKm: 50 } as const;

/** Each target missed by these metrics (overall and per story), in words; empty when all are met. */
export function missedTargets(overall: Metrics, stories: ReadonlyMap<string, Metrics>): string[] {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const out: string[] = [];
  if (overall.recall < TARGETS.recall) out.push(`recall ${pct(overall.recall)} < ${pct(TARGETS.recall)}`);
  if (overall.precision < TARGETS.precision) out.push(`precision ${pct(overall.precision)} < ${pct(TARGETS.precision)}`);
  if (overall.datesRight < TARGETS.datesRight) out.push(`dates right ${pct(overall.datesRight)} < ${pct(TARGETS.datesRight)}`);
  if (!(overall.medianPlaceKm < TARGETS.medianPlaceKm)) out.push(`median place error ${overall.medianPlaceKm.toFixed(0)} km >= ${TARGETS.medianPlaceKm} km`);
  for (const [story, m] of stories) if (m.recall < TARGETS.storyRecall) out.push(`${story} recall ${pct(m.recall)} < ${pct(TARGETS.storyRecall)}`);
  return out;
}
