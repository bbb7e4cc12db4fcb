/**
 * CSV cells a spreadsheet will never run. Excel, LibreOffice and Google Sheets treat a cell
 * that starts with `=`, `+`, `-` or `@` as a formula (and a leading tab or carriage return can
 * hide one), so a quote or a place name from someone else's file could run code or leak data
 * on the machine that opens our CSV (https://owasp.org/www-community/attacks/CSV_Injection).
 * Such a cell gets a leading apostrophe, which spreadsheets show as text and do not keep.
 * Used by every CSV the app writes: the set-aside report and the export.
 */
import Papa from 'papaparse';

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as text a spreadsheet shows and never evaluates. Finite numbers stay numbers
 * (`-3` is a value, not a formula, when it is written by us as a number); absent values are
 * empty cells.
 */
export function neutraliseCell(value: string | number | boolean | null | undefined): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'boolean') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Rows to CSV text with a header row, every cell neutralised (papaparse quotes what needs it). */
export function safeCsv(columns: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return Papa.unparse(
    { fields: columns.map((c) => String(neutraliseCell(c))), data: rows.map((row) => row.map(neutraliseCell)) },
    { newline: '\r\n' },
  );
}
