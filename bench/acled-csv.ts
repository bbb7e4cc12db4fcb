/**
 * An ACLED-shaped CSV of the synthetic events, for the load benchmark: the same events,
 * places and dates as `events.geojson`, in ACLED's columns, so the two loads compare formats,
 * not data. Streamed to disk like the GeoJSON.
 */
import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { prng } from './prng';
import { placeCountFor, syntheticEvent, syntheticPlace, type SyntheticEvent, type SyntheticPlace } from './synthetic';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'actor2', 'country', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'timestamp',
];

/** Our synthetic categories as the ACLED type a row of that kind would carry. */
const TYPES: Record<string, [string, string]> = {
  deployment: ['Strategic developments', 'Headquarters or base established'],
  movement: ['Strategic developments', 'Non-violent transfer of territory'],
  training: ['Strategic developments', 'Other'],
  strike: ['Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  casualties: ['Battles', 'Armed clash'],
  statement: ['Strategic developments', 'Other'],
  agreement: ['Strategic developments', 'Agreement'],
  intelligence: ['Strategic developments', 'Other'],
  analysis: ['Strategic developments', 'Other'],
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** ACLED's export writes "15 January 2024". */
const acledDate = (iso: string): string => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

function row(e: SyntheticEvent, place: SyntheticPlace): string[] {
  const p = e.properties;
  const [type, sub] = TYPES[p.category] ?? ['Strategic developments', 'Other'];
  const precision = p.datePrecision === 'day' ? '1' : p.datePrecision === 'month' ? '3' : '2';
  const geo = place.kind === 'city' ? '1' : place.kind === 'area' ? '2' : '3';
  const fatalities = p.figures?.[0]?.value ?? 0;
  return [
    e.id as string, acledDate(p.start), p.start.slice(0, 4), precision, 'Political violence', type, sub,
    'Military Forces of Russia (2000-)', '', 'Ukraine', 'Donetska', place.name, String(place.point[1]), String(place.point[0]), geo,
    p.claims[0]!.attribution, 'National', p.claims.map((c) => c.quote).join('. '), String(fatalities), '1700000000',
  ];
}

/** Write `acled.csv` beside the GeoJSON of the same size, unless it is there already. */
export function ensureAcledCsv(dir: string, events: number, seed: number): string {
  const file = join(dir, 'acled.csv');
  if (existsSync(file)) return file;
  const placeRandom = prng(seed ^ events);
  const places = Array.from({ length: placeCountFor(events) }, (_, i) => syntheticPlace(i, placeRandom));
  const byId = new Map(places.map((p) => [p.id, p]));
  const random = prng((seed + 1) ^ events);
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, `${ACLED_COLUMNS.join(',')}\n`);
    let chunk: string[][] = [];
    for (let i = 0; i < events; i++) {
      const e = syntheticEvent(i, { places }, random);
      chunk.push(row(e, byId.get(e.properties.place)!));
      if (chunk.length === 5000 || i === events - 1) {
        writeSync(fd, `${Papa.unparse(chunk)}\n`);
        chunk = [];
      }
    }
  } finally {
    closeSync(fd);
  }
  return file;
}
