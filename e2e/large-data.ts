/**
 * A synthetic data set above GPU_THRESHOLD for the e2e tests, written under the built app
 * (`dist/`) so the app opens it by link (`?data=<folder>`), and removed after the file's tests.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { prng } from '../bench/prng';
import { syntheticEvent, syntheticPlace, type SyntheticEvent, type SyntheticPlace } from '../bench/synthetic';
import { switchZoomSteps } from '../src/map/gpu/density-switch';
import { runNow } from '../src/map/gpu/slices';

export interface LargeDataSet {
  events: SyntheticEvent[];
  places: SyntheticPlace[];
}

/**
 * The zoom from which the app draws a large data set's events as markers (zoomed out, a
 * density stands for them): the same rule over the same places and counts, with a little room.
 */
export function markerZoom({ events, places }: LargeDataSet): number {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.properties.place as string, (counts.get(e.properties.place as string) ?? 0) + 1);
  const used = places.filter((p) => counts.has(p.id));
  const zoom = runNow(switchZoomSteps(used.map((p) => p.point as [number, number]), used.map((p) => counts.get(p.id)!)));
  return Math.ceil(zoom * 100) / 100 + 0.05;
}

/**
 * Registers hooks that write `events` events at 300 places (seeded: the same every run) into
 * `dist/__e2e__/<name>/`; returns the `?data=` folder and a getter for what was written.
 */
export function largeDataSet(name: string, events: number, seed = 7): { folder: string; data: () => LargeDataSet } {
  const folder = `__e2e__/${name}/`;
  const dir = join('dist', folder);
  let data: LargeDataSet | undefined;
  beforeAll(() => {
    const random = prng(seed);
    const places = Array.from({ length: 300 }, (_, i) => syntheticPlace(i, random));
    data = { places, events: Array.from({ length: events }, (_, i) => syntheticEvent(i, { places }, random)) };
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'gazetteer.json'), JSON.stringify({ places }));
    writeFileSync(join(dir, 'events.geojson'), JSON.stringify({ type: 'FeatureCollection', features: data.events }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    folder,
    data: () => {
      if (!data) throw new Error('the data set is not written yet');
      return data;
    },
  };
}
