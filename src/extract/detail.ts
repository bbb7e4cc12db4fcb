/**
 * A sentence that goes on with the happening just before it: a detail, a toll told right
 * after it, or the day it took place.
 *
 * A sentence is a detail of the happening before it when it points back at it ("the attack",
 * "the incident", "those killed", "they", the same stated spot, the same named speaker going
 * on) and adds nothing that would make it another event: no date of its own and no turn to
 * another time ("Earlier,", "weeks after"), no other incident ("another airstrike", "also
 * struck"), no place of its own other than that happening's (nor "the town of X" or a list
 * of villages the gazetteer lacks; where the people it touched were taken is allowed), no
 * count of its own (except a toll told right after it: "11 civilians have been killed"), the same kind of event, and no other speaker's statement. It must follow
 * that happening closely: the same or the next paragraph ("the attack" one further), with no
 * other event in between. Its quote then joins that candidate as a further claim. A sentence
 * that names a new actor or object without pointing back ("a hypermarket had been hit",
 * "Blinken arrived from Phnom Penh") stays a candidate of its own: the words do not say it
 * is the same happening.
 */
import type { Category } from '../domain/types';
import type { Reading } from './reading';
import type { CandidateFeature } from './types';
import { isDistance } from './same-clash';
import { namesNeighbour, namesOtherCountry, namesPlaceNoun, namesUnknownPlace, type Told } from './told';
import { NUMBER_WORD } from './words';

// Kinds that tell the same happening from different sides: a strike and its toll; a
// movement and the deployment it makes. A statement is a happening only for its speaker.
export const FAMILY: Record<Category, string> = {
  strike: 'violence', casualties: 'violence', 'ground-fighting': 'violence', 'armed-conflict': 'violence',
  explosion: 'violence', 'violence-against-civilians': 'violence',
  // Police dispersing a crowd and the toll of it tell one happening, as a strike and its toll do.
  protest: 'violence', riot: 'violence',
  movement: 'moves', deployment: 'moves', training: 'moves',
  agreement: 'agreement', intelligence: 'talk', statement: 'talk', analysis: 'talk', other: 'other',
};

/** The families of harm (violence, a disaster or another blow), not words, moves or deals. */
export const HARM_FAMILIES: ReadonlySet<string> = new Set(['violence', 'other']);

/** Of `happenings`, those that are not only words (statements, reactions): what happened, in the order told. */
export const notOnlyWords = (happenings: readonly Told[]): Told[] => happenings.filter((h) => FAMILY[h.candidate.properties.category] !== 'talk');

// "Earlier, ...", "Meanwhile, ...": the sentence turns to another moment or another scene.
const NEW_TIME = /^\W*(?:earlier|later|meanwhile|previously|before that|after that|afterwards|elsewhere|separately|in a separate|also on|prior to|then)\b|\b(?:hours|days|weeks|months|years) (?:after|before|earlier|later|ago)\b/i;
// "another airstrike", "also struck", "a second drone": a further incident, not a detail.
const ANOTHER = /\b(?:another|also|a second|a third|a further|other (?:strikes?|attacks?|raids?|villages?|towns?))\b/i;
// The people a happening touched, named again: "those killed", "the victims", "Casualties were".
const PEOPLE_BACK = /\b(?:those|people) (?:killed|wounded|injured)\b|\bthe (?:victims?|dead|wounded|injured)\b|^\W*casualties\b|\bthe (?:\w+ )?(?:hostages|captives|detainees)\b/i;
// The happening named by its definite noun: "the strike", "the attack", "this incident".
const NAMES_IT = /\b(?:the|this|that) (?:magnitude[- ]?[\d.]+ )?(?:\w+ )?(?:attack|incident|strike|airstrike|raid|explosion|blast|assault|shelling|bombing|flood(?:s|ing)?|landslide|clash(?:es)?|quake|earthquake|tremor|seizure|hijacking|protest|crackdown)\b/i;
// "the northern town of Al-Kafour": a place named, even one no gazetteer knows.
// Words that point back at a happening already told: the incident's definite nouns, the
// people it touched, or a pronoun subject.
const POINTS_BACK = /\b(?:the|this|that) (?:\w+ )?(?:attack|incident|strike|airstrike|raid|explosion|blast|bombers?|IED|device|missile|drone|vessel|ship|tanker|seizure|hijacking|quake|earthquake|crowd|protesters|demonstrators|protest|crackdown|assault|shelling|bombing|clash(?:es)?|victims?|dead|wounded|injured|casualties|hostages|captives|detainees|handover|release|swap)\b|\b(?:those|people) (?:killed|wounded|injured)\b|^\W*(?:they|it|he|she|casualties|the victims)\b|\b(?:it|they|he|she) (?:said|added|reported)\b/i;

/** The happening a detail may join: the last sentence that proposed a candidate. */
export interface OpenHappening {
  reading: Reading;
  candidate: CandidateFeature;
  /** The paragraph of the last sentence joined to it: a detail follows the one before it. */
  last?: number;
}

const placeOwn = (r: Reading): boolean => r.places.some((p) => p.place.kind !== 'country');

/**
 * Whether `next` (the only candidate of `reading`) is a detail of `open`: see the module
 * comment for the rule.
 */
export function isDetail(reading: Reading, next: CandidateFeature, open: OpenHappening | undefined): open is OpenHappening {
  if (!open) return false;
  const a = open.candidate.properties;
  const b = next.properties;
  const text = reading.sentence.text;
  // Another speaker's words on it are that speaker's claim, kept apart for review.
  const speakerA = open.candidate.properties.claims[0]?.attribution;
  const speakerB = b.claims[0]?.attribution;
  // "Maritime security authorities are investigating the attack.": a definite incident noun
  // reaches back over a paragraph with no event in it; a pronoun or "the dead" does not.
  const gap = reading.paragraph - (open.last ?? open.reading.paragraph);
  if (gap > 2 || (gap === 2 && !NAMES_IT.test(text))) return false;
  if (FAMILY[a.category] !== FAMILY[b.category]) return false;
  if (isToll(reading, next, open, gap)) return true;
  if (b.figures.some((f) => !isDistance(f.text, reading.sentence.text)) || COUNT.test(reading.sentence.text)) return false;
  // "a report of an incident 100 nautical miles east of Aden" after the lede put one there:
  // the same stated spot at sea or off a coast (an offset, not a town) is the same happening.
  const sameSpot = placeOwn(reading) && b.place === a.place && next.candidate.placePhrase !== '' && /\b(?:of|off)\b/.test(next.candidate.placePhrase) && /\d/.test(next.candidate.placePhrase);
  // The same named speaker going on about it, no new place, time or count: the report continues.
  const sameSpeaker = reading.attribution !== undefined && speakerA !== undefined && speakerA === b.claims[0]?.attribution;
  if (reading.dates.length > 0 || NEW_TIME.test(text) || ANOTHER.test(text) || !(POINTS_BACK.test(text) || sameSpot || sameSpeaker)) return false;
  // "Casualties were transported to a hospital in the city of Nabatieh": where the people it
  // touched were taken is no new happening; any other place named is.
  const people = PEOPLE_BACK.test(text);
  if (reading.unresolved.length > 0 || (namesPlaceNoun(text) && !people)) return false;
  // "He added that some had been wounded": a toll is a claim of its own unless it points at
  // the people already counted ("those killed", "the victims").
  if (b.category === 'casualties' && a.category !== 'casualties' && !people) return false;
  // "He arrived from Phnom Penh": a place named besides the happening's is news of its own.
  if (!PEOPLE_BACK.test(reading.sentence.text) && (reading.places.some((p) => p.place.kind !== 'country' && p.place.id !== a.place) || (placeOwn(reading) && b.place !== a.place))) return false;

  if (FAMILY[b.category] === 'talk' && speakerA !== speakerB) return false;
  if (reading.act && speakerA !== speakerB) return false;
  return true;
}

/**
 * "11 civilians have been savagely killed with knives, the local civil society says.", "Civil
 * society sources speak of 20 dead.": a toll told right after an attack (same or next
 * paragraph), with no date, place, other incident or turn of time of its own, is that attack's
 * toll, whoever gives it: a claim on the attack, its count a figure of it.
 */
function isToll(reading: Reading, next: CandidateFeature, open: OpenHappening, gap: number): boolean {
  const b = next.properties;
  const text = reading.sentence.text;
  if (b.category !== 'casualties' || (b.figures.length === 0 && !UNCOUNTED.test(text)) || FAMILY[open.candidate.properties.category] !== 'violence' || gap > 1) return false;
  // "a 10-year-old boy and a woman had also been wounded": "also" adds to the toll, it tells no other incident.
  if (reading.dates.length > 0 || NEW_TIME.test(text) || ANOTHER.test(text.replace(ALSO_HURT, '')) || reading.act) return false;
  // "The Ziv Hospital in Safed has admitted 26 wounded": where the hurt were taken is no
  // place of the happening's own; a blow to the hospital ("hit the hospital") still is.
  if (CARED_FOR.test(text) && !HIT.test(text)) return true;
  const ownPlace = reading.places.some((p) => p.place.kind !== 'country' && p.place.id !== open.candidate.properties.place);
  return !ownPlace && !namesUnknownPlace(reading) && !namesNeighbour(reading) && !namesOtherCountry(reading, open);
}

const CARED_FOR = /\b(?:hospitals?|medical cent(?:er|re)s?|clinics?)\b[^.;]{0,80}\b(?:admitted|admitting|treating|treated|received|receiving)\b|\b(?:admitted|taken|transported|rushed|evacuated|brought|airlifted)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:hospitals?|medical cent(?:er|re)s?|clinics?)\b/i;
const HIT = /\b(?:hit|struck|strikes?|shelled|bombed|attacked|targeted|stormed|raided)\b/i;
const ALSO_HURT = /\balso (?:been |were |was )?(?:killed|wounded|injured|hurt|died)\b/gi;

// "The number of casualties is still being clarified", "Casualties and material damage have
// been reported": a toll not yet counted is the happening's toll too.
const UNCOUNTED = /\b(?:casualties|(?:the|a) (?:number|toll|death toll) of (?:the )?(?:dead|victims|casualties)|material damage)\b/i;

// "Five others were injured": a count of people in words is a claim of its own too.
const COUNT = new RegExp(String.raw`\b(?:\d[\d,]*|${NUMBER_WORD}|eleven|twelve|dozens?|scores|hundreds|thousands)\s+(?:\w+\s+)?(?:people|persons|others|civilians|soldiers|children|fighters|troops|dead|killed|wounded|injured)\b`, 'i');


/**
 * "At least nine people were killed when aircraft struck ..." with no date, then "The strike
 * targeted a structure ... early Saturday": a lede the text dates only in the sentence that
 * goes on with it takes that date. `next` is the following sentence's candidate; it must have
 * a date of its own, name the happening ("the strike"), be of the same kind and follow at
 * once (same or next paragraph).
 */
export function dateFromFollowUp(open: OpenHappening | undefined, reading: Reading, next: CandidateFeature): boolean {
  if (!open || !open.candidate.candidate.reportDated || reading.dates.length === 0) return false;
  // "The strike came only a few days after the RSF struck a mosque": the date counts back to
  // the other thing from the strike; it does not date the strike.
  if (RELATIVE_DATE.test(next.candidate.datePhrase)) return false;
  if (reading.paragraph - open.reading.paragraph > 1 || !NAMES_IT.test(reading.sentence.text)) return false;
  const a = open.candidate.properties;
  const b = next.properties;
  if (FAMILY[a.category] !== FAMILY[b.category] || b.start > (open.candidate.candidate.published.end)) return false;
  Object.assign(a, { start: b.start, end: b.end, datePrecision: b.datePrecision, dateNote: `no date in the sentence: the next one, about the same happening, dates it (${b.dateNote ?? b.start})` });
  open.candidate.candidate.reportDated = false;
  open.candidate.candidate.datePhrase = `(${next.candidate.datePhrase})`;
  return true;
}

const RELATIVE_DATE = /\b(?:after|before|earlier|later|ago)\b/i;

/** Add the detail's quote and figures to the happening's candidate, in place. */
export function absorb(open: OpenHappening, detail: CandidateFeature): void {
  const p = open.candidate.properties;
  for (const claim of detail.properties.claims) {
    if (!p.claims.some((c) => c.offsets?.[0] === claim.offsets?.[0])) p.claims.push(claim);
  }
  for (const figure of detail.properties.figures) if (!p.figures.some((f) => f.text === figure.text)) p.figures.push(figure);
}
