/**
 * Sentences whose event is the act of saying or telling itself, not what was said: "The
 * United States issued a warning on Monday regarding the movement of troops toward Kursk",
 * "Blinken had already mentioned a deployment in Kursk", "Ukraine has since shared
 * intelligence with NATO", "officials from South Korea, who briefed NATO". The act happens
 * where the actor sits (or, for a briefing, where the briefed body sits); the place it talks
 * about belongs in the title and quote, not on the map.
 *
 * "X said that troops were spotted in Kursk" is not such an act: its that-clause reports an
 * event, which is the candidate. Only acts with an object or a topic are listed here.
 */
import type { Category } from '../domain/types';
import { subjectBefore } from './attribution';

export interface SpeechAct {
  category: Category;
  /** The verb phrase, for the report. */
  cue: string;
  /** Who acted, when the sentence names them before the verb; else the caller's speaker. */
  actor: string | undefined;
  /** For a briefing: the body briefed, whose seat is where it happened. */
  addressee: string | undefined;
}

// Optional auxiliary and adverb before the verb, so the subject ends before them.
const AUX = String.raw`(?:(?:has|have|had)\s+)?(?:(?:also|already|since|later|previously|reportedly)\s+)?`;
const ACTS: Array<[RegExp, Category]> = [
  [new RegExp(String.raw`\b${AUX}(issued|issues)\s+an?\s+(?:warning|statement|alert|appeal)\b(?!\s+that\b)`, 'i'), 'statement'],
  [new RegExp(String.raw`\b${AUX}(warned|warns)\s+(?:(?!that\b)\w+\s+){0,3}?(?:of|about|against|regarding|over)\b`, 'i'), 'statement'],
  [new RegExp(String.raw`\b${AUX}(mentioned|mentions)\s+(?:an?|the|its|their)\s`, 'i'), 'statement'],
  [new RegExp(String.raw`\b${AUX}(avoided|avoids|dodged|declined)\s+(?:the|to answer|to comment)\b`, 'i'), 'statement'],
  [new RegExp(String.raw`\b${AUX}(shared|shares)\s+(?:\w+\s+)?(?:intelligence|information|data)\b`, 'i'), 'intelligence'],
  [new RegExp(String.raw`\b${AUX}(briefed|briefs)\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})`, 'u'), 'intelligence'],
];

/** The speech act a sentence reports, if its event is the act itself. */
export function speechAct(sentence: string): SpeechAct | undefined {
  for (const [re, category] of ACTS) {
    const m = re.exec(sentence);
    if (!m) continue;
    const briefed = category === 'intelligence' && /^brief/i.test(m[1] ?? '') ? m[2] : undefined;
    return { category, cue: m[0].trim(), actor: subjectBefore(sentence, m.index), addressee: briefed };
  }
  return undefined;
}
