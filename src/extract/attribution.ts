/**
 * Who a sentence attributes its claim to: "X said", "according to X", "X reported",
 * "X warned", "X announced", and the inverted "..., says X" of quoted speech. The first
 * attribution in the sentence is the claim's: in "Zelenskyy said that according to
 * intelligence...", Zelenskyy is the one saying it.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar';
import type { AttributionMention } from './types';

const VERBS =
  'said|says|reported|reports|warned|warns|announced|announces|stated|states|claimed|claims|confirmed|confirms|' +
  'noted|notes|note|added|adds|explained|explains|revealed|reveals|indicated|indicates|emphasized|emphasised|' +
  'believes|believe|cautions|caution|cautioned|suggested|suggests|suggest|argues|argued|writes|wrote|assures|' +
  'mentioned|mentions|told|tells|highlights|assured|insists|insisted|denied|denies|cite|cites|' +
  'issued a warning|issued a statement|expressed|condemned|object|objects|objected|countered|disagree|disagrees|disagreed|predicted|predicts|anticipate|anticipates|remarked|declared|acknowledged|alleged';

const SUBJECT_VERB = new RegExp(
  String.raw`(?:\b(?:has|have|had)\s+)?(?:\b(?:also|since|later|previously|already|reportedly|earlier)\s+)?\b(${VERBS})\b`,
  'g',
);
const ACCORDING = /\baccording to\s+([^,.;:!?“”"]+)/gi;
const CITING = /\b[Cc]iting\s+([^,.;:!?“”"]+)/g;
// "For South Korea, this would be a dress rehearsal": the view of a named party. Only a
// capitalised name, so "For instance," and "For years," are not speakers.
const FOR_VIEW = /^For\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}),\s/u;
const NOT_A_PARTY = new RegExp(`^(?:${MONTH_NAMES}|${WEEKDAY_NAMES}|Example|Instance)\\b`);
const INVERTED = new RegExp(String.raw`[,”"’]\s*(${VERBS})\s+([^.;!?]+)`, 'g');
// Openers that are not the subject: "On October 4,", "At an October 17 press conference in Brussels,".
const LEADING_ADVERBIAL = /^(?:(?:on|at|in|later|earlier|meanwhile|despite|after|before|following|however|previously|since|during|interestingly|nevertheless|for instance|citing)\b[^,]*,\s*)+/i;
// A subject with a finite verb of its own is a clause, not a speaker ("Moscow is ... friendly states").
const CLAUSE = /\b(?:is|are|was|were|will|would|could|can|might|may|must|should|has|have|had)\b|^(?:if|when|while|whether|as|although|though)\b/i;
const PRONOUN = /^(?:he|she|they|him|her|them|it)$/i;
// "..., the airline confirmed", "the ministry said": a body named by its common noun speaks.
const BODY = /^the\s+(?:airline|carrier|company|ministry|agency|police|army|government|authorities|hospital|operator|spokes(?:man|woman|person))$/i;

export const isPronoun = (speaker: string): boolean => PRONOUN.test(speaker);

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

function cleanSpeaker(raw: string): string {
  return raw
    .replace(/[\s,]+$/, '')
    .replace(/\s+(?:\w+ly)$/i, '') // "Estonian intelligence similarly"
    .replace(/[\s,]+$/, '')
    .replace(/^[\s,"“”'’]+/, '')
    .trim();
}

/** The subject before a reporting verb at `verbAt` in `sentence`, or undefined. */
export function subjectBefore(sentence: string, verbAt: number): string | undefined {
  let chunk = sentence.slice(0, verbAt);
  // Speech closed by a quote: the subject starts after the last closing quote mark.
  // Only a quote closed after punctuation ends speech; “strongly” in scare quotes does not.
  const quoteEnd = Math.max(...[',”', '.”', '?”', '!”', ',"', '."'].map((q) => chunk.lastIndexOf(q)));
  if (quoteEnd >= 0) chunk = chunk.slice(quoteEnd + 2);
  // Drop parentheticals ("NATO and its partners in Asia – South Korea, Japan – condemned").
  chunk = chunk.replace(/\s[–—]\s[^–—]*\s[–—]\s/g, ' ').replace(/\s*\([^)]*\)/g, (m) => (/^\s*\([A-Z]{2,6}\)$/.test(m) ? m : ''));
  chunk = chunk.replace(/\s*[“"][\p{L}\s]+[”"]\s*$/u, ' ');
  chunk = chunk.replace(/^.*\b(?:that|and that|while|because|but)\s+/i, '');
  chunk = chunk.replace(LEADING_ADVERBIAL, '');
  let subject = cleanSpeaker(chunk);
  if (wordCount(subject) > 12) subject = cleanSpeaker(subject.slice(subject.lastIndexOf(',') + 1));
  if (!subject || wordCount(subject) > 12 || CLAUSE.test(subject)) return undefined;
  // A subject names someone: capitalised, a pronoun, or a noun for people and bodies.
  if (!/[A-Z]/.test(subject) && !PRONOUN.test(subject) && !/\b(?:experts?|analysts?|officials?|sources|intelligence|report|military)\b/i.test(subject) && !BODY.test(subject)) return undefined;
  return subject;
}

/** The source a sentence cites ("Citing American intelligence, ..."), if any. */
export function citedSource(sentence: string): string | undefined {
  CITING.lastIndex = 0;
  const m = CITING.exec(sentence);
  return m?.[1] ? cleanSpeaker(m[1]) : undefined;
}

/** All attributions in a sentence, earliest first; `offset` is the sentence's file offset. */
export function findAttributions(sentence: string, offset = 0): AttributionMention[] {
  const found: AttributionMention[] = [];
  const push = (speaker: string | undefined, cue: string, start: number, end: number): void => {
    if (!speaker) return;
    found.push({ speaker, cue, start: offset + start, end: offset + end, text: sentence.slice(start, end) });
  };
  for (const re of [ACCORDING, CITING]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence)) !== null) {
      const speaker = cleanSpeaker(m[1] ?? '');
      if (wordCount(speaker) <= 12) push(speaker, re === ACCORDING ? 'according to' : 'citing', m.index, m.index + m[0].length);
    }
  }
  const view = FOR_VIEW.exec(sentence);
  if (view?.[1] && !NOT_A_PARTY.test(view[1])) push(view[1], 'for', 0, view[0].length - 1);
  INVERTED.lastIndex = 0;
  let inv: RegExpExecArray | null;
  while ((inv = INVERTED.exec(sentence)) !== null) {
    // "..., says the expert, predicting a maximum of...": the speaker ends before the participle.
    const raw = (inv[2] ?? '').split(/\s+(?:in an?|during|also|on)\s+|,\s+(?=[a-z]+ing\b)/)[0] ?? '';
    const speaker = cleanSpeaker(raw.split(/\s+/).slice(0, 12).join(' '));
    // "..., says the expert" is inverted speech; ", emphasized the challenges of commanding..."
    // after an appositive is not: a "the ..." speaker is a short noun phrase.
    // "..., says retired Australian general Mick Ryan": a lower-case title before a name.
    const titled = /^[a-z][\p{L}\s-]*\s\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}'’-]+)+$/u.test(speaker) && wordCount(speaker) <= 6;
    const short = /^[A-Z]/.test(speaker) || (/^the\s/.test(speaker) && wordCount(speaker) <= 4) || titled;
    if (short && !CLAUSE.test(speaker)) push(speaker, inv[1] ?? '', inv.index + 1, inv.index + inv[0].length);
  }
  SUBJECT_VERB.lastIndex = 0;
  let sv: RegExpExecArray | null;
  while ((sv = SUBJECT_VERB.exec(sentence)) !== null) {
    if (found.some((f) => offset + sv!.index >= f.start && offset + sv!.index < f.end)) continue;
    const speaker = subjectBefore(sentence, sv.index);
    if (speaker) push(speaker, sv[1] ?? '', sentence.indexOf(speaker), sv.index + sv[0].length);
  }
  // "Citing American intelligence, Blinken mentioned...": Blinken speaks; citing is a fallback.
  const direct = found.filter((f) => f.cue !== 'citing');
  return (direct.length ? direct : found).sort((a, b) => a.start - b.start);
}
