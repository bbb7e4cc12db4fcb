/**
 * A happening ranked among others. Once a report has told a storm or a strike, it ranks it:
 * "Maria is the first storm of such magnitude to directly strike Puerto Rico since 1932",
 * "Chido was reportedly the worst storm to hit Mayotte in 90 years", "For Kyiv the strike
 * represented an unprecedented operation deep inside Russia". Such a sentence's main clause is
 * only a copula and a superlative: it says how the happening compares, not that anything
 * happened again, so it is a claim on the latest violent or natural happening told. A report may
 * also open with the ranking ("The attack on the small village cafe is one of Russia's most
 * devastating attacks on civilian targets during the entire war.") and tell the happening next:
 * with no day of its own, that ranking is no candidate.
 *
 * Only for violence and disasters (a visit ranked as "the first since 2019" is the visit
 * itself, a candidate of its own), and only when the sentence names no place outside the
 * happening's area and no place the gazetteer lacks ("Bodai has been one of the most heavily
 * bombarded towns" ranks a town of its own). A lede that tells a happening and then ranks it
 * ("A suicide bomber killed 32 people ..., the deadliest attack in three years") opens with the
 * happening, not with a copula, and is that happening.
 */
import type { Reading } from './reading';
import { FAMILY, HARM_FAMILIES, notOnlyWords } from './detail';
import { inArea, lastTold, namesUnknownPlace, type Told } from './told';
import type { CandidateFeature } from './types';

// "X is the first", "X was reportedly the worst", "the strike represented an unprecedented",
// "The attack on the cafe is one of Russia's most devastating": the main clause a copula and a
// rank, up to eight words in.
const RANKED = /^\W*(?:[\w’'-]+\s+){0,8}?(?:is|was|has been|had been|became|becomes|has become|represented|represents|remains)\s+(?:reportedly\s+|now\s+|also\s+)?(?:the|one of the|among the|one of [\p{Lu}][\p{L}-]*(?:’s|'s)|an?)\s+(?:[\w-]+\s+)?(?:first|worst|deadliest|most|biggest|strongest|largest|heaviest|bloodiest|unprecedented)\b/iu;
const rankable = (c: CandidateFeature): boolean => HARM_FAMILIES.has(FAMILY[c.properties.category] ?? '');

/**
 * The happening `reading` ranks; `none` for a ranking of violence or a disaster told before any
 * happening, with no day of its own, which is no candidate; else undefined.
 */
export function rankedOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | 'none' | undefined {
  if (found.length === 0 || !RANKED.test(reading.sentence.text) || namesUnknownPlace(reading) || reading.modifiers.length > 0) return undefined;
  const h = lastTold(notOnlyWords(happenings));
  if (!h) return happenings.length === 0 && reading.dates.length === 0 && found.every(rankable) ? 'none' : undefined;
  return rankable(h.candidate) && inArea(reading, h) ? h : undefined;
}
