/**
 * Sentence splitting that keeps character offsets into the original text, so every quote a
 * candidate carries can be checked verbatim at its offsets (the validator does exactly that).
 */
import type { Sentence, Span } from './types';

// Words that end in a full stop without ending a sentence. Lower-cased, stop removed.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'maj', 'capt', 'sgt', 'adm', 'gov', 'sen',
  'rep', 'st', 'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'vs', 'etc', 'no', 'nos', 'approx', 'est',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m',
]);

/** Lines of the text with their offsets, line breaks excluded (`\r\n` and `\n` both). */
export function splitLines(text: string): Span[] {
  const lines: Span[] = [];
  const re = /[^\r\n]*/g;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    lines.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
    // Step over the line break; a zero-length match at the very end stops the loop.
    if (re.lastIndex >= text.length) break;
    re.lastIndex += text[re.lastIndex] === '\r' && text[re.lastIndex + 1] === '\n' ? 2 : 1;
  }
  return lines;
}

/** `span` shrunk to exclude leading and trailing white space. */
export function trimSpan(text: string, start: number, end: number): Span | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return s < e ? { start: s, end: e, text: text.slice(s, e) } : undefined;
}

function endsWithAbbreviation(before: string): boolean {
  const word = /([A-Za-z.]+)$/.exec(before)?.[1] ?? '';
  const bare = word.replace(/\.$/, '').toLowerCase();
  // A lone capital ("J. Smith") is an initial, not a sentence end.
  return ABBREVIATIONS.has(bare) || /^[A-Z]$/.test(word);
}

/**
 * Split one line (a paragraph) into sentences: a stop, optionally closed by a quote mark or
 * bracket, then white space, then something that can open a sentence (or, with no space,
 * a capitalised word right after a lower-case one).
 */
function splitLine(text: string, line: Span): Sentence[] {
  const out: Sentence[] = [];
  // "... a Hezbollah stronghold.The Israeli military has not yet commented.": pages that lost
  // the space after a stop still end a sentence there, between a word ending in lower case
  // and a capitalised word of three letters or more ("News.Az", "U.S." and "e.g." are not).
  const boundary = /[.!?]+["'”’)\]]*(?=\s+["'“‘([]?[A-Z0-9])|(?<=[a-z]{2})[.!?](?=[A-Z][a-z]{2,})/g;
  let from = line.start;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(line.text)) !== null) {
    const stopAt = line.start + match.index;
    if (match[0].startsWith('.') && endsWithAbbreviation(text.slice(from, stopAt))) continue;
    const to = stopAt + match[0].length;
    const span = trimSpan(text, from, to);
    if (span) out.push(span);
    from = to;
  }
  const rest = trimSpan(text, from, line.end);
  if (rest) out.push(rest);
  return out;
}

/** All sentences of `text`, in order; `sentence.text === text.slice(start, end)` always. */
export function splitSentences(text: string): Sentence[] {
  return splitLines(text).flatMap((line) => splitLine(text, line));
}
