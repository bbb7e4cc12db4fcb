/**
 * Where moving troops are going and where they come from, as the sentence words it: "sent to
 * train in eastern Russia, with many now moving toward the battlefield in the Kursk region",
 * "moved from Khabarovsk to Kursk". The origin is the place after "from", or the place they
 * were training or stationed in before the movement word.
 */
import type { PlaceMention, Sentence } from './types';

// A visit goes where it is paid: "is to pay an official visit to Australia", "a trip to Manila".
const VISIT = /\b(?:visit(?:s|ed|ing)?|trip|tour|travel(?:s|led|ed|ling|ing)?|arriv(?:e|es|ed|ing))\b/i;
const MOVING = /\b(?:en route|moving|moved|moves|heading|headed|relocat\w*|transferred|redeployed|advancing)\b/i;
// "training in", "sent to train in", "stationed at": where they were before they moved.
const STAYED = /\b(?:train(?:ing|ed)?|stationed|based|gathered|massed|assembled)\s+(?:\w+\s+){0,2}?(?:in|at|near)\s+(?:the\s+)?$/i;

export interface Leg {
  /** Where to: the first place after a locative word following the movement word. */
  destination: PlaceMention | undefined;
  origin: PlaceMention | undefined;
  /** How the origin was found, for the report. */
  originBy: 'from' | 'stayed' | undefined;
  /** The movement word, when the sentence has one. */
  moving: string | undefined;
}

const before = (sentence: Sentence, m: PlaceMention): string => sentence.text.slice(0, m.start - sentence.start);

/** Where the sentence's troops stayed (trained, were stationed) before anything else. */
export function stayedAt(sentence: Sentence, places: readonly PlaceMention[]): PlaceMention | undefined {
  return places.find((p) => p.place.kind !== 'country' && STAYED.test(before(sentence, p)));
}

/** The movement a sentence reports: destination and origin, each possibly unknown. */
export function movementLeg(sentence: Sentence, places: readonly PlaceMention[]): Leg {
  const m = MOVING.exec(sentence.text);
  const word = m ?? VISIT.exec(sentence.text);
  const at = word ? sentence.start + word.index : undefined;
  // "visited Pakistan": the place right after a visit word is where it went, preposition or not.
  const wordEnd = word ? sentence.start + word.index + word[0].length : undefined;
  const destination = at === undefined ? undefined : places.find((p) => p.start > at && !p.from && (p.locative || (!m && p.start - (wordEnd ?? 0) <= 1)));
  const from = places.find((p) => p.from && p.place.id !== destination?.place.id);
  if (from) return { destination, origin: from, originBy: 'from', moving: m?.[0] };
  const stayed = at === undefined ? undefined : places.find((p) => p.start < at && p.place.id !== destination?.place.id && STAYED.test(before(sentence, p)));
  return { destination, origin: stayed, originBy: stayed ? 'stayed' : undefined, moving: m?.[0] };
}
