import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, safeCsv } from './csv-safe';

describe('neutraliseCell', () => {
  it.each(['=1+1', '+1', '-2+3', '@SUM(A1)', '\t=cmd', '\r=cmd', '=HYPERLINK("http://x","y")'])(
    'turns formula-like text %j into text',
    (cell) => {
      expect(neutraliseCell(cell)).toBe(`'${cell}`);
    },
  );

  it('leaves ordinary text, numbers and booleans as they are', () => {
    expect(neutraliseCell('Kursk region')).toBe('Kursk region');
    expect(neutraliseCell('a=b')).toBe('a=b');
    expect(neutraliseCell(-3.5)).toBe(-3.5);
    expect(neutraliseCell(true)).toBe(true);
    expect(neutraliseCell(null)).toBe('');
    expect(neutraliseCell(undefined)).toBe('');
    expect(neutraliseCell(Number.NaN)).toBe('');
  });
});

describe('safeCsv', () => {
  it('writes a header and rows whose dangerous cells read back as text', () => {
    const csv = safeCsv(['record', 'message'], [['3', '=WEBSERVICE("http://evil")'], ['4', 'fine, with a comma']]);
    const parsed = Papa.parse<string[]>(csv).data;
    expect(parsed).toEqual([
      ['record', 'message'],
      ['3', `'=WEBSERVICE("http://evil")`],
      ['4', 'fine, with a comma'],
    ]);
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('neutralises a hostile column name too', () => {
    expect(safeCsv(['@x'], [[1]]).split('\r\n')[0]).toBe(`'@x`);
  });
});
