/**
 * Below this many characters (or bytes, for a file not yet read) a table is read whole: a
 * second worker's start (its code, a copy of half the text, the parts' join) costs more than
 * it saves. About 30,000 ACLED rows.
 */
export const PARTS_MIN_CHARS = 8_000_000;
