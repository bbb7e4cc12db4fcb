/**
 * Places named together ("found in El Rodeo and Alotenango") lie near each other: a list of
 * where something happened names neighbours. When the gazetteer's only village of one of the
 * names lies far from the town named beside it, that village is another place of the name
 * (the text's own village is one the gazetteer lacks), and the name is placed nowhere in the
 * article rather than hundreds of kilometres off; the town stays.
 */
import { peopleOf } from './article-context';
import { distanceKm } from './geo';
import type { Reading } from './reading';
import type { PlaceMention } from './types';

// Farther apart than this, two places named together are not neighbours.
const NEIGHBOURS_KM = 60;
// A village: fewer people than this.
const VILLAGE_PEOPLE = 5_000;
const AND_BETWEEN = /^\s*(?:,|and|,\s*and)\s*$/;

const village = (m: PlaceMention): boolean => m.autoGeocoded && m.place.kind === 'city' && (peopleOf(m.place) ?? Infinity) < VILLAGE_PEOPLE;
const town = (m: PlaceMention): boolean => m.place.kind === 'city' && (peopleOf(m.place) ?? Infinity) >= VILLAGE_PEOPLE;

/** The ids of villages named beside a town far from them, in one sentence. */
function farNamesakes(reading: Reading): string[] {
  const text = reading.sentence.text;
  const at = (offset: number): number => offset - reading.sentence.start;
  const out: string[] = [];
  const places = reading.places;
  for (let i = 0; i + 1 < places.length; i++) {
    const a = places[i];
    const b = places[i + 1];
    if (!a || !b || !AND_BETWEEN.test(text.slice(at(a.end), at(b.start)))) continue;
    if (distanceKm(a.place.point, b.place.point) <= NEIGHBOURS_KM) continue;
    if (village(a) && town(b)) out.push(a.place.id);
    else if (village(b) && town(a)) out.push(b.place.id);
  }
  return out;
}

/** The readings without the far namesakes of villages named beside a town. */
export function withoutFarNamesakes(readings: Reading[]): Reading[] {
  const far = new Set(readings.flatMap(farNamesakes));
  if (far.size === 0) return readings;
  for (const reading of readings) reading.places = reading.places.filter((m) => !far.has(m.place.id));
  return readings;
}
