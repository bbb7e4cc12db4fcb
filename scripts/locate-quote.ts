/**
 * Find a verbatim quote in a seed article and print its [start, end) offsets.
 *
 *   npx tsx scripts/locate-quote.ts <seed file name> "<quote>"
 *
 * Offsets are JavaScript string (UTF-16) indices into the file read as UTF-8, the same
 * indices `text.slice(start, end)` uses and the events file stores. The quote must occur
 * exactly once: a quote that is missing, or found more than once, is an error (all
 * positions are printed, so the analyst can lengthen the quote until it is unique).
 * Curly quotes and apostrophes (’ “ ”) are not folded: copy them exactly from the seed.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type LocateResult =
  | { ok: true; offsets: [number, number] }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'not-found'; hint?: string }
  | { ok: false; reason: 'ambiguous'; positions: Array<[number, number]> };

/** Every start index where `quote` occurs in `text` (overlapping occurrences included). */
export function findAll(text: string, quote: string): number[] {
  const starts: number[] = [];
  if (quote.length === 0) return starts;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) starts.push(i);
  return starts;
}

/** Straight ASCII stand-ins for the typographic characters the seeds use. */
function foldTypography(s: string): string {
  return s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/…/g, '...');
}

/**
 * Locate `quote` verbatim in `text`. Pure: the core of the CLI.
 * On a miss, says whether the quote would match with straight quotes (the usual cause).
 */
export function locateQuote(text: string, quote: string): LocateResult {
  if (quote.length === 0) return { ok: false, reason: 'empty' };
  const starts = findAll(text, quote);
  if (starts.length === 1) {
    const start = starts[0]!;
    return { ok: true, offsets: [start, start + quote.length] };
  }
  if (starts.length > 1) {
    return { ok: false, reason: 'ambiguous', positions: starts.map((s) => [s, s + quote.length]) };
  }
  const foldedText = foldTypography(text);
  const foldedQuote = foldTypography(quote);
  if (foldedText.length === text.length && foldedText.includes(foldedQuote)) {
    const at = foldedText.indexOf(foldedQuote);
    return {
      ok: false,
      reason: 'not-found',
      hint: `found only when curly quotes/apostrophes/dashes are ignored; the seed has: ${JSON.stringify(
        text.slice(at, at + foldedQuote.length),
      )}`,
    };
  }
  if (text.toLowerCase().includes(quote.toLowerCase())) {
    return { ok: false, reason: 'not-found', hint: 'found only when case is ignored; match the seed’s capitals' };
  }
  return { ok: false, reason: 'not-found' };
}

const SEEDS_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', 'seeds');

function main(argv: string[]): number {
  const [file, quote, ...rest] = argv;
  if (file === undefined || quote === undefined || rest.length > 0) {
    console.error('usage: npx tsx scripts/locate-quote.ts <seed file name> "<quote>"');
    return 2;
  }
  const path = file.includes('/') ? resolve(file) : resolve(SEEDS_DIR, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    console.error(`error: cannot read seed file ${path}`);
    return 2;
  }
  const result = locateQuote(text, quote);
  if (result.ok) {
    console.log(JSON.stringify(result.offsets));
    return 0;
  }
  if (result.reason === 'empty') {
    console.error('error: the quote is empty');
  } else if (result.reason === 'ambiguous') {
    console.error(
      `error: the quote occurs ${result.positions.length} times in ${basename(path)}; lengthen it until it is unique. Positions:`,
    );
    for (const p of result.positions) console.error(JSON.stringify(p));
  } else {
    console.error(`error: the quote is not found verbatim in ${basename(path)}`);
    if (result.hint) console.error(`hint: ${result.hint}`);
  }
  return 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
