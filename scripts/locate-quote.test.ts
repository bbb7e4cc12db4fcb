import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { findAll, locateQuote } from './locate-quote';

describe('locateQuote', () => {
  it('returns [start, end) such that text.slice(start, end) is the quote', () => {
    const text = 'On October 23, troops were seen. Later, more came.';
    const result = locateQuote(text, 'troops were seen');
    expect(result).toEqual({ ok: true, offsets: [15, 31] });
    if (result.ok) expect(text.slice(...result.offsets)).toBe('troops were seen');
  });

  it('counts UTF-16 code units, so curly quotes and astral characters shift offsets as JS does', () => {
    const text = 'a “b” ’c’ 😀 d';
    const result = locateQuote(text, 'd');
    expect(result).toEqual({ ok: true, offsets: [text.length - 1, text.length] });
    const curly = locateQuote(text, '’c’');
    expect(curly).toEqual({ ok: true, offsets: [6, 9] });
  });

  it('reports every position when the quote is not unique', () => {
    const result = locateQuote('Kursk, Kursk and Kursk', 'Kursk');
    expect(result).toEqual({
      ok: false,
      reason: 'ambiguous',
      positions: [
        [0, 5],
        [7, 12],
        [17, 22],
      ],
    });
  });

  it('finds overlapping occurrences', () => {
    expect(findAll('aaa', 'aa')).toEqual([0, 1]);
    expect(locateQuote('aaa', 'aa')).toMatchObject({ ok: false, reason: 'ambiguous' });
  });

  it('reports a missing quote, with a hint when only straight vs curly quotes differ', () => {
    expect(locateQuote('abc', 'xyz')).toEqual({ ok: false, reason: 'not-found' });
    const r = locateQuote('Ukraine’s Military Intelligence', "Ukraine's Military");
    expect(r.ok).toBe(false);
    if (!r.ok && r.reason === 'not-found') expect(r.hint).toMatch(/Ukraine’s Military/);
  });

  it('hints when only letter case differs', () => {
    const r = locateQuote('Kyiv', 'kyiv');
    expect(r).toMatchObject({ ok: false, reason: 'not-found' });
    if (!r.ok && r.reason === 'not-found') expect(r.hint).toMatch(/case/);
  });

  it('rejects an empty quote', () => {
    expect(locateQuote('abc', '')).toEqual({ ok: false, reason: 'empty' });
  });

  it('works on a real seed file', () => {
    const text = readFileSync(new URL('../seeds/000_3a66973d2b042937.txt', import.meta.url), 'utf8');
    const quote = 'On October 25, South Korea’s intelligence agency announced';
    const missing = locateQuote(text, quote);
    expect(missing.ok).toBe(false);
    const real = 'On October 25, South Korea\'s intelligence agency announced';
    const found = locateQuote(text, real);
    expect(found.ok).toBe(true);
    if (found.ok) expect(text.slice(...found.offsets)).toBe(real);
  });
});
