/**
 * What is only expected, told after a happening. "President Erdogan was expected to visit
 * Amasra on Saturday.", "On Friday, the vessel is expected to arrive at the port of Izmail.":
 * a sentence whose main clause is an expectation tells no happening yet; after a happening is
 * told, it is what the report expects to follow from it, a claim on that happening, not a
 * candidate of its own on the expected day.
 *
 * Only when the expectation is the sentence's main clause, its subject told straight before it
 * (after at most an opening phrase, "On Friday,", "While in town,"). A happening told first
 * ("reached Tokyo on Saturday, where he is expected to meet ...") stays a candidate, and so does
 * a count expected ("there were expected to be hundreds of deaths"): a toll as of that day.
 */
import type { Reading } from './reading';
import { lastTold, type Told } from './told';
import type { CandidateFeature } from './types';

// "X was expected to visit", "On Friday, the vessel is expected to arrive": the main clause an expectation.
const EXPECTED = /^\W*(?:(?:on|in|while|by|later|meanwhile)\b[^,;]{0,40},\s*)?(?!there\b)[^,;]{1,80}?\b(?:is|are|was|were)\s+(?:also\s+|still\s+|now\s+)?(?:expected|scheduled|due)\s+to\s+\w+/i;

/** The happening `reading`'s expectation follows from; else undefined. */
export function expectedOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  if (found.length === 0 || !EXPECTED.test(reading.sentence.text)) return undefined;
  if (found.some((c) => c.properties.figures.length > 0)) return undefined;
  return lastTold(happenings);
}
