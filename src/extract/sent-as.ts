/**
 * Troops sent in as a happening goes on. "The ministry said it was rushing reserve troops and
 * aviation units into the Kursk region as enemy forces staged a surprise incursion, which left
 * at least 3 civilians dead": the main clause sends troops, the "as" clause tells what they are
 * sent against, with its own toll. Two happenings, not one: the sentence's candidate is the
 * attack with its toll, and the sending is a deployment of its own, at the same place and on
 * the same day. Only when the troops are sent in the clause before "as" and the clause after it
 * counts its dead or hurt: "sent troops as a precaution" is one deployment, as before.
 */
import { COUNTED, TOLL } from './words';

// "rushing reserve troops", "deployed more units", "sent reinforcements": troops sent, in a few words.
const SENT = /\b(?:rush(?:ed|ing)|deploy(?:ed|ing)|sen[dt]|sending|dispatch(?:ed|ing))\s+(?:\w+\s+){0,3}?(?:troops|units|forces|reinforcements|reserves|soldiers)\b/i;
// Where the "as" clause starts.
const AS = /\s+as\s+/i;

/** Whether the sentence sends troops in its main clause and counts a toll in the "as" clause after it. */
export function sentAsToll(text: string): boolean {
  const as = AS.exec(text);
  if (!as) return false;
  const before = text.slice(0, as.index);
  const after = text.slice(as.index + as[0].length);
  return SENT.test(before) && TOLL.test(after) && COUNTED.test(after);
}
