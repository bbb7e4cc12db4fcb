import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { reportCsv, reportFileName } from './report-csv';
import { REPORT } from './test-support';

describe('reportCsv', () => {
  it('has one row per set-aside record with its reason, row and field, formulas neutralised', () => {
    const rows = Papa.parse<string[]>(reportCsv(REPORT), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['reason', 'file', 'record', 'field', 'message']);
    expect(rows.slice(1)).toEqual([
      ['date is not a date', 'mine.csv', '4', 'when', 'date “=1+2” is not a date'],
      ['date is not a date', 'mine.csv', '9', 'when', 'date “soon” is not a date'],
      ['latitude is missing', 'mine.csv', '12', 'lat', 'latitude is missing'],
    ]);
    const hostile = { ...REPORT, groups: [{ reason: '=cmd()', count: 1, records: [{ file: '@f', record: '-1', field: '+x', message: 'm' }] }] };
    expect(Papa.parse<string[]>(reportCsv(hostile)).data[1]).toEqual(["'=cmd()", "'@f", "'-1", "'+x", 'm']);
  });

  it('names the file after the data set', () => {
    expect(reportFileName(REPORT)).toBe('mine-set-aside.csv');
    expect(reportFileName({ ...REPORT, name: 'events.json, sources.json' })).toBe('events.json-sources-set-aside.csv');
    expect(reportFileName({ ...REPORT, name: '' })).toBe('data-set-aside.csv');
  });
});
