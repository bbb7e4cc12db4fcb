/**
 * Quality of the extraction against the curated data set.
 *
 * recall = share of curated events that some candidate matches (`matchCandidate`: a related
 * place, overlapping dates, and the same report: the same quote, enough shared words, or the
 * same category for a stated date). This is the headline figure.
 *
 * loose recall = share of curated events for which some candidate has a related place and
 * overlapping dates, whatever it reports. It was the first measure, kept for
 * comparison only: a sentence without a date gets a two-week reporting window, so unrelated
 * candidates "recover" events and the figure flatters the extraction (97.8% against 78.3%
 * honest when this was changed).
 *
 * precision = share of candidates that match a curated event.
 */
import type { EventFeature, Place } from '../domain/types';
import { matchCandidate, recoversPlaceAndDate } from './match';

export interface Evaluation {
  recall: number;
  /** Curated event ids no candidate matches: what to look at first. */
  missed: string[];
  /** Place and date only; see the module comment. */
  looseRecall: number;
  looseMissed: string[];
  precision: number;
  /** Candidate ids that match nothing curated. */
  unmatched: string[];
  events: number;
  candidates: number;
}

export function evaluate(candidates: readonly EventFeature[], events: readonly EventFeature[], places: ReadonlyMap<string, Place>): Evaluation {
  const matched = new Set<string>();
  const unmatched: string[] = [];
  for (const candidate of candidates) {
    const matches = matchCandidate(candidate, events, places);
    if (matches.length === 0) unmatched.push(candidate.id);
    for (const m of matches) matched.add(m.eventId);
  }
  const missed = events.filter((e) => !matched.has(e.id)).map((e) => e.id);
  const looseMissed = events.filter((e) => !candidates.some((c) => recoversPlaceAndDate(c, e, places))).map((e) => e.id);
  const share = (missing: number, of: number): number => (of ? (of - missing) / of : 0);
  return {
    recall: share(missed.length, events.length),
    missed,
    looseRecall: share(looseMissed.length, events.length),
    looseMissed,
    precision: share(unmatched.length, candidates.length),
    unmatched,
    events: events.length,
    candidates: candidates.length,
  };
}
