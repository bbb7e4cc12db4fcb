/** The set-aside report as CSV: one row per record and field, every cell safe for a spreadsheet. */
import { safeCsv } from '../../data/csv-safe';
import type { ImportReport } from '../../data/ingest/types';

export const REPORT_COLUMNS = ['reason', 'file', 'record', 'field', 'message'] as const;

export function reportCsv(report: ImportReport): string {
  const rows = report.groups.flatMap((g) => g.records.map((r) => [g.reason, r.file, r.record, r.field, r.message]));
  return safeCsv(REPORT_COLUMNS, rows);
}

/** A file name for the report: the data set's name without its extension, and "set-aside". */
export function reportFileName(report: ImportReport): string {
  const base = report.name.replace(/\.[A-Za-z0-9]{1,8}$/, '').replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${base || 'data'}-set-aside.csv`;
}
