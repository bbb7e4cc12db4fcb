/**
 * The density view of a data set above GPU_THRESHOLD (src/map/gpu/density-layer.ts): at the
 * first view, zoomed out, the window's events are drawn as a density in the ramp's colours and
 * nothing far from them; zoomed in to the switch zoom, markers are drawn and the density is
 * gone; a click on the density zooms in towards the click.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { toDay } from '../src/domain/days';
import { hexColor } from '../src/map/gpu/batches';
import { KERNEL_RADIUS_PX, RAMP_ALPHA, rampColor, rampPosition } from '../src/map/gpu/density';
import { CATEGORY_STYLE } from '../src/theme/categories';
import type { Category } from '../src/domain/types';
import { currentQuery, onCanvas, openApp, servedApp, waitForIdle } from './driver';
import { largeDataSet, markerZoom } from './large-data';

const EVENTS = 6_000;
const app = servedApp();
const { folder: FOLDER, data } = largeDataSet('density', EVENTS);
const VIEWPORT = { width: 1400, height: 900 };

type Rgb = readonly number[];
/** Between two colours' RGB. */
const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
/** Between two canvas points. */
const gap = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);

/**
 * Where on the ramp a pixel's colour sits, drawn at the ramp's alpha over `ground` (the basemap
 * there): the position whose blend is nearest, and how near.
 */
function onRamp(px: Rgb, ground: Rgb): { position: number; off: number } {
  let best = { position: 0, off: Infinity };
  for (let i = 0; i <= 200; i++) {
    const c = rampColor(i / 200).map((v, k) => RAMP_ALPHA * v + (1 - RAMP_ALPHA) * ground[k]!);
    const off = distance(px, c);
    if (off < best.off) best = { position: i / 200, off };
  }
  return best;
}

interface Spot {
  id: string;
  category: Category;
  /** Canvas coordinates. */
  at: [number, number];
}

/** The events of the window in view, where the map puts them now. */
async function windowSpots(page: Page): Promise<Spot[]> {
  const q = await currentQuery(page);
  const [from, to] = [toDay(q.get('from')!), toDay(q.get('to')!)];
  const events = data().events.filter((e) => toDay(e.properties.start as string) <= to && toDay(e.properties.end as string) >= from);
  const at = await page.evaluate((ids) => ids.map((id) => window.__atlas!.project(id)!), events.map((e) => e.id as string));
  return events
    .map((e, i) => ({ id: e.id as string, category: e.properties.category as Category, at: at[i]! }))
    .filter((s) => s.at[0] >= 0 && s.at[1] >= 0 && s.at[0] < VIEWPORT.width && s.at[1] < VIEWPORT.height);
}

/** Whether the map canvas itself (not the legend or a control) is at canvas point `p`, with `margin` px around it. */
async function bare(page: Page, [x, y]: readonly [number, number], margin = 4): Promise<boolean> {
  const box = (await page.getByTestId('map').boundingBox())!;
  for (const [dx, dy] of [[0, 0], [-margin, -margin], [margin, -margin], [-margin, margin], [margin, margin]]) {
    if (!(await onCanvas(page, { x: box.x + x + dx!, y: box.y + y + dy! }))) return false;
  }
  return true;
}

const pixels = (page: Page, points: Array<readonly [number, number]>) =>
  page.evaluate((p) => window.__atlas!.pixels(p as Array<[number, number]>), points);

/** Window events with no other window event within `clear` px, on the bare canvas. */
async function lone(page: Page, spots: Spot[], clear: number): Promise<Spot[]> {
  const alone = spots.filter((s) => !spots.some((o) => o.id !== s.id && gap(o.at, s.at) < clear));
  const out: Spot[] = [];
  for (const s of alone) if (await bare(page, s.at, clear / 2)) out.push(s);
  return out;
}

/** Press keys on a slider handle and wait for the map and the URL's new window. */
async function narrowToFourWeeks(page: Page): Promise<void> {
  const before = (await currentQuery(page)).get('to');
  await page.getByRole('slider', { name: 'Window end' }).focus();
  for (const key of ['Home', 'PageUp', 'PageUp', 'PageUp', 'PageUp']) await page.keyboard.press(key);
  await waitForIdle(page);
  await expect.poll(async () => (await currentQuery(page)).get('to')).not.toBe(before);
}

let zoomOfMarkers = 0;
beforeAll(() => {
  zoomOfMarkers = markerZoom(data());
});

describe(`the density view of ${EVENTS} events`, () => {
  it('at the first view: ramp colours where the events are, further along it where more are, one lone event in the first colour, nothing far from them', async () => {
    const { page, errors } = await openApp(app(), `?data=${FOLDER}`, VIEWPORT);
    const zoom = await page.evaluate(() => window.__atlas!.camera().zoom);
    expect(zoom).toBeLessThan(zoomOfMarkers - 1);
    await expect.poll(() => page.getByTestId('density-key').textContent()).toMatch(/Events within about [\d,.]+ km of a point/);

    // Far from every event of the window: the bare basemap, which the ramp is drawn over.
    const farFrom = async (spots: Spot[]) => {
      const far: Array<[number, number]> = [];
      for (let x = 300; x < VIEWPORT.width - 40 && far.length < 12; x += 53) {
        for (let y = 60; y < VIEWPORT.height - 200 && far.length < 12; y += 47) {
          if (!spots.some((s) => gap(s.at, [x, y]) < KERNEL_RADIUS_PX + 12) && (await bare(page, [x, y]))) far.push([x, y]);
        }
      }
      return far;
    };
    const all = await windowSpots(page);
    const farAll = await farFrom(all);
    expect(farAll.length).toBeGreaterThan(3);
    const farPx = await pixels(page, farAll);
    const ground = farPx[0]!;
    for (const px of farPx) expect(onRamp(px, ground).off, `${px.join(',')} off the ramp`).toBeGreaterThan(40);

    // The place with the most events of the window: n events at one point add n there (a
    // little less a few pixels above, where its name does not cover it, and through the
    // density texture's quarter size), so the colour is at least that far along the ramp.
    const atPlace = (s: Spot) => all.filter((o) => gap(o.at, s.at) < 0.5).length;
    const byCount = [...all].sort((a, b) => atPlace(b) - atPlace(a));
    let busiest: Spot | undefined;
    for (const s of byCount.slice(0, 30)) if (!busiest && (await bare(page, s.at))) busiest = s;
    expect(busiest).toBeDefined();
    const n = atPlace(busiest!);
    expect(n).toBeGreaterThanOrEqual(10);
    const [busyPx] = await pixels(page, [[busiest!.at[0], busiest!.at[1] - 4]]);
    const busy = onRamp(busyPx!, ground);
    expect(busy.off, `${busyPx!.join(',')} on the ramp`).toBeLessThan(30);
    expect(busy.position).toBeGreaterThanOrEqual(rampPosition(0.8 * n) - 0.02);

    // Four weeks: a lone event (no other within two kernel radii) is drawn in the ramp's first
    // colour, at its place and a little above it; far from the window's events, still nothing.
    await narrowToFourWeeks(page);
    const spots = await windowSpots(page);
    expect(spots.length).toBeGreaterThan(20);
    const alone = (await lone(page, spots, 2 * KERNEL_RADIUS_PX + 4)).slice(0, 10);
    expect(alone.length, 'lone events in view').toBeGreaterThan(2);
    const alonePx = await pixels(page, alone.flatMap((s) => [s.at, [s.at[0], s.at[1] - 4] as const]));
    for (const [i, px] of alonePx.entries()) {
      const ramp = onRamp(px, ground);
      expect(ramp.off, `lone event ${alone[i >> 1]!.id}: ${px.join(',')} on the ramp`).toBeLessThan(30);
      expect(ramp.position, `lone event ${alone[i >> 1]!.id}: one event`).toBeLessThan(0.05);
    }
    const far = await farFrom(spots);
    expect(far.length).toBeGreaterThan(5);
    for (const px of await pixels(page, far)) expect(onRamp(px, ground).off, `${px.join(',')} off the ramp`).toBeGreaterThan(40);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('zoomed in to the switch zoom: markers in their colours, the density and its legend gone', async () => {
    const { page } = await openApp(app(), `?data=${FOLDER}`, VIEWPORT);
    await page.getByTestId('density-key').waitFor();
    await narrowToFourWeeks(page);
    // Zoom in with the map's own buttons, as a reader would, until the markers show.
    while ((await page.evaluate(() => window.__atlas!.camera().zoom)) < zoomOfMarkers) {
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await waitForIdle(page);
    }
    await expect.poll(() => page.getByTestId('density-key').count()).toBe(0);
    const spots = await windowSpots(page);
    const alone = (await lone(page, spots, 2 * KERNEL_RADIUS_PX + 4)).slice(0, 10);
    expect(alone.length).toBeGreaterThan(2);
    // The marker's colour at its centre; 12 px above (beyond the marker, within the kernel's
    // reach) no density: the ramp's first colour is not there (a movement's thin arc may be).
    const at = await pixels(page, alone.flatMap((s) => [s.at, [s.at[0], s.at[1] - 12] as const]));
    const first = rampColor(0).map((v) => RAMP_ALPHA * v + (1 - RAMP_ALPHA) * 242);
    let clear = 0;
    for (let i = 0; i < alone.length; i++) {
      expect(distance(at[2 * i]!, hexColor(CATEGORY_STYLE[alone[i]!.category].color)), `${alone[i]!.id}'s marker`).toBeLessThan(40);
      if (distance(at[2 * i + 1]!, first) > 60) clear++;
    }
    expect(clear, 'no density around lone markers').toBeGreaterThanOrEqual(Math.ceil(alone.length * 0.8));
    await page.close();
  });

  it('a click on the density zooms in towards it, to the markers, and selects nothing', async () => {
    const { page } = await openApp(app(), `?data=${FOLDER}`, VIEWPORT);
    await page.getByTestId('density-key').waitFor();
    const before = await page.evaluate(() => window.__atlas!.camera().zoom);
    const spots = await windowSpots(page);
    const target = spots.find((s) => s.at[0] > 400 && s.at[1] > 150 && s.at[1] < VIEWPORT.height - 250)!;
    expect(target).toBeDefined();
    expect(await bare(page, target.at)).toBe(true);
    const box = (await page.getByTestId('map').boundingBox())!;
    const point = { x: box.x + target.at[0], y: box.y + target.at[1] };
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLElement>('.maplibregl-canvas')!.style.cursor)).toBe('zoom-in');
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.evaluate(() => window.__atlas!.camera().zoom), { timeout: 10_000 }).toBeGreaterThan(before + 0.99);
    await waitForIdle(page);
    const after = await page.evaluate(() => window.__atlas!.camera().zoom);
    expect(after).toBeLessThanOrEqual(Math.max(before + 2, zoomOfMarkers) + 0.01);
    // Towards the click: the event clicked on is still under the pointer.
    const moved = await page.evaluate((id) => window.__atlas!.project(id)!, target.id);
    expect(gap(moved, target.at)).toBeLessThan(3);
    expect((await currentQuery(page)).has('event')).toBe(false);
    await page.close();
  });
});
