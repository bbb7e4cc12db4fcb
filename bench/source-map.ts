/**
 * Just enough of Source Map v3 to name a profile's frames: decode `mappings` and find the
 * original position of a generated (line, column). Written here rather than borrowing a
 * transitive dependency, which could vanish with any `npm update`.
 */

export interface RawSourceMap {
  version: number;
  sources: string[];
  names?: string[];
  mappings: string;
  sourceRoot?: string;
}

export interface Original {
  source: string;
  /** 0-based, as in the map and in CPU profiles. */
  line: number;
  column: number;
  name: string | null;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i++) DIGIT[BASE64.charCodeAt(i)] = i;

/** Decode one line's segments: [generatedColumn, source, line, column, name?] with deltas resolved. */
export function decodeMappings(mappings: string): Int32Array[] {
  const lines: Int32Array[] = [];
  let source = 0;
  let srcLine = 0;
  let srcCol = 0;
  let name = 0;
  let segments: number[] = [];
  let genCol = 0;
  let fields: number[] = [];
  let value = 0;
  let shift = 0;
  const endSegment = () => {
    if (fields.length === 0) return;
    genCol += fields[0]!;
    if (fields.length >= 4) {
      source += fields[1]!;
      srcLine += fields[2]!;
      srcCol += fields[3]!;
      if (fields.length >= 5) name += fields[4]!;
      segments.push(genCol, source, srcLine, srcCol, fields.length >= 5 ? name : -1);
    }
    fields = [];
  };
  for (let i = 0; i <= mappings.length; i++) {
    const c = i < mappings.length ? mappings.charCodeAt(i) : 59; // a final ';'
    if (c === 44 || c === 59) {
      endSegment();
      if (c === 59) {
        lines.push(Int32Array.from(segments));
        segments = [];
        genCol = 0;
      }
      continue;
    }
    const digit = DIGIT[c]!;
    if (digit < 0) throw new Error(`not a base64 VLQ character: ${String.fromCharCode(c)}`);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = shift = 0;
    }
  }
  return lines;
}

export class SourceMap {
  private readonly lines: Int32Array[];
  constructor(private readonly raw: RawSourceMap) {
    this.lines = decodeMappings(raw.mappings);
  }

  /** The original position of a generated one: the last mapping at or before it on its line. */
  lookup(line: number, column: number): Original | null {
    const segs = this.lines[line];
    if (!segs || segs.length === 0) return null;
    let lo = 0;
    let hi = segs.length / 5 - 1;
    if (segs[0]! > column) return null;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid * 5]! <= column) lo = mid;
      else hi = mid - 1;
    }
    const at = lo * 5;
    const nameIndex = segs[at + 4]!;
    return {
      source: (this.raw.sourceRoot ?? '') + this.raw.sources[segs[at + 1]!]!,
      line: segs[at + 2]!,
      column: segs[at + 3]!,
      name: nameIndex >= 0 ? (this.raw.names?.[nameIndex] ?? null) : null,
    };
  }
}
