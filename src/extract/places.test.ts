import { describe, expect, it, beforeAll } from 'vitest';
import { worldGazetteer as loadWorld } from './world-gazetteer';
import type { Place } from '../domain/types';
import { findPlaces, indexGazetteer } from './places';

// The world gazetteer takes seconds to load on a busy machine; load it once, before the tests' own time starts.
beforeAll(() => void loadWorld(), 60_000);

const PLACES: Place[] = [
  { id: 'russia', name: 'Russia', aliases: [], kind: 'country', point: [100, 60], radiusKm: 2500 },
  { id: 'north-korea', name: 'North Korea', aliases: ['DPRK'], kind: 'country', point: [127, 40], radiusKm: 300 },
  { id: 'south-korea', name: 'South Korea', aliases: [], kind: 'country', point: [128, 36], radiusKm: 250 },
  { id: 'korea', name: 'Korea', aliases: [], kind: 'country', point: [127, 38], radiusKm: 500 },
  { id: 'kursk', name: 'Kursk', aliases: [], kind: 'city', point: [36.19, 51.73] },
  { id: 'kursk-region', name: 'Kursk region', aliases: ['the Kursk area', "Russia's western Kursk region"], kind: 'region', point: [35.8, 51.5], radiusKm: 120 },
  { id: 'kyiv', name: 'Kyiv', aliases: [], kind: 'city', point: [30.52, 50.45] },
  { id: 'eastern-russia', name: 'eastern Russia', aliases: ['Russian Far East'], kind: 'area', point: [132, 47], radiusKm: 1200 },
];
const index = indexGazetteer(PLACES);
const found = (text: string) => findPlaces(text, 0, index).map((m) => ({ text: m.text, id: m.place.id, kind: m.place.kind, auto: m.autoGeocoded }));

describe('findPlaces: the project gazetteer', () => {
  it('matches names and aliases case-insensitively, longest first', () => {
    expect(found("Troops moved toward Russia's western Kursk region and the kursk area.")).toEqual([
      { text: "Russia's western Kursk region", id: 'kursk-region', kind: 'region', auto: false },
      { text: 'the kursk area', id: 'kursk-region', kind: 'region', auto: false },
    ]);
    expect(found('South Korea briefed the DPRK.').map((m) => m.id)).toEqual(['south-korea', 'north-korea']);
  });

  it('keeps "eastern Russia" an area, not the country and not a pin', () => {
    expect(found('Soldiers are training in eastern Russia.')).toEqual([{ text: 'eastern Russia', id: 'eastern-russia', kind: 'area', auto: false }]);
  });

  it('does not take a place out of an organisation\'s name', () => {
    expect(found('On October 4, the Kyiv Post reported it.')).toEqual([]);
  });

  it('makes "the Kursk region" an area even when only the city is known', () => {
    const small = indexGazetteer(PLACES.filter((p) => p.id !== 'kursk-region'));
    const [m] = findPlaces('They were seen in the Kursk region on Monday.', 0, small);
    expect(m).toMatchObject({ text: 'Kursk region', autoGeocoded: true });
    expect(m?.place).toMatchObject({ kind: 'region', point: [36.19, 51.73] });
    expect(m?.place.radiusKm).toBeGreaterThan(0);
  });
});

describe('findPlaces: the world gazetteer', () => {
  it('finds a city only the world gazetteer knows, marked auto-geocoded', () => {
    const [m] = findPlaces('North Korean troops were seen in Khabarovsk on Monday.', 100, index);
    expect(m).toMatchObject({ text: 'Khabarovsk', start: 133, end: 143, autoGeocoded: true });
    expect(m?.place).toMatchObject({ id: 'khabarovsk', kind: 'city' });
    expect(m?.place.point[0]).toBeCloseTo(135.08, 1);
    expect(m?.place.point[1]).toBeCloseTo(48.48, 1);
    expect(found('They trained near Ussuriysk, officials said.')).toEqual([{ text: 'Ussuriysk', id: 'ussuriysk', kind: 'city', auto: true }]);
  });

  it('keeps a world-gazetteer region phrase an area', () => {
    expect(found('Units gathered in the Khabarovsk region.')).toEqual([{ text: 'Khabarovsk region', id: 'khabarovsk-region', kind: 'region', auto: true }]);
  });

  it('takes a country for the country, never for a small town of that name, and no words, months or adjectives', () => {
    expect(found('It happened in August in China and in Asia, according to NATO in Russian uniforms.')).toEqual([{ text: 'China', id: 'china', kind: 'country', auto: true }]);
  });

  it('accepts a small town when the text says it is one', () => {
    expect(found('Fighting reached the town of Sudzha.')).toEqual([{ text: 'Sudzha', id: 'sudzha', kind: 'city', auto: true }]);
  });
});
