/**
 * A banner, the county-level unit of Inner Mongolia, as English news names it ("Alxa Left
 * Banner", "Horqin Right Front Banner"). GeoNames has no banners, but it carries each banner's
 * seat under the banner's pinyin name ("Alxa Zuoqi" among Bayan Hot's names: zuo, left; qi,
 * banner), so the English name is turned into that one and looked up. A banner is wide (tens of
 * thousands of square kilometres for the desert ones), so the place is an area around the
 * seat, its radius a guess that says so; a mine or a site in it lies anywhere in it.
 */
import type { Place } from '../domain/types';
import { cityPlace, pickCity, slug, type ArticleContext } from './article-context';
import { nameKey } from './name-index';
import type { WorldGazetteer } from './world-gazetteer';

const BANNER = /^(\p{Lu}[\p{L}'’-]*(?:\s+(?!(?:Left|Right|Front|Rear|Middle)\s)\p{Lu}[\p{L}'’-]*)?)\s+((?:(?:Left|Right|Front|Rear|Middle)\s+){0,2})Banner$/u;
const PINYIN: Record<string, string> = { left: 'zuo', right: 'you', front: 'qian', rear: 'hou', middle: 'zhong' };

/** How far a banner is taken to reach around its seat. */
export const BANNER_RADIUS_KM = 80;

/** The banner `name` names, as an area around its seat, or undefined. */
export function bannerPlace(name: string, world: WorldGazetteer, ctx: ArticleContext, idTaken: (id: string) => boolean): Place | undefined {
  const m = BANNER.exec(name);
  if (!m) return undefined;
  const sides = (m[2] ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean).map((w) => PINYIN[w] ?? '');
  const pinyin = `${sides.join('')}qi`;
  const seat = pickCity([`${m[1]} ${pinyin}`, `${m[1]} ${pinyin.replace(/qi$/, ' qi')}`].flatMap((q) => world.cities(nameKey(q))), ctx);
  if (!seat || seat.country !== 'CN') return undefined;
  return {
    ...cityPlace(seat, idTaken), id: slug(name), name, kind: 'region', radiusKm: BANNER_RADIUS_KM,
    note: `auto-geocoded: ${name}, a banner of Inner Mongolia, around its seat ${seat.name} (GeoNames names it "${m[1]} ${pinyin}"), radius a guess of ${BANNER_RADIUS_KM} km`,
  };
}
