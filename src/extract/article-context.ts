/**
 * What an article as a whole says about where it is (the countries it names, the places found
 * so far, the surnames it uses), and how a world-gazetteer town or area becomes a place of
 * the data set: which of several same-named towns the article means, and which far namesake
 * it cannot mean.
 */
import type { Place } from '../domain/types';
import { distanceKm } from './geo';
import type { WorldArea, WorldCity, WorldGazetteer } from './world-gazetteer';

/** What the article as a whole says about where it is: the countries it names, places found so far. */
export interface ArticleContext {
  countries: Set<string>;
  points: Array<readonly [number, number]>;
  /** Words the article uses as a person's surname ("Ferdinand Marcos"): not towns there. */
  persons: Set<string>;
  /** Ships' names the article gives ("Aris 13"): never places, whatever town bears the name. */
  vessels?: Set<string>;
  /** First-level regions the article names that hold towns it names too: name key to country. */
  heldRegions?: Map<string, string>;
}

export const emptyContext = (): ArticleContext => ({ countries: new Set(), points: [], persons: new Set() });

export const slug = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export const areaPlace = (a: WorldArea, id: string): Place => ({
  id, name: a.name, aliases: [], kind: a.kind, point: [a.lon, a.lat], radiusKm: a.radiusKm, note: `auto-geocoded: ${a.note}`,
});

/** The people of each place made from a world-gazetteer town, as GeoNames counts them. */
const PEOPLE = new WeakMap<Place, number>();

/** How many people live in a place made from a world-gazetteer town; undefined for any other place. */
export const peopleOf = (place: Place): number | undefined => PEOPLE.get(place);

export function cityPlace(c: WorldCity, taken: (id: string) => boolean): Place {
  const base = slug(c.name);
  const id = taken(base) ? `${base}-${c.country.toLowerCase()}` : base;
  const shared = c.namesakes > 1 ? `; ${c.namesakes} places of 10,000+ share the name, the one in a country the article names or the nearest was taken` : '';
  const place: Place = {
    id, name: c.name, aliases: [], kind: 'city', point: [c.lon, c.lat],
    note: `auto-geocoded from GeoNames cities500: ${c.name}, ${c.country}, ${c.featureCode}, population ${c.population}${shared}`,
  };
  PEOPLE.set(place, c.population);
  return place;
}

/** The best of several same-named places for this article, or undefined. */
export function pickCity(cities: readonly WorldCity[], ctx: ArticleContext): WorldCity | undefined {
  // "in Tehran" in a report on Iran: a country's capital is the place of that name there, not a
  // smaller namesake nearer the article's other places.
  const capitalThere = (c: WorldCity): boolean => /^PPLC/.test(c.featureCode) && (ctx.countries.size === 0 || ctx.countries.has(c.country));
  const near = (c: WorldCity): number =>
    ctx.points.length ? Math.min(...ctx.points.map((p) => distanceKm(p, [c.lon, c.lat]))) : 0;
  return [...cities].sort((a, b) =>
    Number(ctx.countries.has(b.country)) - Number(ctx.countries.has(a.country)) ||
    Number(capitalThere(b)) - Number(capitalThere(a)) ||
    (ctx.points.length ? near(a) - near(b) : 0) ||
    b.population - a.population,
  )[0];
}

// How far a small town outside the article's countries may lie from everything else it names.
const NAMESAKE_FAR_KM = 1500;

/**
 * "off Mocha" in a report on Yemen, where the gazetteer knows only a Mocha in Brazil: a small
 * town outside every country the article names and far from all its other places (and from
 * those countries' capitals) is a namesake, not the place meant. Capitals and cities of
 * 100,000+ are known enough to be named from afar ("talks in Geneva").
 */
export function farNamesake(city: WorldCity, ctx: ArticleContext, world: WorldGazetteer): boolean {
  if (ctx.countries.size === 0 || ctx.countries.has(city.country)) return false;
  if (city.population >= 100_000 || /^PPLC/.test(city.featureCode)) return false;
  const capitals = [...ctx.countries].flatMap((c) => {
    const cap = world.capital(c);
    return cap ? [[cap.lon, cap.lat] as const] : [];
  });
  return [...ctx.points, ...capitals].every((p) => distanceKm(p, [city.lon, city.lat]) > NAMESAKE_FAR_KM);
}
