/**
 * A first-level region's name that a town abroad shares ("Florida", a town in Cuba and in
 * Uruguay) or that a town has for an alias ("Victoria", an old name of Hong Kong). An article
 * that names the region beside towns of its own seldom names the region's country as well
 * (a US paper does not say "United States" after "Fort Myers"): when other towns the article
 * names lie inside the region, the region's country is the article's, and the name is the
 * region there, not the town abroad.
 */
import { adminRegionsNamed } from './admin-regions';
import type { ArticleContext } from './article-context';
import { distanceKm } from './geo';
import { nameKey } from './name-index';
import type { WorldArea, WorldCity, WorldGazetteer } from './world-gazetteer';

// A town of fewer people is too small to be the one meant when named from afar.
const SMALL_TOWN = 100_000;
// A name that is a town only with fewer people than this is too slight a sign of a country.
const TOWN_PEOPLE = 1000;

// "the Seti river", "the Florida Keys": a name before a feature's noun is that feature's.
const FEATURE_AFTER = /^\s+(?:river|lake|valley|gorge|mountains?|hills?|bay|strait|keys|islands?|peninsula|dam|canal|creek)\b/i;

/**
 * The regions named in `regionNames` that hold a town the article names by another of
 * `townNames`: each region's name (its key) and its country.
 */
export function regionsHoldingTowns(regionNames: Iterable<string>, townNames: Iterable<string>, world: WorldGazetteer): Map<string, string> {
  const out = new Map<string, string>();
  const towns = [...new Set(townNames)];
  for (const name of new Set(regionNames)) {
    const key = nameKey(name);
    for (const region of adminRegionsNamed(name)) {
      if (out.has(key)) break;
      const inside = (c: WorldCity): boolean => c.country === region.country && c.population >= TOWN_PEOPLE && distanceKm([c.lon, c.lat], [region.lon, region.lat]) <= region.radiusKm;
      if (towns.some((t) => nameKey(t) !== key && world.cities(t).some(inside))) out.set(key, region.country);
    }
  }
  return out;
}

/**
 * The region `name` names in one of the article's countries, or in the country of the towns
 * it holds that the article names, when `city`, the town picked for the name, lies in another
 * country and is small, or only has the name for an alias (in that country too).
 */
export function regionOverTown(name: string, after: string, city: WorldCity, ctx: ArticleContext, world: WorldGazetteer): WorldArea | undefined {
  if (FEATURE_AFTER.test(after)) return undefined;
  const held = ctx.heldRegions?.get(nameKey(name));
  const countries = held ? new Set([held]) : ctx.countries;
  const region = world.regionNamed(name, countries);
  if (!region || !countries.has(region.country)) return undefined;
  const alias = nameKey(city.name) !== nameKey(name);
  // A town of the same country that has the name only for an alias is not what the region's
  // own name means: "South Florida" in a report that puts its towns in the United States.
  if (city.country === region.country) return alias ? region : undefined;
  return city.population < SMALL_TOWN || alias ? region : undefined;
}

/**
 * "The Lee County sheriff" in a story that names Florida beside its towns: a unit named after a
 * town is around a town of that name in a region the article names so, not around a namesake
 * in another region or country.
 */
export function outsideNamedRegions(city: WorldCity, ctx: ArticleContext): boolean {
  const named = [...(ctx.heldRegions?.keys() ?? [])];
  if (named.length === 0) return false;
  const inside = (r: { lon: number; lat: number; radiusKm: number; country: string }): boolean =>
    r.country === city.country && distanceKm([city.lon, city.lat], [r.lon, r.lat]) <= r.radiusKm;
  return !named.some((key) => adminRegionsNamed(key).some(inside));
}
