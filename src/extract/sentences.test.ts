import { describe, expect, it } from 'vitest';
import { splitLines, splitSentences } from './sentences';

describe('splitSentences', () => {
  it('keeps offsets into the original text, across CRLF and curly quotes', () => {
    const text = 'Title line\r\nHe said “losses.” On Friday, the Kremlin avoided it. U.S. officials agreed!\n\nLast one';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Title line',
      'He said “losses.”',
      'On Friday, the Kremlin avoided it.',
      'U.S. officials agreed!',
      'Last one',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after an abbreviation or an initial', () => {
    const text = 'Gen. Smith met Mr. J. Doe in St. Petersburg. Then he left.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Gen. Smith met Mr. J. Doe in St. Petersburg.',
      'Then he left.',
    ]);
  });

  it('does not split inside numbers or lower-case continuations', () => {
    // A stop followed by a lower-case word is not a boundary; "10.5" has no space after the stop.
    const text = 'About 10.5 thousand troops arrived. then more came.';
    expect(splitSentences(text)).toHaveLength(1);
  });
});

describe('splitLines', () => {
  it('returns every line, including empty ones, with offsets', () => {
    const text = 'a\n\nb\r\nc';
    expect(splitLines(text).map((l) => [l.text, l.start, l.end])).toEqual([
      ['a', 0, 1],
      ['', 2, 2],
      ['b', 3, 4],
      ['c', 6, 7],
    ]);
  });
});
