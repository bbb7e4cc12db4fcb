import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { safeCsv } from './csv-safe';

const readBack = (csv: string) => Papa.parse<string[]>(csv).data;

describe('safeCsv', () => {
  it.each(['=1+1', '+1', '-2+3', '@SUM(A1)', '\t=cmd', '\r=cmd', '=HYPERLINK("http://x","y")'])(
    'writes formula-like text %j as text',
    (cell) => {
      expect(readBack(safeCsv(['c'], [[cell]]))[1]).toEqual([`'${cell}`]);
    },
  );

  it('leaves ordinary text, numbers, negative numbers and booleans as they are; absent cells are empty', () => {
    const rows = readBack(safeCsv(['a', 'b', 'c', 'd', 'e', 'f'], [['Kursk region', 'a=b', -3.5, true, null, undefined]]));
    expect(rows[1]).toEqual(['Kursk region', 'a=b', '-3.5', 'true', '', '']);
  });

  it('writes a header and rows whose dangerous cells read back as text', () => {
    const csv = safeCsv(['record', 'message'], [['3', '=WEBSERVICE("http://evil")'], ['4', 'fine, with a comma']]);
    expect(readBack(csv)).toEqual([
      ['record', 'message'],
      ['3', `'=WEBSERVICE("http://evil")`],
      ['4', 'fine, with a comma'],
    ]);
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('escapes a hostile column name too', () => {
    expect(readBack(safeCsv(['@x'], [[1]]))[0]).toEqual([`'@x`]);
  });
});
