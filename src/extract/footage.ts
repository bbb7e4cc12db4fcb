/**
 * What pictures of a happening show. "Footage from the broadcaster showed rescue workers in
 * orange overalls dwarfed by a mountain of rubble", "Reports from witnesses and live television
 * feeds showed scenes of bloodshed", "The footage shows a water cannon spraying near the ship",
 * "Alongside inert bodies, the clip showed abandoned picks and shovels": once a report has told
 * a happening, images, footage or a video that show something are a view of it, not a happening
 * of their own: a claim on the happening told last that is not only words.
 *
 * Only when the sentence names no place the happening did not ("Drone footage shows damage left
 * behind in the Morro da Oficina neighbourhood": harm at a place of its own stays a candidate),
 * gives no day before it, and turns to no other happening.
 */
import { notOnlyWords } from './detail';
import type { Reading } from './reading';
import { daysBefore, lastTold, namesUnknownPlace, newPlaces, type Told } from './told';
import type { CandidateFeature } from './types';
import { TURNS_TO_OTHER } from './words';

// "Images shared on social media showed", "live television feeds showed", "the clip showed", "a video showing".
const SHOWN = /\b(?:images?|footage|videos?|photos?|photographs|pictures|(?:television|TV) feeds|clips?)\b[^.;]{0,80}?\b(?:showed|shows|show|showing|appeared to show|captured|depicted)\b/i;

// "damage left behind in the Morro da Oficina neighbourhood": a place of its own, even one no gazetteer knows.
const OWN_PLACE = /\bin (?:the )?(?:[A-Z][\w'’-]*\s+|d[aeo]s?\s+){1,5}(?:neighbou?rhood|district|village|township|suburb|quarter)\b/;

/** The happening whose pictures `reading` tells of; else undefined. */
export function footageOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  if (found.length === 0 || !SHOWN.test(text) || TURNS_TO_OTHER.test(text) || namesUnknownPlace(reading) || OWN_PLACE.test(text)) return undefined;
  const h = lastTold(notOnlyWords(happenings));
  return h && !daysBefore(reading, h) && newPlaces(reading, h).length === 0 ? h : undefined;
}
