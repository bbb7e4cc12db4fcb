import { describe, expect, it } from 'vitest';
import { decodeMappings, SourceMap } from './source-map';

describe('source maps', () => {
  // Line 0: col 0 → a.ts 1:1; col 4 → a.ts 1:5 named "foo". Line 1: col 0 → a.ts 2:5.
  // Line 2: col 2 → b.ts 1:6 ("D" is a delta of -1 line, back to line 0).
  const raw = { version: 3, sources: ['a.ts', 'b.ts'], names: ['foo'], mappings: 'AAAA,IAAIA;AACA;ECDC' };

  it('decode VLQ segments with their deltas resolved', () => {
    const lines = decodeMappings(raw.mappings).map((l) => [...l]);
    expect(lines[0]).toEqual([0, 0, 0, 0, -1, 4, 0, 0, 4, 0]);
    expect(lines[1]).toEqual([0, 0, 1, 4, -1]);
    expect(lines[2]).toEqual([2, 1, 0, 5, -1]);
  });

  it('find the last mapping at or before a generated position', () => {
    const map = new SourceMap(raw);
    expect(map.lookup(0, 2)).toEqual({ source: 'a.ts', line: 0, column: 0, name: null });
    expect(map.lookup(0, 99)).toEqual({ source: 'a.ts', line: 0, column: 4, name: 'foo' });
    expect(map.lookup(1, 0)).toEqual({ source: 'a.ts', line: 1, column: 4, name: null });
    expect(map.lookup(2, 1)).toBeNull();
    expect(map.lookup(2, 5)?.source).toBe('b.ts');
    expect(map.lookup(7, 0)).toBeNull();
  });

  it('decode large values spread over several digits', () => {
    // 1024 is 2048 before the sign bit: five bits 0 ('g', more follows), 0 ('g'), then 2 ('C').
    expect([...decodeMappings('ggCAAA')[0]!]).toEqual([1024, 0, 0, 0, -1]);
    expect([...decodeMappings('ogCAAA')[0]!][0]).toBe(1028);
  });

  it('reject what is not base64', () => {
    expect(() => decodeMappings('A!AA')).toThrow(/base64/);
  });
});
