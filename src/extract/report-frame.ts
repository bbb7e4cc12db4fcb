/**
 * A happening told again behind an impersonal frame of report. Once a report has told a strike
 * or a blast, it often goes back over it in the words of the wire: "It is noted that an
 * unknown drone attacked the Engels-1 airfield in the Saratov region.", "It was officially
 * reported that a fuel truck exploded.", "It was gathered that the bandits ... attacked some
 * villages." The frame says the sentence passes on what was reported, and what it passes on is
 * a happening told, with its own verbs: a claim on the happening of its kind whose places it
 * names again, else the one of its kind told last; not a happening of its own.
 *
 * Only when the frame opens the sentence ("It is noted that", "It was reported that", "It was
 * gathered that", "As reported,"); only when the sentence counts nothing, gives no day before
 * that happening, and names no place outside its area and none the gazetteer lacks ("As
 * reported, Russian troops attacked the Poltava region" after a refinery struck in Volgograd
 * tells another attack, and stays a candidate).
 */
import type { Reading } from './reading';
import { FAMILY, notOnlyWords } from './detail';
import { daysBefore, inArea, lastTold, namesOneOf, namesUnknownPlace, type Told } from './told';
import type { CandidateFeature } from './types';

// "It is noted that", "It was officially reported that", "It was gathered that", "As reported,".
const REPORT_FRAME = /^\W*(?:it\s+(?:is|was|has been)\s+(?:\w+ly\s+)?(?:noted|reported|gathered|learn[te]d?|understood|stated)\s+that|as\s+(?:was\s+|previously\s+|earlier\s+)?(?:reported|noted),)/i;

/** The happening `reading` tells again behind a frame of report, or undefined. */
export function reportFrameOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  if (found.length === 0 || !REPORT_FRAME.test(reading.sentence.text) || reading.modifiers.length > 0 || namesUnknownPlace(reading)) return undefined;
  if (found.some((c) => c.properties.figures.length > 0)) return undefined;
  const ofKind = notOnlyWords(happenings).filter((h) => found.every((c) => FAMILY[c.properties.category] === FAMILY[h.candidate.properties.category]));
  // The one of its kind whose places the sentence names again, else the one of its kind told last.
  const h = lastTold(ofKind.filter((x) => namesOneOf(reading, x))) ?? lastTold(ofKind);
  return h && !daysBefore(reading, h) && inArea(reading, h) ? h : undefined;
}
