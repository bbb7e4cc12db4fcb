/**
 * The first view of a data set: the smallest box that still holds most of its events, so a
 * story told mostly around Kursk opens on Kursk and not on a world map stretched to reach one
 * statement from Washington. "Show all events" fits everything instead.
 *
 * Places are peeled off the box's edges, one at a time, always the one whose removal shrinks
 * the box most (area in Web Mercator, what the screen shows), while the events left inside
 * are at least `share` of all. Greedy, not the exact optimum, but O(n log n) in the places and
 * it removes outliers first: they are what makes a box large.
 */
import { mercatorX, mercatorY } from './mercator';

export interface WeightedPoint {
  point: [number, number];
  /** Events at this point. */
  weight: number;
}

/** The closest a first view comes: a data set in one town still shows the town's surroundings. */
export const FIRST_VIEW_MAX_ZOOM = 6;

/** [west, south, east, north] in degrees, or null when there are no events. */
export type Bounds = [number, number, number, number];

export function coreBounds(points: readonly WeightedPoint[], share = 0.8): Bounds | null {
  const items = points.filter((p) => p.weight > 0).map((p) => ({ ...p, x: mercatorX(p.point[0]), y: mercatorY(p.point[1]), out: false }));
  if (items.length === 0) return null;
  const total = items.reduce((s, p) => s + p.weight, 0);
  const byX = [...items].sort((a, b) => a.x - b.x);
  const byY = [...items].sort((a, b) => a.y - b.y);
  // Ends of the kept range in each order; entries before lo or after hi are out.
  const ends = { xLo: 0, xHi: byX.length - 1, yLo: 0, yHi: byY.length - 1 };
  const skip = () => {
    while (byX[ends.xLo]!.out) ends.xLo++;
    while (byX[ends.xHi]!.out) ends.xHi--;
    while (byY[ends.yLo]!.out) ends.yLo++;
    while (byY[ends.yHi]!.out) ends.yHi--;
  };
  /** Area of the kept box if `item` were out too. */
  const areaWithout = (item: (typeof items)[number]): number => {
    item.out = true;
    const x = firstKept(byX, ends.xLo, 1);
    const X = firstKept(byX, ends.xHi, -1);
    const y = firstKept(byY, ends.yLo, 1);
    const Y = firstKept(byY, ends.yHi, -1);
    item.out = false;
    return (X.x - x.x) * (Y.y - y.y);
  };
  let kept = total;
  for (let left = items.length; left > 1; left--) {
    const candidates = [...new Set([byX[ends.xLo]!, byX[ends.xHi]!, byY[ends.yLo]!, byY[ends.yHi]!])].filter(
      (c) => kept - c.weight >= share * total,
    );
    if (candidates.length === 0) break;
    let best = candidates[0]!;
    let bestArea = areaWithout(best);
    for (const c of candidates.slice(1)) {
      const area = areaWithout(c);
      if (area < bestArea || (area === bestArea && c.weight < best.weight)) [best, bestArea] = [c, area];
    }
    best.out = true;
    kept -= best.weight;
    skip();
  }
  const keptItems = items.filter((p) => !p.out);
  const lngs = keptItems.map((p) => p.point[0]);
  const lats = keptItems.map((p) => p.point[1]);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

function firstKept<T extends { out: boolean }>(list: readonly T[], from: number, step: 1 | -1): T {
  let i = from;
  while (list[i]!.out) i += step;
  return list[i]!;
}

/** The first view of events: their places weighted by events, at least `share` of them inside (80%: most of the story, not its outliers). */
export function firstViewOf(events: ReadonlyArray<{ place: { id: string; point: [number, number] } }>, share = 0.8): Bounds | null {
  const byPlace = new Map<string, WeightedPoint>();
  for (const e of events) {
    const p = byPlace.get(e.place.id);
    if (p) p.weight++;
    else byPlace.set(e.place.id, { point: e.place.point, weight: 1 });
  }
  return coreBounds([...byPlace.values()], share);
}
