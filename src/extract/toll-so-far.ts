/**
 * A toll counted so far. "The fierce storm delivered its second punch starting at the weekend
 * ... Malawi's government said at least 190 people were killed": a count of the dead with no
 * date of its own, in a report that has said when its story began, counts from that start up
 * to the report, not over the two weeks before it. The start is the earliest day or weekend
 * (a span of at most three days) the article states within a week before publication; a toll
 * told before any such date keeps the report window.
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

/** The range a toll with no date of its own counts over, from the story's start to the report, if any. */
export function tollSoFar(sentence: Sentence, category: Category, start: DateMention | undefined, published: { start: string; end: string }): DateMention | undefined {
  if (!start || category !== 'casualties' || !DEAD.test(sentence.text) || start.from >= published.start) return undefined;
  return {
    start: sentence.start, end: sentence.start, text: `(${start.text.replace(/^\(|\)$/g, '')})`, from: start.from, to: published.end, precision: 'range',
    note: `no date in the sentence: a toll counted from the story's start, "${start.text}" (${start.from}), up to the report`,
  };
}
