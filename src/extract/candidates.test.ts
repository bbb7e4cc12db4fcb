import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventFeatureSchema } from '../domain/schema';
import type { Place } from '../domain/types';
import { extractArticle, type ArticleInput } from './candidates';
import { indexGazetteer } from './places';
import { worldGazetteer } from './world-gazetteer';

const PLACES: Place[] = [
  { id: 'russia', name: 'Russia', aliases: [], kind: 'country', point: [100, 60], radiusKm: 2500 },
  { id: 'ukraine', name: 'Ukraine', aliases: [], kind: 'country', point: [31, 49], radiusKm: 600 },
  { id: 'kursk-region', name: 'Kursk region', aliases: ["Russia's Kursk region", 'the Kursk region'], kind: 'region', point: [35.8, 51.5], radiusKm: 160 },
  { id: 'kyiv', name: 'Kyiv', aliases: [], kind: 'city', point: [30.52, 50.45] },
  { id: 'seoul', name: 'Seoul', aliases: [], kind: 'city', point: [126.98, 37.57] },
  { id: 'areas-near-ukraine', name: 'areas near Ukraine', aliases: [], kind: 'area', point: [36, 51], radiusKm: 480 },
];
const ctx = { gazetteer: indexGazetteer(PLACES), world: worldGazetteer };
const published = { start: '2024-10-29', end: '2024-10-29', outlet: 'Test Wire', headline: null };
const article = (text: string, source = 'test_article.txt'): ArticleInput => ({ path: `x/${source}`, source, text, bodyStart: 0, published });

describe('extractArticle', () => {
  const text = [
    'North Korean troops reach the front',
    'The Defense Intelligence of Ukraine reported that on October 23, the North Korean military was spotted in the Kursk region.',
    'South Korea\'s intelligence agency announced on Monday that North Korea plans to send up to 10,000 more soldiers.',
    'Troops were seen in Khabarovsk last week, officials said.',
  ].join('\n');
  const { candidates, problems } = extractArticle(article(text), ctx);

  it('proposes valid event features whose quotes sit verbatim at their offsets', () => {
    expect(problems).toEqual([]);
    expect(candidates.length).toBeGreaterThanOrEqual(3);
    for (const c of candidates) {
      expect(eventFeatureSchema.safeParse(c).success, c.id).toBe(true);
      for (const claim of c.properties.claims) expect(text.slice(claim.offsets[0], claim.offsets[1])).toBe(claim.quote);
      expect(c.id).toMatch(/^cand-test-article-\d+/);
    }
  });

  it('dates, places and attributes the sighting', () => {
    const sighting = candidates.find((c) => c.properties.start === '2024-10-23');
    expect(sighting?.properties).toMatchObject({ place: 'kursk-region', locationPrecision: 'region', placeBasis: 'stated', category: 'deployment', datePrecision: 'day' });
    expect(sighting?.properties.claims[0]?.attribution).toBe('The Defense Intelligence of Ukraine');
    expect(sighting?.geometry.coordinates).toEqual([35.8, 51.5]);
  });

  it('places an announcement in the speaker\'s seat, inferred, as a forecast with its figure', () => {
    const plan = candidates.find((c) => c.properties.start === '2024-10-28');
    expect(plan?.properties).toMatchObject({ place: 'seoul', placeBasis: 'inferred' });
    expect(plan?.properties.claims[0]?.status).toBe('forecast');
    expect(plan?.properties.figures[0]).toMatchObject({ text: 'up to 10,000', qualifier: 'up to', value: 10_000 });
  });

  it('marks a place from the world gazetteer as auto-geocoded and carries it for accept', () => {
    const far = candidates.find((c) => c.properties.place === 'khabarovsk');
    expect(far?.candidate).toMatchObject({ autoGeocoded: true, newPlace: { id: 'khabarovsk', kind: 'city' } });
    expect(far?.properties).toMatchObject({ start: '2024-10-21', end: '2024-10-27', datePrecision: 'approximate' });
  });

  it('does not mine the sidebar of seed 004', () => {
    const seed = readFileSync(join(__dirname, '../../seeds/004_e456b5185205f1be.txt'), 'utf8');
    const sidebarAt = seed.indexOf('Politics\n-');
    const { candidates: found, excluded } = extractArticle(article(seed, '004_e456b5185205f1be.txt'), ctx);
    expect(excluded.some((r) => r.start === sidebarAt)).toBe(true);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c.properties.claims[0]?.offsets[0]).toBeLessThan(sidebarAt);
    // The sidebar is minable (dated, placed): were it not excluded, it would yield candidates.
    const sidebarOnly = extractArticle(article(seed.slice(sidebarAt + 'Politics\n'.length), 'sidebar.txt'), ctx);
    expect(sidebarOnly.candidates.some((c) => c.properties.start === '2024-11-22')).toBe(true);
  });

  it('reports an article without dates or places, and proposes nothing from a bare heading', () => {
    expect(extractArticle(article('A quiet day\nNothing happened anywhere that anyone noticed.'), ctx).problems).toEqual(['no dates found', 'no places found']);
    expect(extractArticle(article('Russia and Ukraine\nThe weather was mild.'), ctx).candidates).toEqual([]);
  });
});
