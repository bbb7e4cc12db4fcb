/**
 * Relief sent after a natural hazard. Once a report has told a storm, a flood or an eruption, it
 * tells who was sent to help: "Some 8,400 members of Mexico's army, air force and national guard
 * were deployed in and near Acapulco to assist in cleanup efforts", "NDRF's one team is deployed
 * at Gangtok, and two teams are deployed in adjoining areas", "The Tongan navy had deployed with
 * health teams and water, food and tents to the Ha'apai islands". Such a deployment is the
 * hazard's aftermath, as the rescue at its site is (`in-care.ts`): a claim on the hazard told
 * last, not a movement of troops of its own.
 *
 * Only for a deployment or a movement whose sentence names the relief it brings (rescue, relief,
 * aid, cleanup, evacuation, health teams, emergency response); only in a report that has told a
 * natural hazard, and then as a claim on the last happening told that is not only words (its
 * toll, often); and only when the sentence gives no day before it
 * and names no other country. Troops sent after an attack or into unrest ("The Nepal Army was
 * deployed to key sites in Kathmandu", "rushing reserve troops into the Kursk region") are
 * happenings of their own.
 */
import type { Reading } from './reading';
import { tellsHazard } from './classify';
import { notOnlyWords } from './detail';
import { daysBefore, lastTold, namesOtherCountry, type Told } from './told';
import type { CandidateFeature } from './types';

// What the people sent bring: "to assist in cleanup efforts", "with health teams", "rescue and
// emergency teams to evacuate people".
const RELIEF = /\b(?:rescue|relief|aid|clean-?up|evacuat\w*|humanitarian|health teams|emergency (?:response|teams?|services|units)|disaster (?:management|response))\b/i;
const SENT = new Set(['deployment', 'movement']);

/** The natural hazard whose relief `reading` tells, or undefined. */
export function reliefOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  if (found.length === 0 || !found.every((c) => SENT.has(c.properties.category)) || !RELIEF.test(reading.sentence.text) || reading.modifiers.length > 0) return undefined;
  const h = lastTold(notOnlyWords(happenings));
  if (!h || !happenings.some((x) => x.candidate.properties.claims.some((c) => tellsHazard(c.quote)))) return undefined;
  return !daysBefore(reading, h) && !namesOtherCountry(reading, h) ? h : undefined;
}
