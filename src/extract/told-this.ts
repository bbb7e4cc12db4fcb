/**
 * Who told what was just told. Once a report has told a happening, it often names its source in
 * a sentence of its own that points back with "this": "Kharkiv's mayor and the governor of the
 * region announced this in Telegram.", "The health minister confirmed this while speaking to
 * the newspersons at the burn institute.", "This was reported by the head of the city military
 * administration on his Telegram channel.", "The incident was first reported by a harbour patrol
 * officer on duty in Gilimanuk waters." Such a sentence tells who said it, where and when,
 * not that anything happened: a claim on the happening told last, not a statement of its own
 * at the speaker's seat.
 *
 * Only when "this" stands alone as what was told (before a full stop, a comma or a phrase of
 * place, time or manner: "disclosed this on Wednesday"), never before a noun ("said this
 * Monday", "announced this year's budget"); only when the sentence counts nothing; and only
 * after a happening is told.
 */
import type { Reading } from './reading';
import { lastTold, type Told } from './told';
import type { CandidateFeature } from './types';
import { HAPPENING_NOUN } from './words';

const TELLING = String.raw`(?:said|told|disclosed|confirmed|announced|reported|stated|wrote|posted|revealed|shared)`;
// What may follow a "this" that stands alone: the end of the clause, or a phrase of place,
// time or manner ("in Telegram", "on Wednesday", "while speaking to", "at a news conference").
const AFTER_THIS = String.raw`(?=\s*(?:[.,;:]|$)|\s+(?:in|on|at|to|while|when|during|after|via|through|from|before|as|and|but)\b)`;
// "announced this in Telegram", "disclosed this on Wednesday".
const TOLD_THIS = new RegExp(String.raw`\b${TELLING}\s+this${AFTER_THIS}`, 'i');
// "This was reported by the head of ...", "This has been confirmed by ...", and the happening
// named back as what was told: "The incident was first reported by a harbour patrol officer".
const THIS_WAS_TOLD = new RegExp(String.raw`^\W*(?:this|the\s+(?:[\w-]+\s+)?(?:${HAPPENING_NOUN}))\s+(?:was|has been|had been|is)\s+(?:\w+ly\s+|first\s+)?${TELLING}\s+by\b|^\W*this\s+(?:was|has been|had been|is)\s+(?:\w+ly\s+)?${TELLING}\b`, 'i');

/** Whether the sentence tells only who told what came before it. */
export const tellsWhoToldThis = (text: string): boolean => TOLD_THIS.test(text) || THIS_WAS_TOLD.test(text);

/** The happening `reading` names the source of, or undefined. */
export function toldThisOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  if (found.length === 0 || !tellsWhoToldThis(reading.sentence.text)) return undefined;
  if (found.some((c) => c.properties.figures.length > 0)) return undefined;
  return lastTold(happenings);
}
