/**
 * Place phrases built on a named place, as articles write them:
 *
 * - "85 nautical miles east of Yemen’s port city of Aden", "530 km (330 miles) southwest of
 *   Moscow": a point that far in that direction, with a radius for the vagueness of a
 *   reported distance and bearing (a fifth of the distance, at least 10 km);
 * - "60 nautical miles off the coast of Hodeidah", "10 km from X" (no direction): an area
 *   around X as wide as the distance;
 * - "northwest of the border town of Sudzha" (a direction, no distance): an area on that side;
 * - "the villages of A, B and C": the area covering those the gazetteer knows, the others
 *   reported as not found.
 */
import type { Place } from '../domain/types';
import { destination, distanceKm } from './geo';
import type { PlaceMention } from './types';
import { slug } from './world-places';

const BEARINGS: Record<string, number> = {
  north: 0, 'north-northeast': 22.5, northeast: 45, 'east-northeast': 67.5, east: 90, 'east-southeast': 112.5, southeast: 135,
  'south-southeast': 157.5, south: 180, 'south-southwest': 202.5, southwest: 225, 'west-southwest': 247.5, west: 270,
  'west-northwest': 292.5, northwest: 315, 'north-northwest': 337.5,
};
const UNIT_KM: Record<string, number> = { km: 1, kilometers: 1, kilometres: 1, kilometer: 1, kilometre: 1, miles: 1.609, mile: 1.609, mi: 1.609, 'nautical miles': 1.852, 'nautical mile': 1.852, nm: 1.852 };

const DIRECTION = String.raw`(north|south|east|west|north-?east|north-?west|south-?east|south-?west|(?:north|south|east|west)-(?:north|south|east|west)-?(?:east|west))(?:ern)?`;
// Words between "of" and the name: "Yemen’s port city of", "the Houthi-controlled port city of", "the coast of".
const FILLER = String.raw`(?:the\s+)?(?:(?:[\p{L}’'-]+\s+){0,4}?(?:of|off)\s+(?:the\s+)?)?`;
const OFFSET = new RegExp(
  String.raw`(?:(?:about|approximately|around|some|roughly|nearly|almost|more than|less than)\s+)?(\d+(?:[.,]\d+)?)\s*(nautical miles?|kilometers?|kilometres?|km|miles?|mi|NM|nm)\b(?:\s*\([^)]*\))?\s+(?:to\s+the\s+)?(?:${DIRECTION}\s+)?(of|off|from)\s+${FILLER}$`,
  'iu',
);
// How far "north of <capital>" may reach when the text states no distance.
const FAR_SIDE_KM = 300;
const SIDE = new RegExp(String.raw`\b(?:to\s+the\s+)?${DIRECTION}\s+of\s+${FILLER}$`, 'iu');

/**
 * `mention` moved by an offset phrase that ends right before it in `text` (which starts at
 * file offset `offset`), or the mention unchanged.
 */
export function applyOffset(text: string, offset: number, mention: PlaceMention, major: (place: Place) => boolean = () => false): PlaceMention {
  const before = text.slice(Math.max(0, mention.start - offset - 160), mention.start - offset);
  const base = mention.place;
  // "east of Yemen’s port city of Aden": the offset is from Aden, not from Yemen.
  if (/^['’]s\b/.test(text.slice(mention.end - offset))) return mention;
  const m = OFFSET.exec(before);
  if (m) {
    const unit = (m[2] ?? '').toLowerCase();
    const km = Number((m[1] ?? '0').replace(',', '.')) * (UNIT_KM[unit] ?? UNIT_KM[unit.replace(/s$/, '')] ?? 1);
    const dir = m[3]?.toLowerCase();
    const bearing = dir ? BEARINGS[dir.replace(/^(north|south)(east|west)$/, '$1$2')] ?? BEARINGS[dir.replace(/-/g, '')] : undefined;
    const phrase = `${m[0]}${mention.text}`.replace(/\s+/g, ' ').trim();
    const start = mention.start - (before.length - m.index);
    const words = `${m[1]} ${unit}${dir ? ` ${dir}` : ''} ${m[4]} ${base.name}`;
    const place: Place = bearing !== undefined
      ? {
          id: slug(words), name: words, aliases: [], kind: 'area', point: destination(base.point, km, bearing),
          radiusKm: Math.round(Math.max(10, km / 5) + (base.radiusKm ?? 0)),
          note: `${Math.round(km)} km ${dir} of ${base.name} as the text states; radius a fifth of the distance (at least 10 km) for a reported bearing and distance`,
        }
      : {
          id: slug(words), name: words, aliases: [], kind: 'area', point: base.point,
          radiusKm: Math.round(km + (base.radiusKm ?? 0)),
          note: `within ${Math.round(km)} km of ${base.name}, direction not stated`,
        };
    return { ...mention, start, text: phrase, place, autoGeocoded: true, locative: true };
  }
  const side = base.kind === 'country' ? null : SIDE.exec(before);
  if (side) {
    const dir = (side[1] ?? '').toLowerCase().replace(/-/g, '');
    const bearing = BEARINGS[dir];
    if (bearing === undefined) return mention;
    const start = mention.start - (before.length - side.index);
    const name = `${dir} of ${base.name}`;
    // "north of Athens": a capital or a city of millions is named for places hundreds of km
    // away, so with no distance stated the area reaches that far; a town, for its surroundings.
    const far = major(base);
    const reach = far ? FAR_SIDE_KM / 2 : Math.max(20, base.radiusKm ?? 0);
    const place: Place = {
      id: slug(name), name, aliases: [], kind: 'area', point: destination(base.point, reach, bearing), radiusKm: reach,
      note: far
        ? `the ${dir} side of ${base.name}, no distance stated: a capital or large city is named for places up to ${FAR_SIDE_KM} km away, so an area of ${reach} km centred ${reach} km that way`
        : `the ${dir} side of ${base.name}, no distance stated: an area of ${reach} km beside it`,
    };
    return { ...mention, start, text: text.slice(start - offset, mention.end - offset), place, autoGeocoded: true, locative: true };
  }
  return mention;
}

// "the villages of A, B and C", "settlements of A and B", "identifying the settlements as A and B".
const LIST = /\b(?:villages|settlements|towns|localities|communities|hamlets)\s+(?:of|as|including)\s+((?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)(?:\s*,\s*(?:and\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)*(?:\s*,?\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)?)/gu;

export interface NamedList {
  start: number;
  end: number;
  names: Array<{ name: string; start: number; end: number }>;
}

/** Lists of named villages or settlements in `text`, with each name's file offsets. */
export function namedLists(text: string, offset: number): NamedList[] {
  const out: NamedList[] = [];
  LIST.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LIST.exec(text)) !== null) {
    const listText = m[1] ?? '';
    const listStart = m.index + m[0].length - listText.length;
    const names: NamedList['names'] = [];
    const part = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;
    let p: RegExpExecArray | null;
    while ((p = part.exec(listText)) !== null) names.push({ name: p[0], start: offset + listStart + p.index, end: offset + listStart + p.index + p[0].length });
    out.push({ start: offset + m.index, end: offset + listStart + listText.length, names });
  }
  return out;
}

/** The area covering the listed places that resolved; undefined when none did. */
export function listArea(list: NamedList, resolved: readonly PlaceMention[], text: string, offset: number): PlaceMention | undefined {
  const inside = resolved.filter((r) => list.names.some((n) => r.start >= n.start && r.end <= n.end));
  if (inside.length === 0) return undefined;
  const lon = inside.reduce((s, r) => s + r.place.point[0], 0) / inside.length;
  const lat = inside.reduce((s, r) => s + r.place.point[1], 0) / inside.length;
  const centre: [number, number] = [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];
  const far = Math.max(...inside.map((r) => distanceKm(centre, r.place.point) + (r.place.radiusKm ?? 0)));
  const missing = list.names.filter((n) => !inside.some((r) => r.start >= n.start && r.end <= n.end)).map((n) => n.name);
  const found = inside.map((r) => r.place.name);
  const place: Place = {
    id: slug(`area of ${found.join(' ')}`), name: found.join(', '), aliases: [], kind: 'area', point: centre,
    radiusKm: Math.round(Math.max(5, far + 3)),
    note: `the area covering ${found.join(', ')}${missing.length ? `; not found in the gazetteer: ${missing.join(', ')}` : ''}`,
  };
  return { start: list.start, end: list.end, text: text.slice(list.start - offset, list.end - offset), place, autoGeocoded: true, locative: true, from: false };
}

/** Names of a list that no gazetteer knows, for the report. */
export function unresolvedNames(lists: readonly NamedList[], resolved: readonly PlaceMention[]): string[] {
  return lists.flatMap((l) => l.names.filter((n) => !resolved.some((r) => r.start < n.end && n.start < r.end)).map((n) => n.name));
}
