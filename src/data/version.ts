/**
 * A short content hash of the loaded data files (FNV-1a, 32 bit, hex). It names the data a
 * shared link was made on; it is not a security measure.
 */
export function contentHash(...parts: Array<string | Uint8Array>): string {
  let h = 0x811c9dc5;
  for (const part of parts) {
    // Text by its UTF-16 code units (as links have always been named); a binary file by its bytes.
    if (typeof part === 'string') {
      for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part.charCodeAt(i), 0x01000193);
    } else {
      for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part[i]!, 0x01000193);
    }
    h ^= 0xff; // separator, so ("ab","c") and ("a","bc") differ
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
