/**
 * "The tragedy ignited further unrest, with demonstrations rapidly spreading to other cities.
 * In A, B and C, protesters torched ...": what the next sentence tells happened after the
 * spreading, on days the text does not give; it is not dated by the day of the happening the
 * story opened with, but by its report.
 */
import type { Reading } from './reading';

const SPREAD = /\b(?:spread(?:s|ing)?|spilled over|fanned out)\s+(?:\w+\s+){0,2}?to\s+(?:other|more|several|many|nearby|neighbou?ring)\b|\b(?:ignited|sparked|triggered|fuelled|fueled)\s+(?:further|fresh|wider|more)\s+(?:unrest|protests?|violence|riots?|clashes|demonstrations)\b/i;

/** Whether the sentence just before, in the same paragraph, tells a happening spreading elsewhere. */
export const afterSpreading = (previous: Reading | undefined, reading: Reading): boolean =>
  previous !== undefined && previous.paragraph === reading.paragraph && reading.dates.length === 0 && SPREAD.test(previous.sentence.text);
