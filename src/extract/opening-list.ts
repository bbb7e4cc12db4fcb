/**
 * "In West Nusa Tenggara, Pekalongan (Central Java), and Cirebon (West Java), protesters
 * torched regional parliament buildings": places listed at the head of a sentence, before what
 * happened in each, are as many happenings as places. The province in brackets only says
 * where a listed town is.
 */
import type { PlaceMention, Sentence } from './types';

// The list: "In" (or "At", "Across") and names up to the comma that opens the clause telling
// what happened there (a lower-case word or "the").
const OPENING = /^\s*(?:In|At|Across)\s+([^;:.]*?),\s+(?=(?!and\b|or\b)[a-z]|the\b|The\b)/;
const ITEM_SPLIT = /,\s*(?:and\s+)?|\s+and\s+/;

/** The places the sentence lists at its head, in order; none unless two or more are listed. */
export function openingList(sentence: Sentence, places: readonly PlaceMention[]): PlaceMention[] {
  const m = OPENING.exec(sentence.text);
  if (!m || m[1] === undefined) return [];
  const listStart = sentence.start + m.index + m[0].indexOf(m[1]);
  const listEnd = listStart + m[1].length;
  const list = m[1].replace(/\([^)]*\)/g, (s) => ' '.repeat(s.length));
  const items = list.split(ITEM_SPLIT).filter((s) => s.trim() !== '');
  if (items.length < 2) return [];
  const bracketed = (p: PlaceMention): boolean => list.slice(p.start - listStart, p.end - listStart).trim() === '';
  const listed = places.filter((p) => p.start >= listStart && p.end <= listEnd && p.place.kind !== 'country' && !bracketed(p));
  // Every item must be a place found: a list with a name no gazetteer knows is not taken apart.
  return listed.length === items.length ? listed : [];
}
