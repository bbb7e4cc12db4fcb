/**
 * A happening named again by its day. "... a suicide bomber detonated an explosive-laden
 * vehicle outside a police station in the same district in December", then "Following the
 * Dec. 5 attack in Dera Ismail Khan, troops killed 27 insurgents": the second sentence names
 * the first happening by the day it took place ("the Dec. 5 attack", "Tuesday's attacks"), so that happening took
 * place on that day, and what the sentence goes on to tell is its aftermath, a claim on it.
 *
 * The day must lie within the named happening's span, which must be coarser than a day (a
 * month, a window); the happening must be of the violent kind, told within two paragraphs,
 * and the sentence may name no place that happening's sentences did not.
 */
import type { Reading } from './reading';
import { isViolence, ownPlaces, type Told } from './told';
import type { CandidateFeature, DateMention } from './types';

// The words right after a date that make it the name of a happening: "the Dec. 5 attack".
const HAPPENING = '(?:[\\w-]+\\s+)?(?:attacks?|strikes?|airstrikes?|raids?|bombings?|blasts?|explosions?|shelling|assaults?|massacre|killings?)\\b';
const HAPPENING_AFTER = new RegExp(`^\\s+${HAPPENING}`, 'i');
// "Tuesday's attacks": a day in the possessive names the happening too.
const POSSESSIVE_AFTER = new RegExp(`^['’]s\\s+${HAPPENING}`, 'i');
const THE_BEFORE = /\bthe\s+$/i;

/** The day in `reading` that names a happening ("the Dec. 5 attack"), if any. */
function namingDay(reading: Reading): DateMention | undefined {
  const { text, start } = reading.sentence;
  return reading.dates.find((d) => d.precision === 'day' && ((THE_BEFORE.test(text.slice(Math.max(0, d.start - start - 6), d.start - start)) && HAPPENING_AFTER.test(text.slice(d.end - start))) || POSSESSIVE_AFTER.test(text.slice(d.end - start))));
}

/**
 * The happening `reading` names by its day, now dated to that day, or undefined. `candidate`
 * is the sentence's own candidate.
 */
export function namedByDay(reading: Reading, candidate: CandidateFeature, happenings: readonly Told[]): Told | undefined {
  const day = namingDay(reading);
  if (!day || !isViolence(candidate)) return undefined;
  const h = [...happenings].reverse().find((x) => {
    const p = x.candidate.properties;
    return isViolence(x.candidate) && reading.paragraph - x.last <= 2 && p.datePrecision !== 'day' && day.from >= p.start && day.to <= p.end;
  });
  if (!h || reading.unresolved.length > 0) return undefined;
  const own = ownPlaces(reading);
  if (!own.every((p) => h.names.has(p.place.id) || h.names.has(p.text.toLowerCase()) || h.names.size === 0)) return undefined;
  const p = h.candidate.properties;
  Object.assign(p, { start: day.from, end: day.to, datePrecision: 'day', dateNote: `${p.dateNote ?? ''}; a later sentence names it by its day, "the ${day.text} ..." (${day.from})` });
  h.candidate.candidate.reportDated = false;
  return h;
}
