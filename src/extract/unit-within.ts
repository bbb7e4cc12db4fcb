/**
 * A place the gazetteer lacks, told with the wide area holding it ("the small village of Hroza
 * in eastern Ukraine"), is placed by the gazetteer at that area: a part of a country, hundreds
 * of kilometres wide. When the article names, anywhere, a region or district inside that area
 * ("located in the Kharkiv region", "in the Kupyansk district"), the place stands there: the
 * text's own nearer word on where it is, not the area's centre.
 */
import type { Place } from '../domain/types';
import { distanceKm } from './geo';
import { unfoundIn } from './qualified-place';
import type { Reading } from './reading';

/** Whether `unit` is a region or district lying inside `area`, and narrower. */
function inside(unit: Place, area: Place): boolean {
  if (unit.kind !== 'region' || unfoundIn(unit)) return false;
  const wide = area.radiusKm ?? 0;
  return (unit.radiusKm ?? 0) < wide && distanceKm(unit.point, area.point) <= wide;
}

/** The narrowest region or district the article names inside `area`. */
function narrowestInside(area: Place, readings: readonly Reading[]): Place | undefined {
  const units = readings.flatMap((r) => r.places.map((p) => p.place)).filter((p) => inside(p, area));
  return units.sort((a, b) => (a.radiusKm ?? 0) - (b.radiusKm ?? 0))[0];
}

/** The readings with each place lacking from the gazetteer moved to the unit the article names it in. */
export function withinNamedUnits(readings: Reading[]): Reading[] {
  for (const reading of readings) {
    reading.places = reading.places.map((m) => {
      const unfound = unfoundIn(m.place);
      if (!unfound) return m;
      const unit = narrowestInside(m.place, readings);
      return unit ? { ...m, place: { ...unit, note: `${unfound.name} not found in the gazetteer: the ${unit.name} the article names inside ${unfound.area}; ${unit.note ?? ''}`.trim() } } : m;
    });
  }
  return readings;
}
