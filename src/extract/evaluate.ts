/**
 * Quality of the extraction against the curated data set, as issue 4 defines it:
 * recall = share of curated events whose place and date some candidate recovers;
 * precision = share of candidates that match a curated event.
 */
import type { EventFeature, Place } from '../domain/types';
import { matchCandidate, recoversPlaceAndDate } from './match';

export interface Evaluation {
  recall: number;
  precision: number;
  /** Curated event ids no candidate recovers: what to look at first. */
  missed: string[];
  /** Candidate ids that match nothing curated. */
  unmatched: string[];
  events: number;
  candidates: number;
}

export function evaluate(candidates: readonly EventFeature[], events: readonly EventFeature[], places: ReadonlyMap<string, Place>): Evaluation {
  const missed = events.filter((e) => !candidates.some((c) => recoversPlaceAndDate(c, e, places))).map((e) => e.id);
  const unmatched = candidates.filter((c) => matchCandidate(c, events, places).length === 0).map((c) => c.id);
  return {
    recall: events.length ? (events.length - missed.length) / events.length : 0,
    precision: candidates.length ? (candidates.length - unmatched.length) / candidates.length : 0,
    missed,
    unmatched,
    events: events.length,
    candidates: candidates.length,
  };
}
