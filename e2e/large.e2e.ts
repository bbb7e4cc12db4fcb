/**
 * A data set above GPU_THRESHOLD, opened by link: the events are drawn by our WebGL layer
 * (src/map/gpu/), so these tests read the canvas's pixels to check what it drew, and click
 * markers it hit-tests itself. Markers show from the data set's switch zoom on; zoomed out
 * further a density stands for them (density.e2e.ts), so these tests open the map there.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SyntheticEvent } from '../bench/synthetic';
import { toDay } from '../src/domain/days';
import { hexColor } from '../src/map/gpu/batches';
import { greatCirclePoints } from '../src/domain/great-circle';
import { mercatorX, mercatorY } from '../src/domain/mercator';
import { CATEGORY_STYLE } from '../src/theme/categories';
import { GPU_THRESHOLD } from '../src/map/map-controller';
import type { Category } from '../src/domain/types';
import { markerRadius } from '../src/map/marker-size';
import { badgeBoxes, currentQuery, drawnIds, eventCount, listedIds, markerPoint, onCanvas, openApp, servedApp, waitForIdle } from './driver';
import { largeDataSet, markerZoom } from './large-data';

const EVENTS = 6_000;

const app = servedApp();
const { folder: FOLDER, data } = largeDataSet('large', EVENTS);
let events: SyntheticEvent[] = [];
let placeNames = new Map<string, string>();
let placePoints = new Map<string, [number, number]>();
/** Where most of the synthetic events are, at the zoom their markers show from. */
let markersView = '';

beforeAll(() => {
  const { places } = data();
  events = data().events;
  placeNames = new Map(places.map((p) => [p.id, p.name]));
  placePoints = new Map(places.map((p) => [p.id, p.point as [number, number]]));
  markersView = `&map=${markerZoom(data())}/49/34`;
});

type Rgba = [number, number, number, number];
const near = (a: Rgba, b: readonly number[]) => a.slice(0, 3).every((c, i) => Math.abs(c - b[i]!) <= 24);

interface OnScreen {
  id: string;
  category: Category;
  /** The place's name, which is drawn under its point from zoom 3 on, above the markers. */
  placeName: string;
  /** Page coordinates, and canvas coordinates. */
  at: { x: number; y: number };
  local: [number, number];
  inWindow: boolean;
  inView: boolean;
}

/** Every event with its marker's position and whether the window in the URL holds it. */
async function onScreen(page: Page): Promise<OnScreen[]> {
  const q = await currentQuery(page);
  const [from, to] = [toDay(q.get('from')!), toDay(q.get('to')!)];
  const local = await page.evaluate((ids) => ids.map((id) => window.__atlas!.project(id)), events.map((e) => e.id as string));
  const box = (await page.getByTestId('map').boundingBox())!;
  return events.map((e, i) => {
    const p = local[i]!;
    return {
      id: e.id as string,
      category: e.properties.category as Category,
      placeName: placeNames.get(e.properties.place as string)!,
      local: p,
      at: { x: box.x + p[0], y: box.y + p[1] },
      inWindow: toDay(e.properties.start as string) <= to && toDay(e.properties.end as string) >= from,
      inView: p[0] >= 0 && p[1] >= 0 && p[0] < box.width && p[1] < box.height,
    };
  });
}

/** Whether the name label of `place` (top-anchored under its point, ~11 px type) may cover `m`. */
const underLabel = (m: OnScreen, place: OnScreen) =>
  Math.abs(m.local[0] - place.local[0]) <= 3.5 * place.placeName.length + 8 && m.local[1] - place.local[1] > 3 && m.local[1] - place.local[1] < 42;

/**
 * Markers with no other marker of `others` within 14 px and no place name or count badge over
 * them, on the bare canvas: where the pixel at the centre can only be the marker or the basemap.
 * `clearance`: how far around the centre no badge may reach (to read a ring around the marker).
 */
async function isolated(
  page: Page,
  these: OnScreen[],
  conflicts: (m: OnScreen, other: OnScreen) => boolean,
  all: OnScreen[],
  clearance = 1,
): Promise<OnScreen[]> {
  const alone = these.filter(
    (m) =>
      !all.some((o) => o.id !== m.id && conflicts(m, o) && Math.hypot(o.local[0] - m.local[0], o.local[1] - m.local[1]) < 14) &&
      !all.some((o) => underLabel(m, o)) &&
      m.local[0] > 20 &&
      m.local[1] > 20,
  );
  // Nor under a count badge, which is drawn over the markers.
  const badges = (await badgeBoxes(page)).map((b) => b.box);
  const c = clearance;
  const free = alone.filter((m) => !badges.some(([l, t, r, bt]) => m.local[0] > l - c && m.local[0] < r + c && m.local[1] > t - c && m.local[1] < bt + c));
  const result: OnScreen[] = [];
  for (const m of free) {
    if (result.length >= 40) break;
    if (await onCanvas(page, m.at)) result.push(m);
  }
  return result;
}

const pixels = (page: Page, ms: OnScreen[]): Promise<Rgba[]> =>
  page.evaluate((points) => window.__atlas!.pixels(points), ms.map((m) => m.local));

/** Press keys on a slider handle, then wait for the map and for the URL to name the new window. */
async function press(page: Page, slider: string, keys: string[]): Promise<void> {
  const dateWindow = async () => {
    const q = await currentQuery(page);
    return `${q.get('from')}..${q.get('to')}`;
  };
  const before = await dateWindow();
  await page.getByRole('slider', { name: slider }).focus();
  for (const key of keys) await page.keyboard.press(key);
  await waitForIdle(page);
  await expect.poll(dateWindow).not.toBe(before);
}

const narrowToFourWeeks = (page: Page) => press(page, 'Window end', ['Home', 'PageUp', 'PageUp', 'PageUp', 'PageUp']);

describe(`a data set of ${EVENTS} events (above the GPU threshold of ${GPU_THRESHOLD})`, () => {
  it('loads by link, and scrubbing draws exactly the window: list, model and pixels agree', async () => {
    expect(EVENTS).toBeGreaterThanOrEqual(GPU_THRESHOLD);
    // A large screen: at this density enough markers of the window stand clear of the others,
    // of place names and of count badges for their pixels to be read; and, at the zoom the
    // markers show from, most of the events are in view.
    const { page, errors, external } = await openApp(app(), `?data=${FOLDER}${markersView}`, { width: 1920, height: 1200 });
    expect(await eventCount(page)).toEqual({ shown: EVENTS, total: EVENTS });

    await narrowToFourWeeks(page);
    const { shown } = await eventCount(page);
    expect(shown).toBeGreaterThan(50);
    expect(shown).toBeLessThan(EVENTS / 5);
    const listed = await listedIds(page);
    expect(listed).toHaveLength(shown);
    const all = await onScreen(page);
    expect(await drawnIds(page)).toEqual(all.filter((m) => m.inWindow && m.inView).map((m) => m.id).sort());

    // In the window: the marker's colour is at its centre. Out of it: not, unless a marker
    // of the window is near (isolated() keeps those out).
    const shownMarkers = await isolated(page, all.filter((m) => m.inWindow && m.inView), (_, o) => o.inWindow, all);
    const hidden = await isolated(page, all.filter((m) => !m.inWindow && m.inView), (_, o) => o.inWindow, all);
    expect(shownMarkers.length, "isolated markers in the window").toBeGreaterThan(5);
    expect(hidden.length, "isolated markers out of the window").toBeGreaterThan(5);
    const colour = (m: OnScreen) => hexColor(CATEGORY_STYLE[m.category].color);
    const drawn = (await pixels(page, shownMarkers)).filter((px, i) => near(px, colour(shownMarkers[i]!)));
    // Events share places: a leak would show the colour of any hidden event on that spot.
    const leaks = (ms: OnScreen[], pool: OnScreen[]) => async () =>
      (await pixels(page, ms)).filter((px, i) =>
        pool.some((o) => Math.hypot(o.local[0] - ms[i]!.local[0], o.local[1] - ms[i]!.local[1]) < 6 && near(px, colour(o))),
      );
    const leaked = await leaks(hidden, all)();
    // A basemap label (a country's name) may still cover a marker's centre now and then.
    expect(drawn.length).toBeGreaterThanOrEqual(Math.ceil(shownMarkers.length * 0.9));
    expect(leaked).toEqual([]);

    // One week on: what left the window is gone from the pixels too.
    await press(page, 'Move window', ['PageUp']);
    const later = await onScreen(page);
    const left = shownMarkers.filter((m) => !later.find((l) => l.id === m.id)!.inWindow);
    const gone = await isolated(page, left, (_, o) => o.inWindow, later);
    expect(gone.length).toBeGreaterThan(0);
    expect(await leaks(gone, later)()).toEqual([]);

    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a click on a lone marker opens that event; a click on empty map clears it', async () => {
    const { page } = await openApp(app(), `?data=${FOLDER}${markersView}`, { width: 1920, height: 1200 });
    await narrowToFourWeeks(page);
    const all = await onScreen(page);
    const windowed = all.filter((m) => m.inWindow);
    // Clear of count badges as far as the selected marker's ring reaches, which this test reads.
    const zoom = await page.evaluate(() => window.__atlas!.camera().zoom);
    const ringAt = markerRadius(zoom) + 3 + 1.25;
    const [target] = await isolated(page, windowed.filter((m) => m.inView), (_, o) => o.inWindow, all, ringAt + 2);
    expect(target).toBeDefined();
    // Off centre but within the marker: the hit test allows for fingers.
    const p = await markerPoint(page, target!.id);
    await page.mouse.move(p.x + 3, p.y);
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLElement>('.maplibregl-canvas')!.style.cursor)).toBe('pointer');
    await page.mouse.click(p.x + 3, p.y);
    await expect.poll(() => page.getByTestId('event-detail').getAttribute('data-event-id')).toBe(target!.id);
    expect((await currentQuery(page)).get('event')).toBe(target!.id);
    // The selected marker is drawn larger in a dark ring: dark pixels just outside its radius.
    // Highlighted: the radius grows by 3 px, in a 2.5 px ring (events-layer.ts): sample the ring's middle.
    const ring = await page.evaluate(([x, y, r]) => window.__atlas!.pixels([[x! + r!, y!]]), [...target!.local, ringAt]);
    expect(Math.max(...ring[0]!.slice(0, 3))).toBeLessThan(80);

    // Empty map, far from any marker of the window and off every count badge: the event closes.
    const box = (await page.getByTestId('map').boundingBox())!;
    const badges = (await badgeBoxes(page)).map((b) => b.box);
    let empty: { x: number; y: number } | null = null;
    for (let x = 300; x < box.width - 60 && !empty; x += 37) {
      for (let y = 120; y < box.height - 60 && !empty; y += 41) {
        const clear =
          !windowed.some((m) => Math.hypot(m.local[0] - x, m.local[1] - y) < 40) &&
          !badges.some(([l, t, r, b]) => x > l - 6 && x < r + 6 && y > t - 6 && y < b + 6);
        if (clear && (await onCanvas(page, { x: box.x + x, y: box.y + y }))) empty = { x: box.x + x, y: box.y + y };
      }
    }
    expect(empty).not.toBeNull();
    await page.mouse.click(empty!.x, empty!.y);
    await expect.poll(async () => (await currentQuery(page)).has('event')).toBe(false);
    await page.close();
  });

  it("the selected movement's arc is drawn along its great circle, not the straight line", async () => {
    // Screen position of a [lng, lat], from two markers' projections: Web Mercator is linear on screen.
    const mercator = ([lng, lat]: [number, number]) => [mercatorX(lng), mercatorY(lat)] as const;
    const moves = events.filter((e) => e.properties.origin);
    const route = (e: SyntheticEvent) => [placePoints.get(e.properties.origin as string)!, placePoints.get(e.properties.place as string)!] as const;
    // The longest east-west route: where a great circle strays furthest from the line on the map.
    const [target] = moves.sort((a, b) => Math.abs(route(b)[1][0] - route(b)[0][0]) - Math.abs(route(a)[1][0] - route(a)[0][0]));
    const { page } = await openApp(app(), `?data=${FOLDER}&event=${target!.id}`, { width: 1600, height: 1000 });
    await expect.poll(() => page.getByTestId('event-detail').getAttribute('data-event-id')).toBe(target!.id);
    await waitForIdle(page);
    const other = events.find((e) => Math.abs(placePoints.get(e.properties.place as string)![0] - route(target!)[1][0]) > 5)!;
    const [p, q] = (await page.evaluate((ids) => ids.map((id) => window.__atlas!.project(id)!), [target!.id as string, other.id as string])) as Array<[number, number]>;
    const [mp, mq] = [mercator(route(target!)[1]), mercator(placePoints.get(other.properties.place as string)!)];
    const scale = (q![0] - p![0]) / (mq[0] - mp[0]);
    const screen = (m: readonly [number, number]): [number, number] => [p![0] + (m[0] - mp[0]) * scale, p![1] + (m[1] - mp[1]) * scale];

    const [from, to] = route(target!).map((point) => screen(mercator(point)));
    const curve = greatCirclePoints(...route(target!), 9).slice(1, -1).map((point) => screen(mercator(point)));
    // How far each point is off the straight line: far enough that a straight arc would miss it.
    const off = curve.map(([x, y]) => Math.abs((to![0] - from![0]) * (from![1] - y) - (from![0] - x) * (to![1] - from![1])) / Math.hypot(to![0] - from![0], to![1] - from![1]));
    expect(Math.max(...off)).toBeGreaterThan(4);
    const around = (pt: [number, number]) => [-1, 0, 1].flatMap((dx) => [-1, 0, 1].map((dy) => [Math.round(pt[0]) + dx, Math.round(pt[1]) + dy] as [number, number]));
    const movement = hexColor(CATEGORY_STYLE.movement.color);
    const bent = curve.filter((_, i) => off[i]! > 4);
    const px = ((await page.evaluate((points) => window.__atlas!.pixels(points), bent.flatMap(around))) as Rgba[]).map((c) => near(c, movement));
    // The highlighted arc is opaque: on the curve a pixel of each 3×3 block has its colour. A
    // place name or a count badge may cover one point of the arc.
    const hit = bent.filter((_, i) => px.slice(9 * i, 9 * i + 9).some(Boolean));
    expect(hit.length).toBeGreaterThanOrEqual(bent.length - 1);
    await page.close();
  });

  it('at street zoom a marker still sits on its place (no float32 rounding of positions)', async () => {
    // At zoom 21 the world is 2^30 px wide: a position rounded to float32 (2^-24 of the world
    // here) could land up to 32 px off, and would shake as the map pans.
    const place = events[0]!.properties.place as string;
    const [lon, lat] = placePoints.get(place)!;
    const colours = events.filter((e) => e.properties.place === place).map((e) => hexColor(CATEGORY_STYLE[e.properties.category as Category].color));
    for (const [dx, dy] of [[0, 0], [0.00001, 0.000007]] as const) {
      const { page } = await openApp(app(), `?data=${FOLDER}&map=21/${lat + dy}/${lon + dx}`);
      const at = await page.evaluate((id) => window.__atlas!.project(id)!, events[0]!.id as string);
      const ring = [[0, 0], [3, 0], [-3, 0], [0, 3], [0, -3]].map(([x, y]) => [at[0] + x!, at[1] + y!]);
      const px = (await page.evaluate((points) => window.__atlas!.pixels(points as Array<[number, number]>), ring)) as Rgba[];
      expect(px.map((c) => colours.some((k) => near(c, k)))).toEqual(ring.map(() => true));
      await page.close();
    }
  });
});
