/**
 * Count badges on a data set above GPU_THRESHOLD, which our own WebGL layer draws
 * (src/map/gpu/gpu-badges.ts): at two zooms and two screen sizes they exist, never overlap and
 * are drawn where automation reports them; scrubbing recounts them; a click on one lists its
 * events in time order. They go with the markers: at the first view, zoomed out, a density
 * stands for both (its colours are the counts there), so these tests zoom in to the markers.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GPU_THRESHOLD } from '../src/map/map-controller';
import { BADGE_RADIUS_PX } from '../src/map/count-badges';
import { badgeLabel } from '../src/map/clusters';
import { BADGE } from '../src/map/layers';
import { badgeBoxes, currentQuery, eventCount, intersects, listedIds, onCanvas, openApp, servedApp, VIEWPORTS, waitForIdle } from './driver';
import { largeDataSet, markerZoom } from './large-data';

const EVENTS = 6_000;
const app = servedApp();
const { folder: FOLDER, data } = largeDataSet('large-badges', EVENTS);
const OUT = 'e2e/out';
mkdirSync(OUT, { recursive: true });

/** Near the synthetic data's front line, where most of its places are. */
const FRONT = { lat: 49.2, lon: 37.6 };

type Box = Awaited<ReturnType<typeof badgeBoxes>>[number];

/** The point a badge stands for: its box is laid out from it (count-badges.ts, badgeRect). */
const anchorOf = ({ box: [l, , , b] }: Box): [number, number] => [l - (BADGE.offsetPx[0] - BADGE.paddingPx[1]), b - (BADGE.offsetPx[1] + BADGE.paddingPx[0])];

/** Badges once drawn: none overlapping, each labelled for its count. Screenshot as `shot`. */
async function expectBadges(page: Page, shot: string): Promise<Box[]> {
  await expect.poll(async () => (await badgeBoxes(page)).length, { timeout: 15_000 }).toBeGreaterThan(0);
  await waitForIdle(page);
  await page.screenshot({ path: `${OUT}/${shot}.png` });
  const boxes = await badgeBoxes(page);
  for (let i = 0; i < boxes.length; i++) {
    expect(boxes[i]!.n).toBeGreaterThan(1);
    expect(boxes[i]!.label).toBe(badgeLabel(boxes[i]!.n));
    for (let j = i + 1; j < boxes.length; j++) {
      expect(intersects(boxes[i]!.box, boxes[j]!.box), `${shot}: ${boxes[i]!.label} and ${boxes[j]!.label} overlap`).toBe(false);
    }
  }
  await expectDrawn(page, boxes, shot);
  return boxes;
}

/**
 * Read from the canvas, not only from automation: in each uncovered badge's left padding the
 * pill's white, and along its text's middle row the dark of the glyphs.
 */
async function expectDrawn(page: Page, boxes: Box[], shot: string): Promise<void> {
  const map = (await page.getByTestId('map').boundingBox())!;
  let checked = 0;
  for (const b of boxes) {
    const [l, t, r, bt] = b.box;
    const corners = [[l, t], [r, t], [l, bt], [r, bt]].map(([x, y]) => ({ x: map.x + x!, y: map.y + y! }));
    if (!(await Promise.all(corners.map((c) => onCanvas(page, c)))).every(Boolean)) continue;
    const mid = Math.round((t + bt) / 2);
    const row = Array.from({ length: Math.floor(r - l - 10) }, (_, i): [number, number] => [l + 5 + i, mid]);
    const [pad, ...text] = await page.evaluate((points) => window.__atlas!.pixels(points), [[l + 3, mid] as [number, number], ...row]);
    expect(Math.min(...pad!.slice(0, 3)), `${shot}: ${b.label}'s pill at its left padding`).toBeGreaterThan(225);
    expect(Math.min(...text.map((px) => Math.max(...px.slice(0, 3)))), `${shot}: ${b.label}'s text`).toBeLessThan(120);
    if (++checked >= 8) break;
  }
  expect(checked, `${shot}: badges clear of the legend and controls`).toBeGreaterThan(0);
}

/** Press keys on a slider handle, then wait for the map and for the URL to name the new window. */
async function press(page: Page, slider: string, keys: string[]): Promise<void> {
  const windowOf = async () => {
    const q = await currentQuery(page);
    return `${q.get('from')}..${q.get('to')}`;
  };
  const before = await windowOf();
  await page.getByRole('slider', { name: slider }).focus();
  for (const key of keys) await page.keyboard.press(key);
  await waitForIdle(page);
  await expect.poll(windowOf).not.toBe(before);
}

describe(`count badges on ${EVENTS} events (above the GPU threshold of ${GPU_THRESHOLD})`, () => {
  for (const vp of VIEWPORTS) {
    it(`${vp.name}: none over the first view's density; drawn where markers show and at zoom 7, never overlapping, recounted as the window moves`, async () => {
      expect(EVENTS).toBeGreaterThanOrEqual(GPU_THRESHOLD);
      const viewport = { width: vp.width, height: vp.height };
      const density = await openApp(app(), `?data=${FOLDER}`, viewport);
      expect(await eventCount(density.page)).toEqual({ shown: EVENTS, total: EVENTS });
      // In the legend, which a phone shows folded.
      await density.page.getByTestId('density-key').waitFor({ state: 'attached' });
      expect(await badgeBoxes(density.page)).toEqual([]);
      await density.page.close();

      const first = await openApp(app(), `?data=${FOLDER}&map=${markerZoom(data())}/${FRONT.lat}/${FRONT.lon}`, viewport);
      expect(await eventCount(first.page)).toEqual({ shown: EVENTS, total: EVENTS });
      const wide = await expectBadges(first.page, `${vp.name}-large-markers-view`);
      // Four weeks: fewer events per badge, and a week later other counts.
      await press(first.page, 'Window end', ['Home', 'PageUp', 'PageUp', 'PageUp', 'PageUp']);
      const narrow = await expectBadges(first.page, `${vp.name}-large-four-weeks`);
      const sum = (boxes: Box[]) => boxes.reduce((n, b) => n + b.n, 0);
      expect(sum(narrow)).toBeLessThan(sum(wide));
      expect(sum(narrow)).toBeLessThanOrEqual((await eventCount(first.page)).shown);
      await press(first.page, 'Move window', ['PageUp']);
      const later = await expectBadges(first.page, `${vp.name}-large-week-later`);
      expect(later.map((b) => `${b.label}@${anchorOf(b).map(Math.round).join(',')}`)).not.toEqual(
        narrow.map((b) => `${b.label}@${anchorOf(b).map(Math.round).join(',')}`),
      );
      expect(first.errors).toEqual([]);
      await first.page.close();

      const { page, errors, external } = await openApp(app(), `?data=${FOLDER}&map=7/${FRONT.lat}/${FRONT.lon}`, viewport);
      await expectBadges(page, `${vp.name}-large-z7`);
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      await page.close();
    });
  }

  it('a click on a badge lists its events in time order, each at a place of its group', async () => {
    const { page } = await openApp(app(), `?data=${FOLDER}&map=${Math.max(6, markerZoom(data()))}/${FRONT.lat}/${FRONT.lon}`, { width: 1400, height: 900 });
    await expectBadges(page, 'desktop-large-z6');
    const all = await listedIds(page);
    const map = (await page.getByTestId('map').boundingBox())!;
    const boxes = [];
    for (const b of await badgeBoxes(page)) {
      const centre = { x: map.x + (b.box[0] + b.box[2]) / 2, y: map.y + (b.box[1] + b.box[3]) / 2 };
      if (await onCanvas(page, centre)) boxes.push({ ...b, centre });
    }
    const target = boxes.reduce((a, b) => (b.n > a.n ? b : a));
    expect(target.n).toBeGreaterThan(2);
    // Where every event of the window is drawn now, before the click may zoom in.
    const at = new Map(await page.evaluate((ids) => ids.map((id) => [id, window.__atlas!.project(id)!] as const), all));
    const zoom = await page.evaluate(() => window.__atlas!.camera().zoom);

    await page.mouse.click(target.centre.x, target.centre.y);
    await page.getByTestId('stack').waitFor();
    const listed = await listedIds(page);
    expect(listed).toHaveLength(target.n);
    expect(listed).toEqual(all.filter((id) => listed.includes(id)));
    // The group's places are within the grouping radius of the badge's own place.
    const [ax, ay] = anchorOf(target);
    for (const id of listed) expect(Math.hypot(at.get(id)![0] - ax, at.get(id)![1] - ay), id).toBeLessThanOrEqual(BADGE_RADIUS_PX + 1);
    // A group of several places zooms in on them.
    const placeOf = new Map(data().events.map((e) => [e.id as string, e.properties.place as string]));
    if (new Set(listed.map((id) => placeOf.get(id))).size > 1) {
      await expect.poll(() => page.evaluate(() => window.__atlas!.camera().zoom)).toBeGreaterThan(zoom + 0.5);
    }
    await page.close();
  });
});
