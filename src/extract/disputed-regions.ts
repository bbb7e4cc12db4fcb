/**
 * Disputed regions as articles name them: by who administers them ("Pakistan-administered
 * Kashmir", "Indian-controlled Kashmir"), or whole ("the disputed Kashmir region"). Neither
 * GeoNames nor a country's own regions know these names (GeoNames lists "Kashmir" as an
 * alternate name of a town, Anantnag), so they are read here from `disputed-regions.json`:
 * each part is drawn as the circle covering its first-level regions in Natural Earth's
 * admin-1 outlines, the whole as the circle covering all of them.
 */
import { adminRegion } from './admin-regions';
import { distanceKm } from './geo';
import data from './disputed-regions.json';
import type { WorldArea } from './world-gazetteer';

type Ref = readonly string[];

/** The circle covering the named first-level regions, or undefined when one is unknown. */
function covering(refs: readonly Ref[]): { lon: number; lat: number; radiusKm: number } | undefined {
  const circles = refs.map(([country = '', name = '']) => adminRegion(name, new Set([country])));
  if (circles.length === 0 || circles.some((c) => c === undefined)) return undefined;
  const cs = circles as NonNullable<(typeof circles)[number]>[];
  // The centre of the circles' bounding box; the radius reaches the far edge of each.
  const lon = (Math.min(...cs.map((c) => c.lon)) + Math.max(...cs.map((c) => c.lon))) / 2;
  const lat = (Math.min(...cs.map((c) => c.lat)) + Math.max(...cs.map((c) => c.lat))) / 2;
  const radiusKm = Math.ceil(Math.max(...cs.map((c) => distanceKm([lon, lat], [c.lon, c.lat]) + c.radiusKm)));
  return { lon: Math.round(lon * 1e3) / 1e3, lat: Math.round(lat * 1e3) / 1e3, radiusKm };
}

// "Pakistan-administered", "Pakistani-controlled", "Indian-held", "India-occupied".
const BY = /\b(Pakistan(?:i)?|India(?:n)?)[- ](?:administered|controlled|held|occupied|ruled)\s+(?:Jammu and\s+)?$/i;
const COUNTRY_OF: Record<string, string> = { pakistan: 'PK', pakistani: 'PK', india: 'IN', indian: 'IN' };

// Compiled once: the look-up runs on every sentence of every article.
const PATTERNS = data.regions.map((region) => [region, new RegExp(`(?<![\\p{L}])${region.pattern}(?:\\s+(?:region|valley))?(?![\\p{L}])`, 'gu')] as const);

export interface DisputedMention {
  /** Offsets in `text`. */
  start: number;
  end: number;
  area: WorldArea;
}

/** The disputed regions named in `text`, with the administering country's part where it is said. */
export function disputedMentions(text: string): DisputedMention[] {
  const out: DisputedMention[] = [];
  for (const [region, pattern] of PATTERNS) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) {
      const by = BY.exec(text.slice(Math.max(0, m.index - 40), m.index));
      const country = by ? COUNTRY_OF[(by[1] ?? '').toLowerCase()] : undefined;
      const parts = country ? (region.parts as Record<string, Ref[] | undefined>)[country] : undefined;
      const refs: Ref[] = parts ?? region.whole;
      const circle = covering(refs);
      if (!circle) continue;
      const start = by && parts ? m.index - by[0].length : m.index;
      const name = by && parts ? `${by[1]}-administered ${region.name}` : region.name;
      out.push({
        start, end: m.index + m[0].length,
        area: {
          name, kind: 'region', country: parts ? (country ?? '') : '', ...circle,
          note: `disputed region (disputed-regions.json): the circle covering the Natural Earth admin-1 outline${refs.length > 1 ? 's' : ''} of ${refs.map(([c = '', n = '']) => `${n} (${c})`).join(', ')}`,
        },
      });
    }
  }
  return out;
}
