/**
 * Where the people a happening struck came from. "According to Arab Times, most of the
 * deceased were from Kerala, Tamil Nadu and north Indian states.", "The victims reportedly
 * hailed from various Indian states, including Tamil Nadu, Karnataka, Gujarat, and
 * Maharashtra.": once a report has told a happening, it says who its dead or injured were. The
 * places such a sentence names are their homes, not where anything happened: it is a claim on
 * the happening told last, not a happening of its own in the places it names.
 *
 * Only when the sentence's main clause (after at most an opening phrase and its source) has the
 * struck as its subject and says they were, or hailed, from somewhere; and only after a
 * happening is told.
 */
import type { Reading } from './reading';
import { lastTold, type Told } from './told';
import type { CandidateFeature } from './types';

// "According to Arab Times,", "Police said": what opens the sentence without telling anything.
const OPENING = String.raw`(?:(?:according to|citing|as per)\b[^,;]{0,60},\s*|[^,;:“"]{1,60}?\b(?:said|says|told|added)\s+(?:that\s+)?)?`;
// "most of the deceased", "the victims", "11 victims", "those killed", "the injured".
const STRUCK = String.raw`(?:(?:most|many|some|all|several|none|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:of\s+)?)?(?:the\s+|those\s+)?(?:victims|deceased|dead|killed|injured|wounded|casualties|people\s+killed|people\s+who\s+died|those\s+killed|those\s+who\s+died|passengers|workers)`;
const CAME_FROM = new RegExp(String.raw`^\W*${OPENING}${STRUCK}\s+(?:[\w-]+ly\s+)?(?:were|was|are|is|hailed|hail|came|come)\s+(?:[\w-]+ly\s+)?(?:mostly\s+|mainly\s+|all\s+)?from\b`, 'i');

/** Whether the sentence's main clause tells where the people a happening struck came from. */
export const tellsWhereFrom = (text: string): boolean => CAME_FROM.test(text);

/** The happening `reading`'s word on where its people came from is a claim on; else undefined. */
export function cameFromOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  if (found.length === 0 || !tellsWhereFrom(reading.sentence.text)) return undefined;
  return lastTold(happenings);
}
