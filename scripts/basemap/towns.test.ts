import { describe, expect, it } from 'vitest';
import { assignTownZooms, TOWN_TIERS, type City } from './towns';

const city = (name: string, population: number, lon: number, lat: number, featureCode = 'PPL'): City => ({
  name,
  population,
  coordinates: [lon, lat],
  featureCode,
});

describe('town tiers', () => {
  const kursk = city('Kursk', 409_431, 36.19, 51.74, 'PPLA');
  const belgorod = city('Belgorod', 391_554, 36.58, 50.61, 'PPLA');
  const sudzha = city('Sudzha', 6_940, 35.27, 51.2);
  const tiny = city('Tiny', 400, 35.9, 51.5);
  const moscow = city('Moscow', 10_381_222, 37.62, 55.75, 'PPLC');
  const tallinn = city('Tallinn', 394_024, 24.75, 59.44, 'PPLC');
  const zoomOf = (towns: ReturnType<typeof assignTownZooms>, name: string) => towns.find((t) => t.name === name)?.z;

  it('big cities first, smaller towns as the reader zooms in, tiny places never', () => {
    const towns = assignTownZooms([sudzha, tiny, belgorod, kursk, moscow]);
    expect(zoomOf(towns, 'Moscow')).toBe(1);
    // Moscow's cell holds Kursk at zoom 3; alone, Kursk shows from 3.
    expect(zoomOf(towns, 'Kursk')).toBe(4);
    expect(zoomOf(assignTownZooms([kursk]), 'Kursk')).toBe(3);
    expect(zoomOf(towns, 'Belgorod')).toBeLessThanOrEqual(4);
    expect(zoomOf(towns, 'Sudzha')).toBeGreaterThanOrEqual(5);
    expect(zoomOf(towns, 'Sudzha')).toBeLessThanOrEqual(7);
    expect(zoomOf(towns, 'Tiny')).toBeUndefined();
  });

  it('one town per cell at a zoom: the bigger one first, the other from a later zoom', () => {
    const a = city('A', 300_000, 36.0, 51.0);
    const b = city('B', 280_000, 37.0, 51.05);
    const towns = assignTownZooms([b, a]);
    expect(zoomOf(towns, 'A')).toBe(3);
    expect(zoomOf(towns, 'B')!).toBeGreaterThan(3);
  });

  it('capitals show from the first zooms whatever their size', () => {
    expect(zoomOf(assignTownZooms([tallinn]), 'Tallinn')).toBe(1);
  });

  it('a town added at a zoom has its cell to itself', () => {
    const many: City[] = [];
    for (let i = 0; i < 400; i++) many.push(city(`t${i}`, 1_000 + ((i * 7919) % 900_000), 30 + (i % 20) * 0.37, 45 + Math.floor(i / 20) * 0.41));
    const towns = assignTownZooms(many);
    for (const { zoom, cellPx } of TOWN_TIERS) {
      const world = 512 * 2 ** zoom;
      const cellOf = (t: (typeof towns)[number]) => {
        const x = ((t.coordinates[0] + 180) / 360) * world;
        const y = (0.5 - Math.log(Math.tan(Math.PI / 4 + (t.coordinates[1] * Math.PI) / 360)) / (2 * Math.PI)) * world;
        return `${Math.floor(x / cellPx)},${Math.floor(y / cellPx)}`;
      };
      const added = towns.filter((t) => t.z === zoom).map(cellOf);
      const earlier = new Set(towns.filter((t) => t.z < zoom).map(cellOf));
      expect(new Set(added).size).toBe(added.length);
      expect(added.filter((c) => earlier.has(c))).toEqual([]);
    }
  });
});
