/**
 * A place still without power, after a happening. Once a report has told a storm, a flood or a
 * fire, it tells how long its harm lasts: "The governor said that about 11,000 people in West
 * Maui were still without power.", "Many areas of Durban remain without electricity or water.",
 * "About 225,000 were without power yesterday, and that has dropped to about 144,000." Such a
 * sentence tells a state that goes on, not a happening of its own: a claim on the happening told
 * last. A place first cut off ("all power across the island was knocked out", "a million homes
 * were without power") is news of its own and stays a candidate; only an outage told as lasting
 * ("still", "remain") or as shrinking ("has dropped to") is joined.
 *
 * Only after a happening that is not only words, with no day before it, in no other country,
 * and turning to no other happening or time ("a second storm", "a week later").
 */
import type { Reading } from './reading';
import { notOnlyWords } from './detail';
import { daysBefore, lastTold, namesOtherCountry, type Told } from './told';
import type { CandidateFeature } from './types';
import { TURNS_TO_OTHER } from './words';

// "were still without power", "remain without electricity or water", "without power ... has
// dropped to about 144,000".
const LASTING = /\b(?:still|remains?|remained|remaining|continued? to be)\s+(?:\w+\s+)?without\s+(?:power|electricity|water|running water)\b|\bwithout\s+(?:power|electricity)\b[^.;]{0,80}\b(?:has|have|had)\s+(?:since\s+)?(?:dropped|fallen|fell|come down)\s+to\b/i;
// A span of its own: "a week later", "days later".
const LATER = /\b(?:a|one|two|three|several|\w+) (?:days?|weeks?|months?) later\b/i;

/** The happening whose harm `reading` tells as lasting, or undefined. */
export function outageLastingOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  if (found.length === 0 || !LASTING.test(text) || TURNS_TO_OTHER.test(text) || LATER.test(text)) return undefined;
  const h = lastTold(notOnlyWords(happenings));
  return h && !daysBefore(reading, h) && !namesOtherCountry(reading, h) ? h : undefined;
}
