/**
 * Who a happening's victims were: where they came from, and what killed them. "According to
 * Arab Times, most of the deceased were from Kerala, Tamil Nadu and north Indian states.", "The
 * victims reportedly hailed from various Indian states", "the deaths were caused by drowning,
 * by falling trees": once a report has told a happening, it says who its dead or hurt were and
 * how they died, or who was among them ("Cutro's mayor said women and children were among the
 * dead", "three women were also among the victims in the attack that targeted the health
 * centre"). The places such a sentence names are their homes, or the happening's own, not where
 * anything else happened, and the causes are of deaths already counted: it is a claim on the
 * happening told last, not a happening of its own.
 *
 * Only when that is the sentence's main clause (after at most an opening phrase and its
 * source): the struck as its subject, and "were from", "hailed from" or "were caused by"; and
 * only after a happening is told. Who was among them may stand anywhere in the sentence, when it
 * gives no day of its own and turns to no other happening or time.
 */
import type { Reading } from './reading';
import { notOnlyWords } from './detail';
import { lastTold, type Told } from './told';
import type { CandidateFeature } from './types';
import { TURNS_TO_OTHER } from './words';

// "According to Arab Times,", "Police said", "the governor told the radio that": what opens the
// sentence without telling anything.
const OPENING = String.raw`(?:(?:according to|citing|as per)\b[^,;]{0,60},\s*|[^,;:“"]{1,80}?\b(?:said|says|told|added)\b[^,;:“"]{0,30}?\s+(?:that\s+)?)?`;
// "most of the deceased", "the victims", "11 victims", "those killed".
const STRUCK = String.raw`(?:(?:most|many|some|all|several|none|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:of\s+)?)?(?:the\s+|those\s+)?(?:victims|deceased|dead|killed|injured|wounded|casualties|people\s+killed|people\s+who\s+died|those\s+killed|those\s+who\s+died|passengers|workers)`;
const CAME_FROM = String.raw`(?:[\w-]+ly\s+)?(?:were|was|are|is|hailed|hail|came|come)\s+(?:[\w-]+ly\s+)?(?:mostly\s+|mainly\s+|all\s+)?from\b`;
// "the deaths were caused by drowning": what killed those already counted.
const CAUSED = String.raw`(?:the\s+)?(?:deaths|casualties|injuries)\s+(?:were|was|had been)\s+(?:mostly\s+|mainly\s+|largely\s+)?caused\s+by\b`;
const WHO_THEY_WERE = new RegExp(String.raw`^\W*${OPENING}(?:${STRUCK}\s+${CAME_FROM}|${CAUSED})`, 'i');

// "women and children were among the dead", "three women were also among the victims in the
// attack": who was among those already counted.
const AMONG_THEM = /\b(?:were|was)\s+(?:also\s+|reportedly\s+|believed\s+to\s+be\s+)?among\s+(?:the|those)\s+(?:dead|victims|deceased|killed|injured|wounded|casualties|who\s+(?:died|drowned|were\s+killed))\b/i;

/** Whether the sentence's main clause tells where a happening's victims came from, or what killed them. */
export const tellsWhoTheyWere = (text: string): boolean => WHO_THEY_WERE.test(text);

/** The happening `reading`'s word on its victims is a claim on; else undefined. */
export function victimsOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  if (found.length === 0) return undefined;
  if (tellsWhoTheyWere(reading.sentence.text)) return lastTold(happenings);
  // Who was among them, with no day of its own and no other happening or time turned to.
  const among = AMONG_THEM.test(reading.sentence.text) && reading.dates.length === 0 && !TURNS_TO_OTHER.test(reading.sentence.text);
  return among ? lastTold(notOnlyWords(happenings)) : undefined;
}
