/**
 * Reading one article file safely: size checked before reading, binary and non-UTF-8 refused
 * with a reason, and an optional header block recognised and kept in place, so that every
 * offset stays an offset into the file as it is on disk.
 *
 * Header (optional, first lines, ended by a blank line; keys case-insensitive):
 *
 *     Published: 2024-10-29            (or a span: 2024-10-28..2024-10-29)
 *     URL: https://example.org/story   (where the text was taken from)
 *     Outlet: Kyiv Independent
 *     Headline: North Korean troops reach Kursk
 *
 *     <article text>
 */
import { readFileSync, statSync } from 'node:fs';
import { isCalendarDay } from '../domain/days';

/** Articles are read whole; past this size a file is refused rather than streamed. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

export interface ArticleHeader {
  published?: { start: string; end: string };
  url?: string;
  outlet?: string;
  headline?: string;
}

export type ReadArticle =
  | { ok: true; text: string; bodyStart: number; header: ArticleHeader }
  | { ok: false; error: string };

const HEADER_LINE = /^(published|url|outlet|headline)\s*:\s*(.*?)\s*$/i;

/** Parse `2024-10-29` or `2024-10-28..2024-10-29`; undefined when malformed. */
export function parsePublished(value: string): { start: string; end: string } | undefined {
  const [start = '', end = start] = value.split('..').map((s) => s.trim());
  if (!isCalendarDay(start) || !isCalendarDay(end) || end < start) return undefined;
  return { start, end };
}

/** The header at the top of `text`, if its first line is a header line; else none. */
export function parseHeader(text: string): { header: ArticleHeader; bodyStart: number; error?: string } {
  const header: ArticleHeader = {};
  const re = /([^\r\n]*)(\r?\n|$)/g;
  let m: RegExpExecArray | null;
  let seen = 0;
  while ((m = re.exec(text)) !== null && m[0] !== '') {
    const line = m[1] ?? '';
    if (line.trim() === '') return seen > 0 ? { header, bodyStart: re.lastIndex } : { header: {}, bodyStart: 0 };
    const field = HEADER_LINE.exec(line);
    if (!field) return { header: {}, bodyStart: 0 };
    seen++;
    const key = (field[1] ?? '').toLowerCase();
    const value = field[2] ?? '';
    if (key === 'published') {
      const published = parsePublished(value);
      if (!published) return { header, bodyStart: 0, error: `header "Published: ${value}" is not YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD` };
      header.published = published;
    } else if (key === 'url') header.url = value;
    else if (key === 'outlet') header.outlet = value;
    else header.headline = value;
  }
  return { header: {}, bodyStart: 0 };
}

/** Read and check one article file. Never throws: every failure is a one-line reason. */
export function readArticle(path: string, maxBytes = DEFAULT_MAX_BYTES): ReadArticle {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { ok: false, error: 'not a regular file' };
    size = stat.size;
  } catch (error) {
    return { ok: false, error: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  if (size === 0) return { ok: false, error: 'empty file' };
  if (size > maxBytes) {
    return { ok: false, error: `too large: ${size.toLocaleString('en')} bytes, the limit is ${maxBytes.toLocaleString('en')} (refused unread; raise it with --max-bytes)` };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, error: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  if (bytes.includes(0)) return { ok: false, error: `binary file (NUL byte at offset ${bytes.indexOf(0)}), not article text` };
  let text: string;
  try {
    // ignoreBOM keeps a byte-order mark in the text, as the validator's readFileSync does,
    // so offsets agree with it.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, error: 'not UTF-8 text (invalid byte sequence); convert it first, e.g. iconv -f latin1 -t utf-8' };
  }
  if (text.trim() === '') return { ok: false, error: 'empty file (white space only)' };
  const { header, bodyStart, error } = parseHeader(text);
  if (error) return { ok: false, error };
  return { ok: true, text, bodyStart, header };
}
