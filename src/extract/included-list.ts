/**
 * "Several towns, including Dikchu, Singtam, and Rangpo, have been flooded", "villages such as
 * A and B were cut off": a sentence that says what happened to a number of places and names
 * some of them after "including" or "such as" tells of the happening at each one named. Each
 * place the gazetteer finds in the list is a candidate of its own; a name no gazetteer knows
 * gives none. "The towns of A and B" names one area, and stays one ("place-phrases.ts"). Only
 * towns and villages: "regions such as A, B and C" sums up where drones were downed, not a
 * happening in each.
 */
import type { PlaceMention, Sentence } from './types';

// The kind of place, then ", including" or "such as", then the names up to the clause's end.
const INCLUDED = /\b(?:towns|villages|cities|localities|communities|settlements|hamlets|neighbou?rhoods)(?:\s*,\s*including|,?\s+such\s+as)\s+([^;:.]*)/giu;
// Where the list of names ends: the first lower-case word that is not "and" or "or".
const LIST_END = /\s(?!and\b|or\b)[\p{Ll}]/u;

/** The places named after "including" or "such as"; none unless two or more are found. */
export function includedPlaces(sentence: Sentence, places: readonly PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of sentence.text.matchAll(INCLUDED)) {
    const tail = m[1] ?? '';
    const end = LIST_END.exec(tail)?.index ?? tail.length;
    const listStart = sentence.start + (m.index ?? 0) + m[0].length - tail.length;
    const listEnd = listStart + end;
    out.push(...places.filter((p) => p.start >= listStart && p.end <= listEnd && p.place.kind !== 'country'));
  }
  return out.length >= 2 ? out : [];
}
