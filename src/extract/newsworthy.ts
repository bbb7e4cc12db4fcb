/**
 * Which sentences are worth proposing as events: the categories of happenings, what tells no
 * event, and when a sentence with no date of its own is still worth a candidate.
 */
import type { Category } from '../domain/types';
import { MEETING } from './classify';
import type { PlaceMention } from './types';

// What a sentence with no date of its own is still worth proposing, dated by its report.
// Happenings on the ground or at sea: a seizure of a ship ("other") and a protest are placed
// and mined like a strike.
export const COMBAT: ReadonlySet<Category> = new Set(['strike', 'ground-fighting', 'casualties', 'other', 'protest', 'riot', 'explosion', 'violence-against-civilians']);
export const EVENTFUL: ReadonlySet<Category> = new Set([...COMBAT, 'movement', 'deployment', 'training', 'agreement']);

// "The RSF has not claimed the attacks", "did not release any statements", "remain unclear,
// with no immediate comment": a sentence that tells only what was not said or is not known
// reports no event (unless it goes on, "but witnesses said ...").
export const NOTHING_TOLD = /^(?![^.]*\bbut\b).*(?:\b(?:has|have|had|did|does|do)\s+not\s+(?:yet\s+)?(?:claim|claimed|release|released|issue|issued|comment|commented|confirm|confirmed|respond|responded)\b|\bremains?\s+unclear\b|\bno\s+immediate\s+comment\b)/i;
export const ONGOING = /\b(?:is|are)\s+(?:currently|now|still)\s+(?!being\b|going\b)[a-z]+ing\b/i;

// "60 percent of the homes have been damaged or destroyed", "The airport is underwater", "were
// without power": harm told as the state a report finds, with no day of its own, was done
// before the day it was seen, over the blow's days; it is dated by the report, not by the day
// the sentence before gave (the visit or the briefing that found it).
export const HARM_FOUND = /\b(?:is|are|remains?|has been|have been)\s+(?:completely\s+|entirely\s+|partly\s+|still\s+)?(?:underwater|under water|without (?:power|electricity)|(?:damaged or )?destroyed|flooded)\b/i;

/**
 * Whether a sentence with no date of its own is still an event to propose: an event word, a
 * meeting at a place it names, or a named speaker with a seat, a place of the sentence's own,
 * or (an expert's view) a theatre.
 */
export function worthReporting(category: Category, speaker: string | undefined, seat: unknown, places: readonly PlaceMention[], theatre: PlaceMention | undefined, cue: string | undefined): boolean {
  if (EVENTFUL.has(category)) return true;
  const ownPlace = places.some((p) => p.place.kind !== 'country');
  if (cue !== undefined && MEETING.test(cue) && ownPlace) return true;
  if (speaker === undefined) return false;
  return seat !== undefined || places.some((p) => p.place.kind !== 'country') || (category === 'analysis' && theatre !== undefined);
}
