/**
 * A toll counted so far. "The fierce storm delivered its second punch starting at the weekend
 * ... Malawi's government said at least 190 people were killed": a count of the dead with no
 * date of its own, in a report that has said when its story began, counts from that start up
 * to the report, not over the two weeks before it. The start is the earliest day or weekend
 * (a span of at most three days) the article states within a week before publication; a toll
 * told before any such date keeps the report window. Dead told one by one ("a 65-year-old woman in
 * Mango and a 49-year-old man in Nomuka") are no count so far: they died in the happening the
 * story began with, on its day.
 */
import { addDays, daysBetween } from './calendar';
import type { Category } from '../domain/types';
import type { DateMention, Sentence } from './types';

const DEAD = /\b(?:killed|dead|died|perished|deaths)\b/i;

/** The earliest start of the story so far, given the dates of one more sentence. */
export function storyStart(start: DateMention | undefined, dates: readonly DateMention[], published: { start: string; end: string }): DateMention | undefined {
  const fits = dates.filter((d) => (d.precision === 'day' || d.precision === 'range') && daysBetween(d.from, d.to) <= 2 && d.from >= addDays(published.start, -7) && d.to <= published.end);
  return [start, ...fits].filter((d): d is DateMention => d !== undefined).sort((a, b) => a.from.localeCompare(b.from))[0];
}

// "a 65-year-old woman in Mango and a 49-year-old man in Nomuka": the dead told one by one.
const ONE_BY_ONE = /\b(?:a|an)\s+\d+-year-old\s+\w+\b[^.;:]*?\band\s+(?:a|an)\s+\d+-year-old\s+\w+\b/i;

/** The range a toll with no date of its own counts over, from the story's start to the report, if any. */
export function tollSoFar(sentence: Sentence, category: Category, start: DateMention | undefined, published: { start: string; end: string }): DateMention | undefined {
  if (!start || category !== 'casualties' || !DEAD.test(sentence.text) || start.from >= published.start) return undefined;
  // Dead told one by one are no running count: they died in the happening the story began with.
  if (ONE_BY_ONE.test(sentence.text)) {
    return { ...start, start: sentence.start, end: sentence.start, text: `(${start.text.replace(/^\(|\)$/g, '')})`, note: `no date in the sentence: dead told one by one, of the happening the story began with, "${start.text}" (${start.from})` };
  }
  return {
    start: sentence.start, end: sentence.start, text: `(${start.text.replace(/^\(|\)$/g, '')})`, from: start.from, to: published.end, precision: 'range',
    note: `no date in the sentence: a toll counted from the story's start, "${start.text}" (${start.from}), up to the report`,
  };
}
