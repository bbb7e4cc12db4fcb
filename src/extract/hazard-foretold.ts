/**
 * What a natural hazard may yet do, foretold. Once a report has told an eruption, a flood or a
 * storm, it passes on what experts and forecasters expect of it: "Experts warn there is a 50 per
 * cent chance of another eruption within 24 hours.", "But experts have warned the dome could
 * still collapse, causing an avalanche of blistering gas and debris.", "The National
 * Meteorological Service predicts that the showers will continue until Thursday." Such a
 * sentence tells nothing that happened: it is a claim on the hazard told, not a happening on the
 * day it names, nor a statement at the forecaster's seat.
 *
 * Only when the sentence warns or predicts ("warn", "predicts", "forecast") what could, may or
 * will be, or its chance; only after a natural hazard is told, the happening told last; and only
 * when the sentence counts no dead or hurt, gives no day before the hazard, and names no place
 * outside its area. A warning that opens a report ("Officials are warning of a humanitarian
 * catastrophe on Mayotte after the cyclone slammed into it") tells its happening, and a warning
 * of what a government will do after an attack is a statement of its own.
 */
import type { Reading } from './reading';
import { tellsHazard } from './classify';
import { notOnlyWords } from './detail';
import { daysBefore, inArea, lastTold, namesUnknownPlace, type Told } from './told';
import type { CandidateFeature } from './types';
import { TOLL } from './words';

// "Experts warn there is a 50 per cent chance", "have warned the dome could still collapse",
// "predicts that the showers will continue".
const FORETOLD = /\b(?:warn|warns|warned|warning|predicts?|predicted|forecasts?|forecasted)\b[^.;]{0,60}?\b(?:could|may|might|will|would|chance|likely|possibility)\b/i;

/** The natural hazard whose course `reading` foretells, or undefined. */
export function hazardForetoldOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  if (found.length === 0 || !FORETOLD.test(text) || TOLL.test(text) || reading.modifiers.length > 0 || namesUnknownPlace(reading)) return undefined;
  const h = lastTold(notOnlyWords(happenings));
  if (!h || !h.candidate.properties.claims.some((c) => tellsHazard(c.quote))) return undefined;
  return !daysBefore(reading, h) && inArea(reading, h) ? h : undefined;
}
