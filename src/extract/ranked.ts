/**
 * A happening ranked among others. "The attack on the small village cafe is one of the most
 * devastating attacks on civilian targets during the entire war.", "Maria is the first storm
 * of such magnitude to directly strike Puerto Rico since 1932.": a report weighs the happening
 * it tells against others of its kind. The sentence tells nothing that happened: after the
 * happening is told it is a claim on it; told first, before it, it ranks the happening the
 * report goes on to tell, and is no candidate of its own.
 *
 * Only when the ranking is the sentence's main clause (its subject, then "is", "was" or
 * "became", then "one of the most ..." or "the first/deadliest/worst ..."), with no count of
 * its own, no place the happening did not name and no day after it. A lede that tells a
 * happening and then ranks it ("A suicide bomber killed 32 people ..., the deadliest attack in
 * three years") opens with the happening, not a ranking; a place ranked among places ("Khiam, one
 * of the most heavily bombarded towns, was hit again on Tuesday") is the subject of a clause
 * that goes on, not of "is".
 */
import type { Reading } from './reading';
import { namedOrLast, newPlaces, type Told } from './told';
import type { CandidateFeature } from './types';

// "The attack on the small village cafe", "Maria", "Idai": the subject, with no clause of its own.
const SUBJECT = String.raw`[^,;:“”"]{1,80}?`;
const COPULA = String.raw`(?:is|was|became|has become|had become|remains|remained)\s+(?:now\s+|already\s+|also\s+)?`;
// "one of the most devastating attacks", "one of Russia's worst", "the first storm of such
// magnitude", "the deadliest weather disaster": a superlative, or the first of its kind.
const SUPERLATIVE = String.raw`(?:most|worst|deadliest|strongest|largest|biggest|bloodiest|fiercest|heaviest|[a-z]+iest|first)\b`;
const RANK = String.raw`(?:one\s+of\s+(?:the|[\p{Lu}][\p{L}-]*(?:’s|'s))\s+${SUPERLATIVE}|the\s+${SUPERLATIVE})`;
const RANKING = new RegExp(String.raw`^\W*${SUBJECT}\s+${COPULA}${RANK}`, 'iu');

/** Whether the sentence's main clause ranks its subject among others of its kind. */
export const isRanking = (text: string): boolean => RANKING.test(text);

/**
 * What `reading`'s ranking is said of: the happening it ranks, told before it; `none` for a
 * ranking told before any happening, which is no candidate; undefined when it is no ranking.
 */
export function rankingOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | 'none' | undefined {
  if (found.length === 0 || !isRanking(reading.sentence.text)) return undefined;
  if (found.some((c) => c.properties.figures.length > 0)) return undefined;
  const to = namedOrLast(reading.sentence.text, happenings);
  if (!to) return reading.dates.length === 0 ? 'none' : undefined;
  if (newPlaces(reading, to).length > 0) return undefined;
  const end = to.candidate.properties.end;
  return reading.dates.every((d) => d.from <= end) ? to : undefined;
}
