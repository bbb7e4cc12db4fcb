import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../domain/types';
import { buildReport, reasonOf } from './report';

const issue = (id: string, path: string, message: string): ValidationIssue => ({ file: 'x.csv', id, path, message });

describe('the import report', () => {
  it('counts records, not messages: 500 records with two faults each are 500 set aside', () => {
    const issues = Array.from({ length: 500 }, (_, i) => [
      issue(`row ${i + 1}`, 'event_date', `event_date "${i}x" is not a date in a form ACLED ships (2024-01-15, 15 January 2024)`),
      issue(`row ${i + 1}`, 'latitude', `latitude ${100 + i} is out of range (-90 to 90)`),
    ]).flat();
    const report = buildReport('x.csv', 'acled', 7, issues, []);
    expect(report.setAside).toBe(500);
    expect(report.loaded).toBe(7);
    expect(report.groups.map((g) => [g.reason, g.count])).toEqual([
      ['event_date: event_date "…" is not a date in a form ACLED ships (2024-01-15, 15 January 2024)', 500],
      ['latitude: latitude N is out of range (-90 to 90)', 500],
    ]);
    expect(report.groups[0]!.records[0]).toEqual({ file: 'x.csv', record: '1', field: 'event_date', message: 'event_date "0x" is not a date in a form ACLED ships (2024-01-15, 15 January 2024)' });
  });

  it('a reason drops the record’s own values but keeps the explanation', () => {
    expect(reasonOf(issue('e1', 'properties.claims.3.offsets', 'quote not found at [12, 40): the seed has "abc" there'))).toBe(
      'properties.claims.N.offsets: quote not found at […]: the seed has "…" there',
    );
  });
});
