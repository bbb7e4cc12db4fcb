/**
 * Bytes to text. A file that is valid UTF-8 is read as such (its byte-order mark dropped); one
 * that is not is read as Windows-1252, the encoding spreadsheet programs on Windows write, so
 * every row still loads, with a note saying so. Windows-1252 maps every byte to a character,
 * so nothing is lost; a wrong guess shows as odd letters, never as missing rows.
 */

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
  /** Set when the bytes were not UTF-8: what the user should know. */
  note?: string;
}

export function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const at = firstBadByte(bytes);
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      note: `${file} is not valid UTF-8 (first bad byte at offset ${at}); read as Windows-1252, so accented letters may show wrongly, but no row is lost.`,
    };
  }
}

/**
 * The first `max` bytes as text, for a preview: a multi-byte character cut at the end is
 * dropped rather than reported as bad UTF-8.
 */
export function decodePrefix(bytes: Uint8Array, file: string, complete: boolean): Decoded {
  if (complete) return decodeBytes(bytes, file);
  let end = bytes.length;
  // Back off at most 3 bytes to the start of a UTF-8 sequence.
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const b = bytes[end - i]!;
    if ((b & 0xc0) === 0x80) continue;
    if (b >= 0xc0) end -= i;
    break;
  }
  return decodeBytes(bytes.subarray(0, end), file);
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80-0x9F (curly quotes, dashes, €). Decoded here
 * by table because Node's TextDecoder without full ICU reads the label as Latin-1, which turns
 * an en dash into a control character; browsers and this agree with the WHATWG table.
 */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let at = 0; at < bytes.length; at += CHUNK) {
    const codes = Array.from(bytes.subarray(at, at + CHUNK), (b) => (b >= 0x80 && b <= 0x9f ? HIGH.charCodeAt(b - 0x80) : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function firstBadByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix, found by halving: a few decodes even for a large file.
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid));
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
