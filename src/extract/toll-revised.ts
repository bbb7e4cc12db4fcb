/**
 * A toll revised. Once a report has told a wreck, an eruption or a storm and its dead, it tells
 * how the count changed: "Authorities revised the confirmed death toll from 79 following an
 * overnight count of the bodies.", "Rescuers have found the bodies of at least eight more
 * victims since the last death toll was given at 25.", "The initial estimate of the death toll
 * from Idai in Sofala, as given by Radio Mozambique, was 19." Set beside an earlier figure, the
 * count is the happening's toll told again as it stood at one time or another: a claim on the
 * happening told, not a happening of its own, even where it names the province it is counted
 * in.
 *
 * Only when the sentence names an earlier count ("revised", "the initial estimate", "the last
 * death toll", "unchanged from", "climbed from 30 to 43"); only after a happening is told that
 * is not only words; and only when the sentence gives no day before that happening and puts
 * its toll in no other country.
 */
import type { Reading } from './reading';
import { notOnlyWords } from './detail';
import { daysBefore, lastTold, namesOtherCountry, namesUnknownPlace, type Told } from './told';
import type { CandidateFeature } from './types';

// "revised the confirmed death toll from 79", "the initial estimate ... was 19", "since the last
// death toll was given at 25", "unchanged from figures released", "had climbed from 30 to 43".
const EARLIER_COUNT = /\b(?:revis(?:ed|es|ing)\b[^.;]{0,40}\b(?:toll|estimate|count|figures?)|(?:initial|earlier|previous|last|first)\s+(?:death\s+)?(?:toll|estimate|count|tally)|unchanged from|(?:climbed|rose|risen|jumped|increased|grew)\s+from\s+\d[\d,]*\s+to\s+\d)/i;

/** The happening whose toll `reading` tells again beside an earlier count, or undefined. */
export function tollRevisedOf(reading: Reading, found: readonly CandidateFeature[], happenings: readonly Told[]): Told | undefined {
  if (found.length === 0 || !EARLIER_COUNT.test(reading.sentence.text) || reading.modifiers.length > 0 || namesUnknownPlace(reading)) return undefined;
  const h = lastTold(notOnlyWords(happenings));
  return h && !daysBefore(reading, h) && !namesOtherCountry(reading, h) ? h : undefined;
}
