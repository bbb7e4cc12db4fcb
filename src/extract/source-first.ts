/**
 * A detail told with its source first. "Terekhov said that Russian troops struck a residential
 * area of the city.": after a happening is told, a report goes on with its details as its
 * sources give them, each sentence opening with who told it. Such a sentence that names no place
 * of its own (but a country), gives no day and no count of its own, and tells of no other
 * happening ("another airstrike", "a second blast") tells nothing the happening told last does
 * not: it is a claim on that happening, not a happening of its own at the article's theatre.
 *
 * Only after a happening is told: an opening line so told is the report's lede. A sentence
 * naming a place of its own ("attacked a depot in the town of Khiam"), a day ("on Wednesday")
 * or a count ("that 27 people were dead") stays a candidate of its own, as does harm the
 * happening told last did not tell ("told reporters that all power across the island was
 * knocked out": what a blow cut off is news of its own).
 */
import { tellsOutage } from './classify';
import type { Reading } from './reading';
import { withoutDateline } from './placing';
import { lastTold, namesUnknownPlace, type Told } from './told';
import type { CandidateFeature } from './types';
import { FAMILY } from './detail';
import { OTHER_HAPPENING, TOLL } from './words';

// "Terekhov said that ...", "The Israeli army says ...": the source opening the sentence.
const opensWithSource = (reading: Reading): boolean => {
  const a = reading.attribution;
  if (a === undefined || reading.sentence.text.slice(0, a.start - reading.sentence.start).trim() !== '') return false;
  const told = reading.sentence.text.slice(a.end - reading.sentence.start);
  return /^\s*(?:that\s+|,\s*)?\S/.test(told) && told.trim().split(/\s+/).length >= 4;
};

// "another airstrike targeted ...", "a second blast": a happening of its own, not a detail.
// A detail comes with no words of its own, so bare "other", "second", "new", "fresh", "later",
// "last" mark one too.
const ANOTHER = new RegExp(String.raw`\b(?:${OTHER_HAPPENING}|other|second|third|fresh|new|separate|later|last)\b`, 'i');

// "the army has been deployed ... after protesters stormed ...": one happening set after
// another, the sentence tells the later one, something new.
const SEQUENCED = /\b(?:after|following|before|since|until|then)\b/i;


/** The happening `reading`'s detail, told with its source first, goes on with; else undefined. */
export function sourceFirstDetailOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  if (found.length === 0 || reading.dates.length > 0 || reading.modifiers.length > 0 || !opensWithSource(reading)) return undefined;
  if (withoutDateline(reading.sentence, reading.places).some((p) => p.place.kind !== 'country') || namesUnknownPlace(reading)) return undefined;
  if (ANOTHER.test(reading.sentence.text) || SEQUENCED.test(reading.sentence.text) || TOLL.test(reading.sentence.text) || tellsOutage(reading.cue ?? '')) return undefined;
  const last = lastTold(happenings);
  if (last === undefined) return undefined;
  const family = FAMILY[last.candidate.properties.category];
  if (family === 'talk') return undefined;
  const ofItsKind = (c: CandidateFeature): boolean => FAMILY[c.properties.category] === family;
  return found.every((c) => ofItsKind(c) && c.properties.placeBasis === 'inferred' && c.properties.figures.length === 0) ? last : undefined;
}
