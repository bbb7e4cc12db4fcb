/**
 * GeoNames' `cities500.txt` as typed arrays: per place its name's offset in the file's Buffer
 * (names are decoded on demand, outside the JS heap), its point, population, country, admin-1
 * area and feature code, and a name index of its name, ASCII name and Latin-script alternate
 * names (`name-index.ts`). `world-gazetteer.ts` builds its look-ups on it.
 */
import { NameIndex } from './name-index';

// GeoNames alternate names come in every script; news is in Latin script.
const LATIN = /^[\p{Script=Latin}\s'’‘`.()-]+$/u;
// "ADF", "LTAI": GeoNames lists airport codes among alternate names; in news such letters are
// initials (the Allied Democratic Forces), never the town.
const CODE = /^[A-Z0-9]{2,4}$/;
const ARTICLE = /^(?:al|el|an|ar|as|ash|at|ad|az)[-\s](\p{Lu}.*)$/iu;

export interface Table {
  buf: Buffer;
  nameAt: Uint32Array;
  nameLen: Uint16Array;
  lon: Float32Array;
  lat: Float32Array;
  pop: Uint32Array;
  country: Uint16Array;
  admin1: Uint16Array;
  code: Uint8Array;
  countries: string[];
  admins: string[];
  codes: string[];
  index: NameIndex;
  count: number;
}

/** Parse GeoNames' tab-separated `cities500.txt` (its columns per the GeoNames readme). */
export function parseCities(buf: Buffer): Table {
  const capacity = 260_000;
  const t: Table = {
    buf,
    nameAt: new Uint32Array(capacity), nameLen: new Uint16Array(capacity),
    lon: new Float32Array(capacity), lat: new Float32Array(capacity), pop: new Uint32Array(capacity),
    country: new Uint16Array(capacity), admin1: new Uint16Array(capacity), code: new Uint8Array(capacity),
    countries: [], admins: [], codes: [], index: new NameIndex(1_200_000), count: 0,
  };
  const intern = (table: string[], lookup: Map<string, number>, value: string): number => {
    let at = lookup.get(value);
    if (at === undefined) {
      at = table.push(value) - 1;
      lookup.set(value, at);
    }
    return at;
  };
  const countryIds = new Map<string, number>();
  const adminIds = new Map<string, number>();
  const codeIds = new Map<string, number>();
  const tabs = new Array<number>(20);
  let start = 0;
  while (start < buf.length && t.count < capacity) {
    let end = buf.indexOf(10, start);
    if (end < 0) end = buf.length;
    let n = 0;
    tabs[n++] = start - 1;
    for (let p = buf.indexOf(9, start); p >= 0 && p < end && n < 20; p = buf.indexOf(9, p + 1)) tabs[n++] = p;
    tabs[n] = end;
    const field = (k: number): string => buf.toString('utf8', (tabs[k] ?? 0) + 1, tabs[k + 1] ?? end);
    if (n >= 15) {
      const i = t.count++;
      t.nameAt[i] = (tabs[1] ?? 0) + 1;
      t.nameLen[i] = (tabs[2] ?? 0) - (tabs[1] ?? 0) - 1;
      t.lat[i] = Number(field(4));
      t.lon[i] = Number(field(5));
      t.pop[i] = Number(field(14)) || 0;
      const cc = field(8);
      t.country[i] = intern(t.countries, countryIds, cc);
      t.admin1[i] = intern(t.admins, adminIds, `${cc}.${field(10)}`);
      t.code[i] = intern(t.codes, codeIds, field(7));
      const name = field(1);
      t.index.add(name, i);
      t.index.add(field(2), i);
      for (const alt of field(3).split(',')) {
        if (alt.length <= 1 || alt.length > 40 || !LATIN.test(alt) || CODE.test(alt)) continue;
        t.index.add(alt, i);
        // "El-Hodeidah" is written "Hodeidah" too: the Arabic article is often dropped.
        const bare = ARTICLE.exec(alt)?.[1];
        if (bare && bare.length > 3) t.index.add(bare, i);
      }
    }
    start = end + 1;
  }
  return t;
}
