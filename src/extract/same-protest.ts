/**
 * One city's protest on one day is one happening. A report tells a protest turn by turn:
 * "A massive protest in the capital turned violent on Monday", "The situation escalated after
 * demonstrators breached restricted zones, leading police to fire tear gas", "One of the
 * protesters was allegedly shot as protesters clashed with police". Unlike strikes, which
 * recur at one place in a day, those are the turns of one gathering, so each is a claim on
 * it, not a protest of its own.
 *
 * A sentence of a protest or riot joins the last protest or riot told within two paragraphs
 * when it gives no day other than that protest's, names no place that protest did not (nor
 * one the gazetteer lacks, nor "the town of X"), gives no count of its own that is not a toll,
 * and turns to no other time or incident ("Earlier,", "In another city", "a second protest").
 */
import type { Reading } from './reading';
import { namedOrLast, namesUnknownPlace, newPlaces, sameDay, type Told } from './told';
import type { CandidateFeature } from './types';

const CROWD = new Set(['protest', 'riot']);
const ELSEWHERE = /^\W*(?:earlier|later|meanwhile|previously|separately|elsewhere|in a separate|also on)\b|\b(?:another|a second|a further|other (?:cities|towns|protests?))\b|\b(?:hours?|days?|weeks?|months?|years?) (?:after|before|earlier|later|ago)\b/i;

/** The protest `reading` tells one more turn of, or undefined. */
export function protestOf(reading: Reading, candidate: CandidateFeature, happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  if (!CROWD.has(candidate.properties.category) || ELSEWHERE.test(text) || namesUnknownPlace(reading) || reading.act) return undefined;
  const h = namedOrLast(text, happenings.filter((x) => CROWD.has(x.candidate.properties.category) && reading.paragraph - x.last <= 2));
  if (!h || h.candidate.properties.datePrecision !== 'day' || !sameDay(reading, h)) return undefined;
  // "Kathmandu: A massive protest ...", then "marched through Kathmandu": the city a dateline
  // named is where the protest was put, so naming it again is no new place.
  if (reading.places.some((p) => p.place.kind !== 'country' && p.place.id !== h.candidate.properties.place && newPlaces({ ...reading, places: [p] }, h).length > 0)) return undefined;
  // Placed elsewhere (a speaker's seat, another theatre) is another gathering.
  return candidate.properties.place === h.candidate.properties.place ? h : undefined;
}
