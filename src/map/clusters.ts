/**
 * Count badges that never overlap: the places with events in the window are grouped by their
 * distance on screen at the map's zoom, and each group of two or more events gets one badge.
 *
 * Greedy, in the order of the places' counts (the busiest place seeds its group, so the badge
 * sits on it): a seed takes every ungrouped place within `radiusPx` of it. A later seed was not
 * taken by an earlier one, so any two seeds, and the badges drawn beside them with one
 * offset, are more than `radiusPx` apart. Distances are measured in world pixels (Web
 * Mercator × 512 × 2^zoom), so panning never changes the groups; only the zoom does.
 * A grid of `radiusPx` cells keeps it O(n) for the few thousand places of a large data set.
 */
import { mercatorX, mercatorY } from '../domain/mercator';

export interface PlaceCount {
  /** The place's id. */
  id: string;
  point: [number, number];
  /** Events of the window at this place. */
  n: number;
  /**
   * The place's position among the data's places in id order, when the caller knows it: then
   * ties sort by a number instead of comparing ids: the grouping of the ~2,000 places a 4-week
   * window holds at 100,000 events takes about half the time (the large-data path regroups at
   * every slider step).
   */
  rank?: number;
}

export interface Cluster {
  /** Where the badge is anchored: the seed place's point. */
  point: [number, number];
  /** Events of the window in the group. */
  n: number;
  /** Ids of the places in the group, the seed first. */
  places: string[];
}

/** MapLibre's world is 512 px wide at zoom 0. */
const WORLD_PX = 512;

export function clusterPlaces(counts: readonly PlaceCount[], zoom: number, radiusPx: number): Cluster[] {
  const world = WORLD_PX * 2 ** zoom;
  const cols = Math.max(1, Math.floor(world / radiusPx));
  const cell = world / cols;
  interface Item {
    c: PlaceCount;
    x: number;
    y: number;
    col: number;
    row: number;
    taken: boolean;
  }
  const items: Item[] = [];
  for (const c of counts) {
    if (c.n <= 0) continue;
    const x = mercatorX(c.point[0]) * world;
    const y = mercatorY(c.point[1]) * world;
    items.push({ c, x, y, col: ((Math.floor(x / cell) % cols) + cols) % cols, row: Math.floor(y / cell), taken: false });
  }
  seedOrder(items);
  // Numeric cell keys: a slider step at 100,000 events regroups a few thousand places.
  const grid = new Map<number, Item[]>();
  for (const it of items) {
    const key = it.row * cols + it.col;
    const list = grid.get(key);
    if (list) list.push(it);
    else grid.set(key, [it]);
  }
  // With fewer than three columns the neighbours wrap onto each other: visit each once.
  const neighbourCols = cols >= 3 ? [-1, 0, 1] : [...Array(cols).keys()];
  const r2 = radiusPx * radiusPx;
  const clusters: Cluster[] = [];
  for (const seed of items) {
    if (seed.taken) continue;
    seed.taken = true;
    const cluster: Cluster = { point: seed.c.point, n: seed.c.n, places: [seed.c.id] };
    for (let dy = -1; dy <= 1; dy++) {
      for (const dx of neighbourCols) {
        const col = cols >= 3 ? (seed.col + dx + cols) % cols : dx;
        const list = grid.get((seed.row + dy) * cols + col);
        if (!list) continue;
        for (const it of list) {
          if (it.taken) continue;
          // Across the antimeridian the short way round counts.
          let ddx = Math.abs(it.x - seed.x);
          ddx = Math.min(ddx, world - ddx);
          const ddy = it.y - seed.y;
          if (ddx * ddx + ddy * ddy > r2) continue;
          it.taken = true;
          cluster.n += it.c.n;
          cluster.places.push(it.c.id);
        }
      }
    }
    clusters.push(cluster);
  }
  return clusters;
}

/** Busiest first; ties by id, so a data set always gives the same groups. */
function seedOrder<T extends { c: PlaceCount }>(items: T[]): void {
  let maxRank = -1;
  for (const it of items) {
    const rank = it.c.rank;
    if (rank === undefined || rank >= RANK_LIMIT || it.c.n >= N_LIMIT) {
      items.sort((a, b) => b.c.n - a.c.n || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0));
      return;
    }
    if (rank > maxRank) maxRank = rank;
  }
  // With ranks, one number per item says its place in that order: a typed array sorts those
  // natively, without a comparator call per pair.
  const keys = new Float64Array(items.length);
  const byRank = new Int32Array(maxRank + 1);
  for (let i = 0; i < items.length; i++) {
    const c = items[i]!.c;
    keys[i] = (N_LIMIT - c.n) * RANK_LIMIT + c.rank!;
    byRank[c.rank!] = i;
  }
  keys.sort();
  const before = items.slice();
  for (let i = 0; i < keys.length; i++) items[i] = before[byRank[keys[i]! % RANK_LIMIT]!]!;
}
/** Ranks and counts below these make a key below 2^53, exact in a float64. */
const RANK_LIMIT = 2 ** 24;
const N_LIMIT = 2 ** 28;

/** Events per place, for the events of the window. */
export function countByPlace(visible: ReadonlyArray<{ place: { id: string; point: [number, number] } }>): PlaceCount[] {
  const counts = new Map<string, PlaceCount>();
  for (const ev of visible) {
    const c = counts.get(ev.place.id);
    if (c) c.n++;
    else counts.set(ev.place.id, { id: ev.place.id, point: ev.place.point, n: 1 });
  }
  return [...counts.values()];
}

/**
 * The box [west, south, east, north] around a group's places, to zoom in on it; null for a
 * group of one place (nothing to spread apart) or of places `byId` does not hold.
 */
export function groupBounds(places: readonly string[], byId: ReadonlyMap<string, { point: [number, number] }> | undefined): [number, number, number, number] | null {
  const points = places.map((id) => byId?.get(id)?.point).filter((p): p is [number, number] => p !== undefined);
  if (points.length < 2) return null;
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

/** A badge's text: exact below 1,000, then "1.2k", so a badge stays within its room. */
export function badgeLabel(n: number): string {
  if (n < 1000) return `×${n}`;
  if (n < 100_000) return `×${(Math.round(n / 100) / 10).toString()}k`;
  return `×${Math.round(n / 1000)}k`;
}
