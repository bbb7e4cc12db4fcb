/**
 * CSV that a spreadsheet will never run. Excel, LibreOffice and Google Sheets treat a cell
 * that starts with `=`, `+`, `-` or `@` as a formula (and a leading tab or carriage return can
 * hide one), so a quote or a place name from someone else's file could run code or leak data
 * on the machine that opens our CSV (https://owasp.org/www-community/attacks/CSV_Injection).
 * papaparse's `escapeFormulae` gives such a text cell a leading apostrophe, which spreadsheets
 * show as text; numbers (a negative longitude) stay numbers. Every CSV the app writes goes
 * through here: the set-aside report and the export.
 */
import Papa from 'papaparse';

export type Cell = string | number | boolean | null | undefined;

/** Rows to CSV text with a header row, formula-like text cells escaped, CRLF line ends. */
export function safeCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return Papa.unparse({ fields: [...columns], data: rows.map((row) => [...row]) }, { escapeFormulae: true, newline: '\r\n' });
}
