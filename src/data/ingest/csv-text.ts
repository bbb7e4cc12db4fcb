/**
 * CSV and TSV text to rows, with papaparse (it guesses the delimiter, handles quoted fields
 * with commas and line breaks, and reports malformed rows by number). Used on the whole file
 * by the load worker and the command line, and on a file's first bytes by the preview.
 */
import Papa from 'papaparse';

export interface CsvTable {
  /** The header row, trimmed. */
  columns: string[];
  /** Data rows, header excluded, as parsed: a row may have more or fewer cells than columns. */
  rows: string[][];
  /**
   * Rows papaparse found malformed (a quote left open), by 1-based data row. A row with too
   * few or too many cells is not among them: its cells are read, and a missing one is
   * reported by the field that needed it.
   */
  errors: { row: number; message: string }[];
  delimiter: string;
}

/** Parse CSV/TSV text; `preview` stops after that many data rows. */
export function parseCsv(text: string, preview = 0): CsvTable {
  const result = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: 'greedy',
    preview: preview > 0 ? preview + 1 : 0,
  });
  const [header = [], ...rows] = result.data;
  const errors = result.errors
    // The delimiter guess fails on a one-column file, which is not an error of any row.
    .filter((e) => e.type === 'Quotes')
    // papaparse counts the header as row 0, which makes its index the 1-based data row.
    .map((e) => ({ row: typeof e.row === 'number' ? e.row : 0, message: e.message }));
  return { columns: header.map((c) => c.trim()), rows, errors, delimiter: result.meta.delimiter };
}

/** A row as column -> cell text, for the preview's sample and for the format modules. */
export function rowObject(columns: readonly string[], row: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  columns.forEach((c, i) => {
    out[c] = row[i] ?? '';
  });
  return out;
}
