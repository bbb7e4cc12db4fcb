/**
 * Scoring candidates against hand-written gold events (the development set).
 *
 * A candidate matches a gold event when it quotes the words that report it (one of its
 * claims' offsets overlaps the gold quote: a candidate that gathers several sentences about
 * one happening carries several claims) and its place is related: the two points lie within
 * the sum of their radii plus `PLACE_SLACK_KM`. A candidate from the right sentence put at a
 * speaker's capital a country away does not match. Dates are not part of matching: whether
 * a matched event's dates are right is measured on its own (`dateRight`).
 *
 * Each candidate is credited to one gold event at most, and each gold event to one candidate:
 * a candidate that quotes two gold events is still one proposal, so it recovers one of them
 * (a maximum one-to-one assignment, preferring pairs with the dates right, then the nearest).
 *
 * recall    = gold events assigned a candidate
 * precision = candidates that match a gold event (a merged candidate counts once)
 * dates     = assigned gold events whose candidate has the dates right
 * place km  = median distance from an assigned gold event's point to its candidate's
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
  /** One span per claim: the sentences the candidate quotes. */
  offsets: Array<[number, number]>;
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
  return c.offsets.some((o) => overlaps(g.offsets, o)) && placeErrorKm(g, c) <= g.place.radiusKm + c.radiusKm + PLACE_SLACK_KM;
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

/**
 * A maximum one-to-one assignment of gold events to the candidates that match them
 * (augmenting paths; articles hold a few dozen of each). Edges are tried best first (dates
 * right, then the nearest place), so among assignments of the same size a good one is found.
 */
export function assign(gold: readonly PlacedGold[], candidates: readonly ScoredCandidate[]): Map<PlacedGold, ScoredCandidate> {
  const edges = gold.map((g) => candidates
    .filter((c) => matches(g, c))
    .sort((a, b) => Number(dateRight(g, b)) - Number(dateRight(g, a)) || placeErrorKm(g, a) - placeErrorKm(g, b)));
  const owner = new Map<ScoredCandidate, number>();
  const tryAssign = (i: number, seen: Set<ScoredCandidate>): boolean => {
    for (const c of edges[i] ?? []) {
      if (seen.has(c)) continue;
      seen.add(c);
      const held = owner.get(c);
      if (held === undefined || tryAssign(held, seen)) {
        owner.set(c, i);
        return true;
      }
    }
    return false;
  };
  gold.forEach((_, i) => tryAssign(i, new Set()));
  const out = new Map<PlacedGold, ScoredCandidate>();
  for (const [c, i] of owner) out.set(gold[i] as PlacedGold, c);
  return out;
}

export interface Metrics {
  articles: number;
  events: number;
  candidates: number;
  matchedEvents: number;
  matchedCandidates: number;
  recall: number;
  precision: number;
  /** Share of matched events whose assigned candidate has the dates right. */
  datesRight: number;
  /** Median km from gold point to its assigned candidate, over matched events; NaN with none. */
  medianPlaceKm: number;
  /** Share of matched events whose assigned candidate has the gold category. */
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
    const assigned = assign(a.gold, a.candidates);
    for (const g of a.gold) {
      const b = assigned.get(g);
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
