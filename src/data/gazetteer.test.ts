import { describe, expect, it } from 'vitest';
import type { Place } from '../domain/types';
import { pointInPolygon, signedArea, type LngLat } from '../../scripts/basemap/geometry';
import { readDataset } from './read-dataset';
import { validateDataset } from './validate';

const places = validateDataset(readDataset(process.cwd()).raw).dataset.places;
const place = (id: string): Place => {
  const found = places.find((p) => p.id === id);
  if (!found) throw new Error(`no place ${id}`);
  return found;
};

/** Great-circle distance in km. */
function km([lon1, lat1]: LngLat, [lon2, lat2]: LngLat): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('the shipped gazetteer: "eastern Russia"', () => {
  const east = place('eastern-russia');
  const ring = (east.polygon ?? []) as LngLat[];

  it('is an outline, closed and wound as GeoJSON wants, its marker inside it', () => {
    expect(ring.length).toBeGreaterThan(20);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(signedArea(ring)).toBeGreaterThan(0);
    expect(pointInPolygon(east.point as LngLat, [ring])).toBe(true);
  });

  it('covers the Russian Far East and eastern Siberia', () => {
    const inside: Record<string, LngLat> = {
      Irkutsk: [104.28, 52.29], Chita: [113.5, 52.03], Yakutsk: [129.73, 62.03], Khabarovsk: [135.07, 48.48],
      Vladivostok: [131.89, 43.12], Magadan: [150.8, 59.56], 'Petropavlovsk-Kamchatsky': [158.65, 53.02], 'Yuzhno-Sakhalinsk': [142.74, 46.96],
    };
    for (const [name, at] of Object.entries(inside)) expect(pointInPolygon(at, [ring]), name).toBe(true);
  });

  it('covers none of the neighbouring capitals and cities a circle took in', () => {
    const outside: Record<string, LngLat> = {
      Pyongyang: [125.75, 39.03], Seoul: [126.98, 37.57], Beijing: [116.4, 39.9], Harbin: [126.53, 45.8],
      Ulaanbaatar: [106.92, 47.92], Tokyo: [139.69, 35.69], Sapporo: [141.35, 43.06], Krasnoyarsk: [92.87, 56.01],
    };
    for (const [name, at] of Object.entries(outside)) expect(pointInPolygon(at, [ring]), name).toBe(false);
  });

  it('keeps a radius that reaches every vertex, so "within ~N km" stays true', () => {
    const farthest = Math.max(...ring.map((v) => km(east.point as LngLat, v)));
    expect(east.radiusKm).toBeGreaterThanOrEqual(farthest);
    expect(east.radiusKm! - farthest).toBeLessThan(100);
  });
});

describe('the shipped gazetteer: "Russia" and its unnamed training grounds', () => {
  it('are the country’s outline, not a circle over its neighbours', () => {
    for (const id of ['russia', 'russia-training-grounds-unnamed']) {
      const ring = (place(id).polygon ?? []) as LngLat[];
      expect(ring.length, id).toBeGreaterThan(20);
      const inside: Record<string, LngLat> = { Moscow: [37.62, 55.75], Kursk: [36.19, 51.73], Rostov: [39.7, 47.24], Novosibirsk: [82.92, 55.03], Vladivostok: [131.89, 43.12], marker: place(id).point as LngLat };
      const outside: Record<string, LngLat> = { Kyiv: [30.52, 50.45], Kharkiv: [36.23, 49.99], Minsk: [27.56, 53.9], Astana: [71.45, 51.17], Ulaanbaatar: [106.92, 47.92], Beijing: [116.4, 39.9], Pyongyang: [125.75, 39.03] };
      for (const [name, at] of Object.entries(inside)) expect(pointInPolygon(at, [ring]), `${id} ${name}`).toBe(true);
      for (const [name, at] of Object.entries(outside)) expect(pointInPolygon(at, [ring]), `${id} ${name}`).toBe(false);
    }
  });
});
