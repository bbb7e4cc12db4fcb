import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, beforeAll } from 'vitest';
import { eventFeatureSchema } from '../domain/schema';
import type { Place } from '../domain/types';
import { extractArticle, type ArticleInput } from './candidates';
import { indexGazetteer } from './places';
import { loadProject } from './runner';
import type { CandidateFeature } from './types';
import { worldGazetteer } from './world-gazetteer';

// The world gazetteer takes seconds to load on a busy machine; load it once, before the tests' own time starts.
beforeAll(() => void worldGazetteer(), 60_000);

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
      for (const claim of c.properties.claims) expect(text.slice(claim.offsets![0], claim.offsets![1])).toBe(claim.quote);
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
    for (const c of found) expect(c.properties.claims[0]?.offsets?.[0]).toBeLessThan(sidebarAt);
    // The sidebar is minable (dated, placed): were it not excluded, it would yield candidates.
    const sidebarOnly = extractArticle(article(seed.slice(sidebarAt + 'Politics\n'.length), 'sidebar.txt'), ctx);
    expect(sidebarOnly.candidates.some((c) => c.properties.start === '2024-11-22')).toBe(true);
  });

  it('reports an article without dates or places, and proposes nothing from a bare heading', () => {
    expect(extractArticle(article('A quiet day\nNothing happened anywhere that anyone noticed.'), ctx).problems).toEqual(['no dates found', 'no places found']);
    expect(extractArticle(article('Russia and Ukraine\nThe weather was mild.'), ctx).candidates).toEqual([]);
  });
});

describe('extractArticle on the seeds: statements at seats, chained dates, theatre, origins', () => {
  const project = loadProject(join(__dirname, '../..'));
  const seed = (file: string) => {
    const listed = project.sources.find((s) => s.file === file);
    const text = readFileSync(join(__dirname, '../../seeds', file), 'utf8');
    const pub = { start: listed?.published?.start ?? '', end: listed?.published?.end ?? '', outlet: listed?.outlet ?? null, headline: null };
    return { text, found: extractArticle({ path: file, source: file, text, bodyStart: 0, published: pub }, project.context).candidates };
  };
  const quoted = (found: CandidateFeature[], start: string) => found.filter((c) => c.properties.claims[0]?.quote.startsWith(start));

  it("places the US warning in Washington on Monday, and Kursk's August invasion as its own candidate", () => {
    const { found } = seed('001_0e171da80b4cf268.txt');
    const [warning, invasion] = quoted(found, 'The United States issued a warning');
    expect(warning?.properties).toMatchObject({ category: 'statement', place: 'washington', placeBasis: 'inferred', start: '2024-10-28', end: '2024-10-28' });
    expect(found.find((c) => c.properties.claims[0]?.quote === "Russia's western Kursk region, which Ukraine invaded in August")?.properties).toMatchObject({
      category: 'strike', place: 'kursk-region', start: '2024-08-01', end: '2024-08-31',
    });
    expect(invasion).toBeUndefined();
  });

  it('splits training in eastern Russia from the movement toward Kursk, with its origin', () => {
    const { found } = seed('001_0e171da80b4cf268.txt');
    const pentagon = quoted(found, 'The Pentagon reported').map((c) => c.properties);
    expect(pentagon).toEqual([
      expect.objectContaining({ category: 'training', place: 'eastern-russia' }),
      expect.objectContaining({ category: 'movement', place: 'kursk-region', origin: 'eastern-russia', originBasis: 'stated' }),
    ]);
  });

  it('dates "later", "He added" and "has since" from the October 17 press conference, and infers the unit\'s origin', () => {
    const { found } = seed('000_3a66973d2b042937.txt');
    const one = (start: string) => quoted(found, start)[0]?.properties;
    expect(one('Kyrylo Budanov')).toMatchObject({ start: '2024-10-17', end: '2024-10-31', place: 'eastern-russia' });
    expect(one('He added that the first unit')).toMatchObject({ start: '2024-10-17', category: 'movement', place: 'kursk-region', origin: 'eastern-russia', originBasis: 'inferred' });
    expect(one('Ukraine has since shared')).toMatchObject({ start: '2024-10-17', category: 'intelligence', place: 'kyiv', placeBasis: 'inferred' });
  });

  it("mines the standfirst and puts the seatless expert's view in the article's theatre", () => {
    const { found } = seed('000_3a66973d2b042937.txt');
    expect(quoted(found, 'Military analyst Vladyslav Selezniov')[0]?.properties).toMatchObject({ category: 'analysis', place: 'kursk-region', placeBasis: 'inferred' });
  });

  it('places losses Zelensky reports in the theatre, "For South Korea," in Seoul and Blinken in Washington', () => {
    const { found } = seed('003_b6baa4e05f504048.txt');
    expect(quoted(found, 'Ukrainian President Volodymyr Zelensky said Thursday')[0]?.properties).toMatchObject({ category: 'casualties', place: 'kursk-region', placeBasis: 'inferred', start: '2024-11-07' });
    expect(quoted(found, 'For South Korea')[0]?.properties).toMatchObject({ place: 'seoul', placeBasis: 'inferred' });
    expect(quoted(found, 'Citing American intelligence')[0]?.properties).toMatchObject({ category: 'statement', place: 'washington' });
  });

  it("offers the June 19 agreement at both parties' seats, the venue being unstated", () => {
    const { found } = seed('002_3896d2b5254b85c7.txt');
    expect(quoted(found, 'This decision to send troops').map((c) => [c.properties.place, c.properties.start])).toEqual([['moscow', '2024-06-19'], ['pyongyang', '2024-06-19']]);
  });
});

// Articles written for these tests, not taken from the seeds: the rules must hold beyond them.
describe('extractArticle on new articles', () => {
  const project = loadProject(join(__dirname, '../..'));
  const run = (text: string, day: string) =>
    extractArticle({ path: 'new.txt', source: 'new.txt', text, bodyStart: 0, published: { start: day, end: day, outlet: 'Test Wire', headline: null } }, project.context).candidates.map((c) => ({
      quote: c.properties.claims[0]?.quote.slice(0, 24), category: c.properties.category, place: c.properties.place, basis: c.properties.placeBasis,
      start: c.properties.start, end: c.properties.end, origin: c.properties.origin, originBasis: c.properties.originBasis,
    }));

  it('arrivals "from" a city, a State Department statement, and "has since"', () => {
    const found = run([
      'North Korean artillery crews reach Bryansk',
      "Ukraine's GUR said on Sunday that about 1,500 North Korean artillery crews had arrived in the Bryansk region from Vladivostok.",
      'The State Department issued a statement on Monday regarding the transfer of North Korean missiles to Russia.',
      'Ukraine has since shared intelligence with its allies about the crews.',
    ].join('\n'), '2024-12-03');
    expect(found).toEqual([
      // An arrival from somewhere is a movement with its origin.
      expect.objectContaining({ category: 'movement', place: 'bryansk-region', start: '2024-12-01', origin: 'vladivostok', originBasis: 'stated' }),
      expect.objectContaining({ category: 'statement', place: 'washington', basis: 'inferred', start: '2024-12-02' }),
      expect.objectContaining({ category: 'intelligence', place: 'kyiv', basis: 'inferred', start: '2024-12-02', end: '2024-12-03' }),
    ]);
  });

  it("losses and an analyst's view in the theatre, a party's view at its seat", () => {
    const found = run([
      'Russian and North Korean units were deployed in the Kursk region last week, the Ukrainian General Staff reported.',
      'Zelensky said Wednesday that dozens of North Korean soldiers had been killed.',
      'Military analyst Petro Ivanenko believes Russia will keep the troops in reserve.',
      'For Japan, the deployment is a warning for the whole region.',
    ].join('\n'), '2024-11-15');
    expect(found).toEqual([
      expect.objectContaining({ category: 'deployment', place: 'kursk-region', basis: 'stated', start: '2024-11-04', end: '2024-11-10' }),
      expect.objectContaining({ category: 'casualties', place: 'kursk-region', basis: 'inferred', start: '2024-11-13' }),
      expect.objectContaining({ category: 'analysis', place: 'kursk-region', basis: 'inferred' }),
      expect.objectContaining({ category: 'statement', place: 'tokyo', basis: 'inferred' }),
    ]);
  });

  it('an agreement between two presidents, a briefing of NATO, a ministry warning', () => {
    const found = run([
      'Iran and Russia signed a defence agreement on September 6 during a meeting between Iranian President Masoud Pezeshkian and Russian President Vladimir Putin.',
      'Officials from Japan briefed NATO about the agreement on Monday.',
      'The Estonian foreign ministry warned of new arms transfers.',
    ].join('\n'), '2024-09-10');
    expect(found).toEqual([
      expect.objectContaining({ category: 'agreement', place: 'tehran', basis: 'inferred', start: '2024-09-06' }),
      expect.objectContaining({ category: 'agreement', place: 'moscow', basis: 'inferred', start: '2024-09-06' }),
      expect.objectContaining({ category: 'intelligence', place: 'brussels', basis: 'inferred', start: '2024-09-09' }),
      expect.objectContaining({ category: 'statement', place: 'tallinn', basis: 'inferred' }),
    ]);
  });

  it('"He added" in a paragraph of its own continues the previous report: its date and the place it reported', () => {
    const found = run([
      'A senior US official told reporters on Monday that North Korean troops had entered combat in the Kursk region.',
      'He added that some had been sent to the front line.',
    ].join('\n'), '2024-11-20');
    expect(found[1]).toMatchObject({ category: 'deployment', place: 'kursk-region', basis: 'inferred', start: '2024-11-18', end: '2024-11-18' });
  });

  it('training, then a movement "later" from it in the next paragraph, then a continued analysis', () => {
    const found = run([
      "On October 20, South Korea's NIS reported that 3,000 North Korean soldiers were training near Vladivostok.",
      'The agency later said that the first battalion was heading toward the Kursk region.',
      "Analysts at the Royal United Services Institute note Moscow's growing reliance on Pyongyang. Pyongyang is seeking cash and technology in return.",
    ].join('\n'), '2024-10-31');
    expect(found).toEqual([
      expect.objectContaining({ category: 'training', place: 'vladivostok', start: '2024-10-20' }),
      expect.objectContaining({ category: 'movement', place: 'kursk-region', start: '2024-10-20', end: '2024-10-31', origin: 'vladivostok', originBasis: 'inferred' }),
      expect.objectContaining({ category: 'analysis', quote: expect.stringMatching(/^Analysts at/) }),
      expect.objectContaining({ category: 'analysis', place: 'pyongyang', quote: expect.stringMatching(/^Pyongyang is/) }),
    ]);
  });
});
