/**
 * Whether a place lies outside a country. A country's radius covers most of its places and so
 * reaches into its neighbours: Bangladesh's reaches Kolkata. "The storm is currently centred
 * over Bangladesh where at least seven people have died", in a story told from Kolkata, is
 * Bangladesh's toll, and "the Kolkata airport was flooded" is no telling of it. A place beyond
 * the country's radius is outside it; so is a town of the place's name, at its point, that the
 * world gazetteer puts in another country.
 */
import { distanceKm, SAME_CITY_KM } from './geo';
import type { Place } from './types';
import { worldGazetteer, type WorldGazetteer } from './world-gazetteer';

/** Whether `place` lies outside `country`. */
export function outsideCountry(country: Place, place: Place, world: () => WorldGazetteer = worldGazetteer): boolean {
  if (distanceKm(country.point, place.point) > (country.radiusKm ?? 0)) return true;
  return inAnotherCountry(country, place, world());
}

/** Whether the world gazetteer has a town of `place`'s name at its point in a country other than `country`. */
export function inAnotherCountry(country: Place, place: Place, world: WorldGazetteer = worldGazetteer()): boolean {
  const code = world.country(country.name)?.country;
  const town = code ? world.cities(place.name).find((c) => distanceKm([c.lon, c.lat], place.point) <= SAME_CITY_KM) : undefined;
  return code !== undefined && town !== undefined && town.country !== code;
}
