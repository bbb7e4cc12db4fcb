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

/**
 * A row with nothing but blanks (",,," from a spreadsheet's unused rows, or spaces), which a
 * known format's reading skips as an empty line. papaparse's own 'greedy' skipping joins every
 * row's cells into a string to test it (57 of the 100 ms it took to parse 100,000 ACLED rows
 * in node); this stops at the first cell with text, which in a row of data is the first.
 */
function blankRow(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.length > 0 && cell.trim().length > 0) return false;
  return true;
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

/** A row's cell by column name (lower case), trimmed; '' when the row has no such cell. */
export type CellOf = (column: string) => string;

/**
 * The rows of a CSV that a known format reads by column name: a file without every `required`
 * column is refused whole ("not <format>: no x column"), a malformed row is refused by its
 * number, and every other row is visited with its cells and its record name (`row 3`, the
 * 1-based data row). Rows are parsed and visited one at a time, so the parsed table never
 * lives whole: each row's cells are garbage once read, not held (with every other row's)
 * until the last row, which for a million-row export is hundreds of megabytes.
 */
export function eachNamedRow(
  text: string,
  required: readonly string[],
  format: string,
  reject: (record: string, field: string, message: string) => void,
  visit: (cell: CellOf, record: string, row: number) => void,
): void {
  let index: Map<string, number> | null = null;
  let row = 0;
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: true,
    step: (result, parser) => {
      const cells = result.data;
      if (blankRow(cells)) return;
      if (index === null) {
        const columns = new Map(cells.map((c, i) => [c.trim().toLowerCase(), i]));
        index = columns;
        const missing = required.filter((c) => !columns.has(c));
        if (missing.length > 0) {
          reject('(file)', missing.join(', '), `not ${format}: no ${missing.join(', ')} column`);
          parser.abort();
        }
        return;
      }
      const at = ++row;
      const malformed = result.errors.find((e) => e.type === 'Quotes');
      if (malformed) return reject(`row ${at}`, '', `malformed row: ${malformed.message}`);
      const columns = index;
      visit((name) => (cells[columns.get(name) ?? -1] ?? '').trim(), `row ${at}`, at);
    },
  });
}
