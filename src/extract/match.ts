/**
 * Which curated events a candidate reports: the same place or one containing the other,
 * overlapping dates, and something in common in what happened (category, words, or the very
 * quote). Used by `--report` to show matches, by `accept` to merge, and by `--evaluate`.
 */
import type { EventFeature, Place } from '../domain/types';
import { rangesOverlap } from './calendar';
import { distanceKm, SAME_CITY_KM } from './geo';

export interface Match {
  eventId: string;
  /** 0..1, for ranking several matches. */
  score: number;
  /** Why, in words: "same place", "same quote", ... */
  reasons: string[];
}

/** How a candidate's place relates to an event's: same, inside it, containing it, or unrelated. */
export function placeRelation(candidate: Place | undefined, event: Place | undefined): 'same' | 'inside' | 'contains' | undefined {
  if (!candidate || !event) return undefined;
  if (candidate.id === event.id) return 'same';
  const d = distanceKm(candidate.point, event.point);
  if (candidate.kind === 'city' && event.kind === 'city') return d <= SAME_CITY_KM ? 'same' : undefined;
  if (d <= (event.radiusKm ?? 0) + SAME_CITY_KM) return 'inside';
  // A region containing a city is a fair reading; a whole country containing everything is not.
  if (candidate.kind !== 'country' && d <= (candidate.radiusKm ?? 0) + SAME_CITY_KM) return 'contains';
  return undefined;
}

const STOP = new Set('the a an and or of in on at to for from by with that this was were is are has have had be been will would could may might its their his her said says north korean korea russia russian soldiers troops military'.split(' '));
const contentWords = (s: string): Set<string> =>
  new Set((s.toLowerCase().match(/[\p{L}\d]+/gu) ?? []).filter((w) => w.length > 2 && !STOP.has(w)));

function wordSimilarity(a: EventFeature, b: EventFeature): number {
  const text = (e: EventFeature) => [e.properties.title, ...e.properties.claims.map((c) => c.quote)].join(' ');
  const wa = contentWords(text(a));
  const wb = contentWords(text(b));
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / Math.max(1, Math.min(wa.size, wb.size));
}

const quotesOverlap = (a: EventFeature, b: EventFeature): boolean =>
  a.properties.claims.some((ca) =>
    b.properties.claims.some((cb) => ca.source === cb.source && !!ca.offsets && !!cb.offsets && ca.offsets[0] < cb.offsets[1] && cb.offsets[0] < ca.offsets[1]),
  );

/** Whether the candidate recovers the event's place and date: what loose recall counts, and the first half of a match. */
export function recoversPlaceAndDate(candidate: EventFeature, event: EventFeature, places: ReadonlyMap<string, Place>): boolean {
  const c = candidate.properties;
  const e = event.properties;
  return rangesOverlap(c.start, c.end, e.start, e.end) && placeRelation(places.get(c.place), places.get(e.place)) !== undefined;
}

/** The curated events the candidate matches, best first. */
export function matchCandidate(candidate: EventFeature, events: readonly EventFeature[], places: ReadonlyMap<string, Place>): Match[] {
  const matches: Match[] = [];
  for (const event of events) {
    if (!recoversPlaceAndDate(candidate, event, places)) continue;
    const relation = placeRelation(places.get(candidate.properties.place), places.get(event.properties.place));
    const reasons = [relation === 'same' ? 'same place' : `place ${relation} the event's`, 'dates overlap'];
    let score = relation === 'same' ? 0.4 : 0.25;
    if (candidate.properties.category === event.properties.category) {
      reasons.push('same category');
      score += 0.2;
    }
    const similarity = wordSimilarity(candidate, event);
    if (similarity >= 0.2) {
      reasons.push(`${Math.round(similarity * 100)}% words shared`);
      score += 0.2 * Math.min(1, similarity * 2);
    }
    if (quotesOverlap(candidate, event)) {
      reasons.push('same quote');
      score += 0.3;
    }
    // Place and date alone are not the same event: the words or the quote must agree, or the
    // category, for a candidate whose date the text states (not the wide reporting window).
    const stated = !/^no date in the sentence/.test(candidate.properties.dateNote ?? '');
    const agrees = reasons.some((r) => r === 'same quote' || r.endsWith('words shared')) || (stated && reasons.includes('same category'));
    if (agrees) matches.push({ eventId: event.id, score: Math.min(1, Math.round(score * 100) / 100), reasons });
  }
  return matches.sort((a, b) => b.score - a.score);
}
