/**
 * Who was aboard, told after a crash or a sinking. "A total of 68 passengers and four crew
 * members were on board the aircraft that crashed between the old airport and the new one",
 * "Some 149 passengers and eight crew members were on board of the plane that crashed six
 * minutes after taking off": once a report has told the happening, a sentence whose main clause
 * counts those aboard the craft it names with "the" tells who was there, not something that
 * happened. It is a detail of the latest happening told that is not only words, and its count
 * is of those aboard, not of the dead or hurt, so it adds no figure.
 *
 * Only when being aboard is the sentence's main clause. A craft told with those on board as it
 * crashes or sinks ("A high-speed train with nearly 300 people on board derailed near Malaga")
 * is the happening itself and stays a candidate of its own.
 */
import type { Reading } from './reading';
import { FAMILY } from './detail';
import type { Told } from './told';
import type { CandidateFeature } from './types';

// "A total of 68 passengers and four crew members were on board the aircraft", "Some 149
// passengers ... were on board of the plane": the main clause says who was aboard the craft.
const ABOARD = /^\W*(?:(?:on|in|at|by|according to)\b[^,;]{0,40},\s*)?[^,;:“"]{1,80}?\b(?:were|was|had been)\s+(?:on\s+board|aboard)\s+(?:of\s+)?(?:the|that|this)\s+(?:[\w-]+\s+){0,3}?(?:plane|aircraft|airliner|jet|flight|helicopter|boat|ferry|ship|vessel|launch|train|bus)\b/i;

/** The happening `reading`'s count of those aboard is a detail of, with the claims it adds; else undefined. */
export function aboardOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): { to: Told; claims: CandidateFeature[] } | undefined {
  if (found.length === 0 || !ABOARD.test(reading.sentence.text)) return undefined;
  const to = [...happenings].reverse().find((h) => FAMILY[h.candidate.properties.category] !== 'talk');
  return to && { to, claims: found.map((c) => ({ ...c, properties: { ...c.properties, figures: [] } })) };
}
