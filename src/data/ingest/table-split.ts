/**
 * A large CSV/TSV file cut into parts at record boundaries, so two threads can parse and
 * validate it at once. Each part keeps the header line and knows the data-row number of its
 * first row, so records are named (`row 51234`) as if the file had been read whole.
 */

/** One part of a table's text: its header line, then whole records. */
export interface TablePart {
  text: string;
  /** The 1-based data row of the part's first record. */
  firstRow: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Whether a line holds any cell text: papaparse skips the others (`skipEmptyLines: 'greedy'`). */
function hasContent(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // Space, tab, CR, the delimiters (comma, semicolon, tab, pipe) and quotes make no cell text.
    if (c !== 0x20 && c !== 0x09 && c !== CR && c !== 0x2c && c !== 0x3b && c !== 0x7c && c !== QUOTE) return true;
  }
  return false;
}

/**
 * Cut `text` into `count` parts of about equal size at line ends outside quoted fields, or
 * null when it cannot be cut so: a file with old Mac line ends (CR alone), or too few records.
 * Quotes are followed as RFC 4180 writes them; a file whose stray quotes mislead this is
 * caught by its reader (a part that ends inside a quote has a malformed last row) and read whole.
 */
export function splitTable(text: string, count: number): TablePart[] | null {
  if (count < 2 || (text.includes('\r') && !text.includes('\n'))) return null;
  let quoted = false;
  let headerEnd = -1;
  const cuts: number[] = [];
  const rowsBefore: number[] = [];
  let rows = 0;
  let lineStart = 0;
  let target = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (c === LF && !quoted) {
      if (headerEnd < 0) {
        headerEnd = i + 1;
        target = headerEnd + (text.length - headerEnd) / count;
      } else {
        if (hasContent(text, lineStart, i)) rows++;
        if (i + 1 >= target && cuts.length < count - 1) {
          cuts.push(i + 1);
          rowsBefore.push(rows);
          target = headerEnd + ((cuts.length + 1) * (text.length - headerEnd)) / count;
        }
      }
      lineStart = i + 1;
    }
  }
  if (headerEnd < 0 || cuts.length < count - 1 || cuts[cuts.length - 1]! >= text.length) return null;
  const header = text.slice(0, headerEnd);
  const bounds = [headerEnd, ...cuts, text.length];
  return bounds.slice(0, -1).map((from, k) => ({
    text: k === 0 ? text.slice(0, bounds[1]) : header + text.slice(from, bounds[k + 1]),
    firstRow: k === 0 ? 1 : rowsBefore[k - 1]! + 1,
  }));
}
