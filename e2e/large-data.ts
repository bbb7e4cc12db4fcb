/**
 * A synthetic data set above GPU_THRESHOLD for the e2e tests, written under the built app
 * (`dist/`) so the app opens it by link (`?data=<folder>`), and removed after the file's tests.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { prng } from '../bench/prng';
import { syntheticEvent, syntheticPlace, type SyntheticEvent, type SyntheticPlace } from '../bench/synthetic';

export interface LargeDataSet {
  events: SyntheticEvent[];
  places: SyntheticPlace[];
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
