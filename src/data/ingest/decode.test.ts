import { describe, expect, it } from 'vitest';
import { decodeBytes, decodePrefix, decodeWindows1252 } from './decode';

describe('decoding', () => {
  it('reads UTF-8 as such, dropping a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Gürjivka – “x”')]);
    expect(decodeBytes(bytes, 'f.csv')).toEqual({ text: 'Gürjivka – “x”', encoding: 'utf-8' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, every byte kept, with a note', () => {
    const bytes = new Uint8Array([0x47, 0xfc, 0x72, 0x20, 0x96, 0x20, 0x93, 0x78, 0x94, 0x80]);
    const d = decodeBytes(bytes, 'f.csv');
    expect(d.text).toBe('Gür – “x”€');
    expect(d.encoding).toBe('windows-1252');
    expect(d.note).toMatch(/f\.csv is not valid UTF-8 \(first bad byte at offset 0\)/);
  });

  it('maps all of 0x80-0xFF one to one', () => {
    const all = new Uint8Array(128).map((_, i) => 0x80 + i);
    const text = decodeWindows1252(all);
    expect(text).toHaveLength(128);
    expect(text[0x92 - 0x80]).toBe('’');
    expect(text[0xe9 - 0x80]).toBe('é');
  });

  it('a prefix cut inside a character is still UTF-8', () => {
    const bytes = new TextEncoder().encode('abc–');
    expect(decodePrefix(bytes.subarray(0, 5), 'f', false)).toEqual({ text: 'abc', encoding: 'utf-8' });
  });
});
