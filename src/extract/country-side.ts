/**
 * A side of a country as an area: "southern Lebanon", "off Somalia's northern coast". The
 * country's places on that side say where it is; half the country's radius on that side of its
 * centre only when too few places are known.
 */
import type { Place } from '../domain/types';
import { destination } from './geo';
import { slug } from './article-context';
import type { WorldCountry, WorldGazetteer } from './world-gazetteer';

/** The sides of a country as articles name them, by their bearing from its centre. */
export const SIDE_BEARING: Record<string, number> = {
  northern: 0, 'north-eastern': 45, northeastern: 45, eastern: 90, 'south-eastern': 135, southeastern: 135, southern: 180,
  'south-western': 225, southwestern: 225, western: 270, 'north-western': 315, northwestern: 315,
};

// "'s northern coast", "'s southern coastline", "'s western shores": a side of the country by the sea.
export const COAST_SIDE_AFTER = new RegExp(String.raw`^['’]s\s+(${Object.keys(SIDE_BEARING).join('|')})\s+(?:coast|coastline|shores?|waters)\b`, 'i');
/** A compass point as an article names it ("north", "south-east") and the side of a country it is. */
export const COMPASS_SIDE: Record<string, string> = {
  north: 'northern', south: 'southern', east: 'eastern', west: 'western', northeast: 'north-eastern', 'north-east': 'north-eastern',
  northwest: 'north-western', 'north-west': 'north-western', southeast: 'south-eastern', 'south-east': 'south-eastern',
  southwest: 'south-western', 'south-west': 'south-western',
};
// "the north coast of", "the northern coastline of", "the south-western shores of" before the
// country's name: the same side, named the other way round.
export const COAST_SIDE_BEFORE = new RegExp(String.raw`\bthe\s+(${[...Object.keys(SIDE_BEARING), ...Object.keys(COMPASS_SIDE)].join('|')})\s+(?:coast|coastline|shores?|waters)\s+of\s+$`, 'i');

/** The side a coast phrase names, as `SIDE_BEARING` spells it: "north" is "northern". */
export const sideOf = (word: string): string => COMPASS_SIDE[word.toLowerCase()] ?? word.toLowerCase();

/** The part of a country on one side ("northern", "south-western", or "central"). */
export function countrySide(country: WorldCountry, dir: string, world: WorldGazetteer): Place {
  const half = Math.round(country.radiusKm / 2);
  const bearing = SIDE_BEARING[dir];
  const side = bearing === undefined ? undefined : world.countryPart(country.country, bearing);
  const point = side ? ([side.lon, side.lat] as [number, number]) : bearing === undefined ? ([country.lon, country.lat] as [number, number]) : destination([country.lon, country.lat], half, bearing);
  return side
    ? { id: slug(`${dir} ${country.name}`), name: `${dir} ${country.name}`, aliases: [], kind: 'area', point, radiusKm: side.radiusKm, note: `auto-geocoded: the ${dir} part of ${country.name}; ${side.note}` }
    : { id: slug(`${dir} ${country.name}`), name: `${dir} ${country.name}`, aliases: [], kind: 'area', point, radiusKm: half,
      note: `auto-geocoded: the ${dir} part of ${country.name}, drawn as half the country's radius (${half} km) on that side of its centre` };
}
