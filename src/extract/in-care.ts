/**
 * The people a happening touched, told again where they are cared for or counted. After a
 * fire, a crash or an attack, a report goes on with its victims: "Some 10 of the injured are
 * undergoing treatment at the burn institute", "bodies of 33 were kept at the medical college
 * hospital", "the injured were rushed to hospital", "a number of injured were discharged after
 * primary treatment", "37 people were still being treated in hospital", "190 people had sought
 * medical help". Such a sentence is the happening's toll told again, where its people were
 * taken, not a happening of its own: a claim on the last happening told, when it names no place
 * outside the happening's town, gives no day before it, and turns to no other incident or time.
 * So, too, the rescue, search and firefighting at its site (`rescueOf`) and the arrests and
 * inquiries "in connection with" it (`inquiryOf`): its aftermath, not a happening of its own.
 */
import type { Reading } from './reading';
import { distanceKm } from './geo';
import { daysBefore, lastTold, ownPlaces, type Told } from './told';
import { notOnlyWords } from './detail';
import type { CandidateFeature } from './types';
import { DEATHS, OTHER_NAMED_HAPPENING } from './words';

// The people: "the injured", "bodies of 33", "27 bodies", "patients", "the deceased".
const PEOPLE = /\b(?:injured|wounded|dead|deceased|bodies|body|patients|victims|survivors)\b/i;
// Where they are cared for or kept: the hospital's work, not the happening's.
const CARE = /\b(?:undergoing treatment|under treatment|receiving treatment|being treated|were treated|are treated|pronounced dead|(?:were|was|are|been) kept|rushed to|taken to|brought to|transferred to|referred to|admitted to|discharged|nursing (?:their )?injuries|in (?:a )?(?:stable|critical|serious) condition|handed over to)\b/i;
// Those counted in hospital, which names the people and their care at once: "37 people were
// still being treated in hospital", "190 people had sought medical help", "81 survivors, 20
// hospitalized", "23 people had been sent to hospitals", "25 who are now in burn units".
const IN_HOSPITAL = /\b(?:hospitali[sz]ed|(?:still |now )?in (?:the )?hospitals?\b|in (?:\w+ ){0,2}burns? units?|in intensive care|sought (?:medical|hospital) (?:help|attention|treatment|care)|(?:sent|taken|brought|rushed|admitted) to (?:the |local |nearby |a )?hospitals?)\b/i;
// "another attack", "earlier", "a previous": another happening or time.
const OTHER = new RegExp(String.raw`\b(?:${OTHER_NAMED_HAPPENING})\b`, 'i');

// The hospitals of the happening's own town: a city's extent past the area it was put in.
const NEARBY_KM = 25;

/** Each place the sentence names is one the happening named, or lies in its town. */
const inTown = (reading: Reading, h: Told): boolean =>
  ownPlaces(reading).every((p) => h.names.has(p.place.id) || distanceKm(p.place.point, h.candidate.geometry.coordinates as [number, number]) <= (h.stated?.radiusKm ?? 0) + NEARBY_KM);

/**
 * The last happening told that is not words, when `reading` names no place outside its town
 * and gives no day before it: the happening whose aftermath a sentence of care, rescue or
 * inquiry tells.
 */
function aftermathOf(reading: Reading, happenings: readonly Told[]): Told | undefined {
  const h = lastTold(notOnlyWords(happenings));
  return h && inTown(reading, h) && !daysBefore(reading, h) ? h : undefined;
}

/** The happening whose people `reading` tells of in care, or undefined. */
export function inCareOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  if (found.length === 0 || !((PEOPLE.test(text) && CARE.test(text)) || IN_HOSPITAL.test(text)) || OTHER.test(text) || reading.unresolved.length > 0 || reading.modifiers.length > 0) return undefined;
  return aftermathOf(reading, happenings);
}

// The work at its site: "rescue teams were still searching", "firefighters brought the flame
// under control", "search and rescue operations continued".
const RESCUE = /\b(?:rescuers|rescue (?:workers|teams?|operations?|efforts?|work)|search(?:-| )and(?:-| )rescue|search (?:operations?|efforts?)|firefighters|fire ?fighters|brought (?:\w+ )?under control|extinguish(?:ed|ing)?|douse|doused|dousing|recovery (?:work|operations?|efforts?))\b/i;

// "helicopters had rescued 10 people", "29 were rescued safely": those saved from it.
const RESCUED = /\brescued\b/i;

/**
 * "Rescue teams were still searching wrecked buildings in the city centre": the rescue,
 * search or firefighting at a happening's site is its aftermath, a claim on the last happening
 * told, when it names no place outside that happening's town, gives no day before it, counts
 * no dead and turns to no other incident or time. Those rescued ("helicopters had rescued 10
 * people", "29 were rescued safely, while 6 have been confirmed dead") are its rescue too, with
 * or without the dead counted beside them.
 */
export function rescueOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  // "29 were rescued safely, while 6 have been confirmed dead": those saved, beside the dead
  // already counted, are the rescue still.
  const saved = RESCUED.test(text);
  if (found.length === 0 || !(saved || RESCUE.test(text)) || (!saved && DEATHS.test(text)) || OTHER.test(text) || reading.unresolved.length > 0 || reading.modifiers.length > 0) return undefined;
  return aftermathOf(reading, happenings);
}

// "arrested in connection with the incident", "an investigation committee into the matter",
// "investigators ... for their investigation": the inquiry into a happening, not one of its own.
const INQUIRY = /\bin connection with (?:the|this|that)\b|\binvestigat(?:ion|ions|ors?|ing)\b[^.]{0,40}\b(?:into|of) (?:the|this|that) (?:matter|incident|case|accident|attack|blast|explosion|fire|crash|collapse)\b|\binvestigators\b[^.]{0,80}\b(?:their|the) investigation\b/i;

/**
 * "Three persons were arrested in connection with the incident": an arrest or inquiry into
 * the happening told is a claim on it, when it names no place outside its town, gives no day
 * before it, and turns to no other incident or time.
 */
export function inquiryOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  if (found.length === 0 || !INQUIRY.test(text) || DEATHS.test(text) || reading.unresolved.length > 0 || reading.modifiers.length > 0) return undefined;
  return aftermathOf(reading, happenings);
}

// The dead given back or waited for: "the authorities have begun to return the bodies to their
// families", "six bodies were handed over to the families", "others waited for the bodies of the
// dead", "We have already identified 22 bodies". Burial is left out: a burial is at times a
// happening of its own ("The forces buried the bodies about 100 metres from the hotel").
const BODIES_BACK = /\b(?:bodies|body|remains|loved ones)\b[^.;]{0,60}?\b(?:handed over|handed back|returned|identified|repatriated|awaited)\b|\b(?:hand(?:ed|ing)? over|return(?:ed|ing)?|identif(?:ied|ying|y)|repatriat(?:ed|ing|e)|awaited|awaiting|waited for|waiting for)\s+(?:(?:the|their|all|\d+|[\w-]+)\s+){0,3}?(?:bodies|remains|loved ones)\b/i;
// Burial, or harm told in the same sentence: a happening of its own.
const NOT_HANDED_BACK = /\b(?:buried|burial|bury|killed|killing|died|attacked|struck|exploded|collapsed)\b/i;
// Another happening or time, beyond "Earlier" or "Meanwhile", which open such a sentence as often as not.
const ANOTHER = /\b(?:another|a second|a third|a further|previous|previously|last (?:week|month|year)|ago|in \d{4})\b/i;

/**
 * "Meanwhile, the authorities have begun to return the bodies to their families", "Earlier, six
 * bodies were handed over to the families": the dead of a happening handed back, identified or
 * waited for are its aftermath, a claim on the last happening told, when the sentence names no
 * place outside its town, gives no day before it, tells no burial or harm of its own and turns to
 * no other happening or time. "Earlier" and "Meanwhile" may open it: the handing back comes after
 * the happening whichever way the report turns to it.
 */
export function bodiesBackOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  if (found.length === 0 || !BODIES_BACK.test(text) || NOT_HANDED_BACK.test(text) || ANOTHER.test(text) || reading.modifiers.length > 0) return undefined;
  return aftermathOf(reading, happenings);
}
