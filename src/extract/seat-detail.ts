/**
 * A detail told at the speaker's seat. "WASHINGTON • The suicide bomber waited until the last
 * possible moment, US officials said.": a report filed far from a happening goes on with its
 * details as its sources tell them, the source named last. The sentence names no place of its
 * own, so it would be placed at the source's seat (or the dateline's city), where nothing
 * happened: it is a claim on the happening the article told last, not a happening at the seat;
 * told before any happening (the report's opening line), it is a detail of one told further
 * down, and no candidate of its own.
 *
 * Only a sentence read as a statement, closed by its source (", US officials said."), counting
 * no dead or hurt ("Nine hikers have been killed ..., officials have said." is a toll), that
 * names no place but a country (a dateline is where it was filed, not a place of what it tells)
 * and gives no day or count of its own. A speaker's own stance ("In response, the coast guard
 * claimed that ...") opens with the speaker and stays a statement of its own.
 */
import type { Reading } from './reading';
import { withoutDateline } from './placing';
import { lastTold, type Told } from './told';
import type { CandidateFeature, PlaceMention } from './types';
import { TOLL } from './words';

// "WASHINGTON • ", "KABUL — ": the city a report was filed from, opening its first line.
const FILED = /^\s*[•—–:-]/;
const filedAt = (reading: Reading, p: PlaceMention): boolean => p.start === reading.sentence.start && FILED.test(reading.sentence.text.slice(p.end - p.start));

// ", US officials said.", ", Pentagon officials say.": the source named after what it told.
const SOURCE_LAST = /,\s+(?:[\p{L}'’.-]+\s+){1,6}(?:said|say|says)\s*[.!]?["”’]?\s*$/u;


/**
 * The happening `reading`'s detail, placed only at its source's seat, goes on with; 'none' when
 * no happening is told yet (the detail of one told further down: no happening at the seat
 * either); else undefined.
 */
export function seatDetailOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | 'none' | undefined {
  const own = withoutDateline(reading.sentence, reading.places).filter((p) => !filedAt(reading, p));
  if (found.length === 0 || reading.attribution === undefined || own.some((p) => p.place.kind !== 'country') || reading.dates.length > 0) return undefined;
  if (!SOURCE_LAST.test(reading.sentence.text)) return undefined;
  if (TOLL.test(reading.sentence.text) || !found.every((c) => c.properties.category === 'statement' && c.properties.placeBasis === 'inferred' && c.properties.figures.length === 0)) return undefined;
  const last = lastTold(happenings);
  return last ?? 'none';
}
