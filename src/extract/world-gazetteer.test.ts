import { describe, expect, it, beforeAll } from 'vitest';
import { distanceKm } from './geo';
import { NameIndex } from './name-index';
import { worldGazetteer } from './world-gazetteer';
import { articleCountries, emptyContext, pickCity } from './world-places';

// The world gazetteer takes seconds to load on a busy machine; load it once, before the tests' own time starts.
beforeAll(() => void worldGazetteer(), 60_000);

const world = worldGazetteer();

describe('world gazetteer', () => {
  it('knows towns by their English spellings (GeoNames alternate names), down to small towns', () => {
    expect(world.lookup('Hodeidah')).toMatchObject({ country: 'YE', featureCode: 'PPLA' });
    expect(world.lookup('Kharkov')?.name).toBe('Kharkiv');
    expect(world.lookup('Sudzha')).toMatchObject({ country: 'RU' });
    expect(world.lookup('Sudzha')?.population).toBeLessThan(10_000);
    expect(world.lookup('Qwertyzzz')).toBeUndefined();
  });

  it('draws a first-level region around its places, found through its seat', () => {
    const kursk = world.region('Kursk');
    expect(kursk).toMatchObject({ kind: 'region', country: 'RU' });
    expect(distanceKm([kursk?.lon ?? 0, kursk?.lat ?? 0], [36.19, 51.73])).toBeLessThan(60);
    expect(kursk?.radiusKm).toBeGreaterThan(80);
    expect(kursk?.radiusKm).toBeLessThan(250);
  });

  it('knows countries by name and spelling, and their adjectives apart', () => {
    expect(world.country('the United States')?.country).toBe('US');
    expect(world.country('Yemen')?.radiusKm).toBeGreaterThan(300);
    expect(world.country('Lebanese')).toBeUndefined();
    expect(world.demonym('Lebanese')?.country).toBe('LB');
    expect(articleCountries('Kenyans protested; the Yemeni coast guard and Lebanon', world)).toEqual(new Set(['KE', 'YE', 'LB']));
  });

  it('knows seas and straits with radii that cover them', () => {
    expect(world.water('the Red Sea')?.radiusKm).toBeGreaterThan(1000);
    expect(world.water('Bab al-Mandab')?.name).toBe('Bab el-Mandeb');
  });

  it('takes the namesake in a country the article names, else the one near its places, else the largest', () => {
    const pokrovsk = world.cities('Pokrovsk');
    expect(pokrovsk.length).toBeGreaterThan(1);
    expect(pickCity(pokrovsk, { ...emptyContext(), countries: new Set(['UA']) })?.country).toBe('UA');
    const near = pickCity(world.cities('Korenevo'), { ...emptyContext(), points: [[36.19, 51.73]] });
    expect(distanceKm([near?.lon ?? 0, near?.lat ?? 0], [34.9, 51.41])).toBeLessThan(5);
    const far = pickCity(world.cities('Korenevo'), { ...emptyContext(), points: [[37.6, 55.75]] });
    expect(distanceKm([far?.lon ?? 0, far?.lat ?? 0], [34.9, 51.41])).toBeGreaterThan(100);
  });
});

describe('NameIndex', () => {
  it('finds every item of a name whatever its case, accents, hyphens or apostrophes, and grows past its first size', () => {
    const index = new NameIndex(2);
    for (let i = 0; i < 100; i++) index.add(`Place ${i}`, i);
    index.add('Al-Ḩudaydah', 500);
    index.add('al hudaydah', 501);
    index.add('Ras Isa', 502);
    expect(index.get('AL HUDAYDAH')).toEqual([500, 501]);
    expect(index.get('place 99')).toEqual([99]);
    expect(index.get('Ras’ Isa')).toEqual([]);
    expect(index.get('ras isa')).toEqual([502]);
  });
});
