/**
 * Whether a place lies outside a country. A country's radius covers most of its places and so
 * reaches into its neighbours: Bangladesh's reaches Kolkata. "The storm is currently centred
 * over Bangladesh where at least seven people have died", in a story told from Kolkata, is
 * Bangladesh's toll, and "the Kolkata airport was flooded" is no telling of it. A place beyond
 * the country's radius is outside it; so is a town or a first-level region of the place's name,
 * at its point, that the world gazetteer puts in another country.
 */
import { distanceKm, SAME_CITY_KM } from './geo';
import type { Place } from './types';
import { worldGazetteer, type WorldGazetteer } from './world-gazetteer';

/** Whether `place` lies outside `country`. */
export function outsideCountry(country: Place, place: Place, world: () => WorldGazetteer = worldGazetteer): boolean {
  if (distanceKm(country.point, place.point) > (country.radiusKm ?? 0)) return true;
  return inAnotherCountry(country, place, world());
}

// "West Bengal state", "Kursk region": a first-level region named with its kind.
const REGION_KIND = /\s+(?:region|state|province|oblast|governorate|prefecture)$/i;

/** Whether the world gazetteer has a town or first-level region of `place`'s name at its point in a country other than `country`. */
export function inAnotherCountry(country: Place, place: Place, world: WorldGazetteer = worldGazetteer()): boolean {
  const code = world.country(country.name)?.country;
  if (code === undefined) return false;
  const at = (lon: number, lat: number): boolean => distanceKm([lon, lat], place.point) <= SAME_CITY_KM;
  const town = place.kind === 'city' ? world.cities(place.name).find((c) => at(c.lon, c.lat)) : undefined;
  const region = place.kind === 'region' ? world.regionNamed(place.name.replace(REGION_KIND, '')) : undefined;
  const holder = town?.country ?? (region && at(region.lon, region.lat) ? region.country : undefined);
  return holder !== undefined && holder !== code;
}
