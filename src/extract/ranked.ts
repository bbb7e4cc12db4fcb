/**
 * A happening ranked, after it is told. Once a report has told a storm or a strike, it ranks
 * it: "Maria is the first storm of such magnitude to directly strike Puerto Rico since 1932",
 * "Chido was reportedly the worst storm to hit Mayotte in 90 years", "For Kyiv the strike
 * represented an unprecedented operation deep inside Russia". Such a sentence's main clause is
 * only a copula and a superlative: it says how the happening compares, not that anything
 * happened again, so it is a claim on the latest violent or natural happening told.
 *
 * Only after such a happening is told (a lede that tells a happening and ranks it is that
 * happening), only for violence and disasters (a visit ranked as "the first since 2019" is the
 * visit itself, a candidate of its own), and only when the sentence names no place outside the
 * happening's area and no place the gazetteer lacks ("Bodai has been one of the most heavily
 * bombarded towns" ranks a town of its own).
 */
import type { Reading } from './reading';
import { FAMILY } from './detail';
import { lastTold, namesUnknownPlace, type Told } from './told';
import type { CandidateFeature } from './types';
import { inArea } from './witness';

// "X is the first", "X was reportedly the worst", "the strike represented an unprecedented":
// the main clause a copula and a rank, up to eight words in.
const RANKED = /^\W*(?:[\w’'-]+\s+){0,8}?(?:is|was|has been|had been|became|becomes|represented|represents|remains)\s+(?:reportedly\s+|now\s+|also\s+)?(?:the|one of the|among the|an?)\s+(?:[\w-]+\s+)?(?:first|worst|deadliest|most|biggest|strongest|largest|heaviest|unprecedented)\b/i;
const RANKABLE = new Set(['violence', 'other']);

/** The happening `reading` ranks, or undefined. */
export function rankedOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  if (found.length === 0 || !RANKED.test(reading.sentence.text) || namesUnknownPlace(reading) || reading.modifiers.length > 0) return undefined;
  const h = lastTold(happenings.filter((x) => FAMILY[x.candidate.properties.category] !== 'talk'));
  return h && RANKABLE.has(FAMILY[h.candidate.properties.category] ?? '') && inArea(reading, h) ? h : undefined;
}
