/**
 * A name -> places index for hundreds of thousands of names without one JavaScript string
 * per name: each name is kept as two independent 32-bit hashes in typed arrays, so the
 * index of GeoNames' ~900,000 names and alternate names costs about 20 MB instead of the
 * 60+ MB a `Map<string, number[]>` takes. Two 32-bit hashes make a false hit (a word that
 * is no place name answering as one) about one in 10^19 per look-up.
 */

/** Lower case, no accents, one kind of apostrophe, hyphens and runs of space as one space. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`ʼʻ]/g, "'")
    .replace(/[-‐–\s]+/g, ' ')
    .trim();
}

function hashes(key: string): [number, number] {
  // FNV-1a and a multiplicative hash with another seed: independent enough for two halves.
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [a >>> 0, b >>> 0];
}

export class NameIndex {
  private slots: Int32Array;
  private mask: number;
  private h1: Uint32Array;
  private h2: Uint32Array;
  private item: Int32Array;
  private next: Int32Array;
  private count = 0;
  private heads = 0;

  constructor(expected: number) {
    let size = 1;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.h1 = new Uint32Array(expected);
    this.h2 = new Uint32Array(expected);
    this.item = new Int32Array(expected);
    this.next = new Int32Array(expected);
  }

  private grow(): void {
    const n = this.h1.length * 2;
    const widen = <T extends Int32Array | Uint32Array>(old: T, make: (n: number) => T): T => {
      const next = make(n);
      next.set(old);
      return next;
    };
    this.h1 = widen(this.h1, (k) => new Uint32Array(k));
    this.h2 = widen(this.h2, (k) => new Uint32Array(k));
    this.item = widen(this.item, (k) => new Int32Array(k));
    this.next = widen(this.next, (k) => new Int32Array(k));
  }

  /** Keep the table at most half full, so probing stays short and always ends. */
  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.slots.length - 1;
    for (const head of old) if (head) this.place(head - 1);
  }

  private place(entry: number): void {
    let s = (this.h1[entry] ?? 0) & this.mask;
    while (this.slots[s]) s = (s + 1) & this.mask;
    this.slots[s] = entry + 1;
  }

  /** The first entry of the chain for these hashes, or -1. */
  private head(a: number, b: number): number {
    let s = a & this.mask;
    for (;;) {
      const e = (this.slots[s] ?? 0) - 1;
      if (e < 0) return -1;
      if (this.h1[e] === a && this.h2[e] === b) return e;
      s = (s + 1) & this.mask;
    }
  }

  /** Record that `name` (any spelling; it is keyed with `nameKey`) names item `id`. */
  add(name: string, id: number): void {
    const key = nameKey(name);
    if (!key) return;
    const [a, b] = hashes(key);
    const first = this.head(a, b);
    for (let e = first; e >= 0; e = this.next[e] ?? -1) if (this.item[e] === id) return;
    if (this.count >= this.h1.length) this.grow();
    const e = this.count++;
    this.h1[e] = a;
    this.h2[e] = b;
    this.item[e] = id;
    if (first >= 0) {
      // Chain behind the head so the head's slot stays put.
      this.next[e] = this.next[first] ?? -1;
      this.next[first] = e;
    } else {
      this.next[e] = -1;
      if (++this.heads * 2 > this.slots.length) this.rehash();
      this.place(e);
    }
  }

  /** Every item a name names, in the order they were added. */
  get(name: string): number[] {
    const [a, b] = hashes(nameKey(name));
    const out: number[] = [];
    for (let e = this.head(a, b); e >= 0; e = this.next[e] ?? -1) out.push(this.item[e] ?? 0);
    return out.sort((x, y) => x - y);
  }

  get size(): number {
    return this.count;
  }
}
