/**
 * A happening told as so many days before the sentence's own. "Tremors have continued in the
 * city of Goma, three days after Mount Nyiragongo erupted": the eruption is a happening of its
 * own, not the tremors' date alone. Counted back from the report, it lies that many days
 * before it; the clause is its quote and the sentence's place its place (the clause names the
 * same story's ground). Only a hazard's or a violent happening's verb ("erupted", "struck",
 * "exploded"): "three days after the talks opened" tells no happening.
 */
import { addDays } from './calendar';
import type { DateMention, Sentence } from './types';
import { NUMBER_WORDS } from './words';

const COUNT = String.raw`\d{1,2}|${NUMBER_WORDS.join('|')}`;
const DAYS_BEFORE = new RegExp(String.raw`\b(${COUNT})\s+days\s+after\s+[^,.;:]{1,60}?\b(?:erupted|struck|hit|exploded|collapsed|crashed|sank|was attacked|were attacked)\b`, 'i');

/** The clause of a happening told as so many days before the sentence's, with its day, if any. */
export function happeningDaysBefore(sentence: Sentence, published: { start: string; end: string }): { clause: Sentence; date: DateMention } | undefined {
  const m = DAYS_BEFORE.exec(sentence.text);
  if (!m) return undefined;
  const word = (m[1] ?? '').toLowerCase();
  const n = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS.indexOf(word) + 1;
  if (!(n >= 1 && n <= 14)) return undefined;
  const start = sentence.start + m.index;
  const clause: Sentence = { start, end: start + m[0].length, text: m[0] };
  const from = addDays(published.start, -n);
  const to = addDays(published.end, -n);
  const date: DateMention = { start, end: start + m[0].length, text: m[0], from, to, precision: from === to ? 'day' : 'range', note: `"${m[0].split(/\s+after\s+/i)[0]} after" read as ${n} days before the report` };
  return { clause, date };
}
