import { describe, expect, it, beforeAll } from 'vitest';
import type { Place } from '../domain/types';
import { distanceKm } from './geo';
import { findPlaces, indexGazetteer } from './places';
import { worldGazetteer } from './world-gazetteer';

// The world gazetteer takes seconds to load on a busy machine; load it once, before the tests' own time starts.
beforeAll(() => void worldGazetteer(), 60_000);

const PLACES: Place[] = [
  { id: 'moscow', name: 'Moscow', aliases: [], kind: 'city', point: [37.62, 55.75] },
  { id: 'kursk-region', name: 'Kursk region', aliases: ['the Kursk region'], kind: 'region', point: [35.8, 51.5], radiusKm: 120 },
];
const index = indexGazetteer(PLACES);
const places = (text: string) => findPlaces(text, 0, index, worldGazetteer);
const ADEN: [number, number] = [45.037, 12.779];

describe('place phrases', () => {
  it('puts "85 nautical miles east of Yemen’s port city of Aden" 157 km east of Aden, with a radius', () => {
    const [m] = places('It received a report of an explosion near a vessel 85 nautical miles east of Yemen’s port city of Aden.').filter((p) => p.place.kind === 'area');
    expect(m?.text).toBe('85 nautical miles east of Yemen’s port city of Aden');
    expect(distanceKm(ADEN, m?.place.point ?? [0, 0])).toBeCloseTo(157, -1);
    expect(m?.place.point[0]).toBeGreaterThan(46.3);
    expect(m?.place.radiusKm).toBeGreaterThanOrEqual(25);
    expect(m?.place.radiusKm).toBeLessThanOrEqual(40);
  });

  it('offsets from a project place too: "530 km (330 miles) southwest of Moscow"', () => {
    const [m] = places('the border town of Sudzha, 530 km (330 miles) southwest of Moscow, said').filter((p) => p.place.id.includes('southwest'));
    expect(distanceKm([37.62, 55.75], m?.place.point ?? [0, 0])).toBeCloseTo(530, -1);
    expect(m?.place.point[1]).toBeLessThan(55.75);
    expect(m?.place.point[0]).toBeLessThan(37.62);
  });

  it('makes "60 nautical miles off the coast of Hodeidah" an area around the port as wide as the distance', () => {
    const [m] = places('a vessel about 60 nautical miles off the coast of Hodeidah.');
    expect(m?.place.kind).toBe('area');
    expect(m?.place.radiusKm).toBeGreaterThanOrEqual(111);
    expect(distanceKm([42.954, 14.798], m?.place.point ?? [0, 0])).toBeLessThan(5);
  });

  it('puts "northwest of the border town of Sudzha" on that side of the town', () => {
    const [m] = places('Ukrainian forces pushed to the northwest of the border town of Sudzha.');
    expect(m?.place.kind).toBe('area');
    expect(m?.place.point[0]).toBeLessThan(35.27);
    expect(m?.place.point[1]).toBeGreaterThan(51.2);
  });

  it('covers "the villages of A, B and C" that resolve, and names those that do not', () => {
    const [m] = places('Fighting went on near the villages of Korenevo, Qwertyzzz and Glushkovo in the Kursk region.').filter((p) => p.place.note?.includes('covering'));
    expect(m?.place.note).toMatch(/covering Korenëvo, Glushkovo; not found in the gazetteer: Qwertyzzz/);
    expect(m?.place.kind).toBe('area');
    // Between the two villages, 30 km apart, and wide enough to hold both.
    expect(distanceKm([34.9, 51.4], m?.place.point ?? [0, 0])).toBeLessThan(25);
    expect(m?.place.radiusKm).toBeGreaterThan(10);
  });

  it('draws "southern Lebanon" as the southern part of the country, not the whole', () => {
    const [m] = places('An Israeli strike hit a house in southern Lebanon.');
    expect(m).toMatchObject({ text: 'southern Lebanon' });
    expect(m?.place.point[1]).toBeLessThan(33.85);
  });

  it('finds a sea by name, at sea, with the radius of the sea', () => {
    const [m] = places('Houthis fired missiles at a ship in the Gulf of Aden.');
    expect(m).toMatchObject({ text: 'Gulf of Aden', place: { kind: 'area' } });
    expect(m?.place.radiusKm).toBeGreaterThan(300);
  });
});
