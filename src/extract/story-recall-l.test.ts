/**
 * What the L story-recall round fixed, as general rules. "The Lee County sheriff said hundreds
 * could be dead", in a story that names Florida beside its towns: a county named after a town is
 * around a town of that name in the state the article names, not around a namesake in another
 * state; with none there, the county is no place the gazetteer can put. "buried villages in the
 * East Java district of Lumajang": a unit followed by "of" and a name is the unit of that name,
 * not a unit named after the words before it. "Swirling water flooded streets", "the hurricane
 * eyewall landed near Cayo Costa": water flooding streets and a storm's eye coming ashore are a
 * hazard's blow, told as its deed. "a young girl who survived a massacre in the al-Alaq
 * neighborhood": a massacre told as new, at a place, is a happening there. "Bodai has been one
 * of the most heavily bombarded towns, reporting at least six people killed": a name told as
 * one of the towns is a place, even one no gazetteer knows, so its toll is its own. "All
 * houses were destroyed on Mango Island, only two houses remained on Fonoifua and extensive
 * damage occurred on Nomuka Island": an island group told island by island is a happening on
 * each island named, each at the country holding them (no gazetteer holds the islands). "the
 * west coast of Tonga’s main island": the coast of what the country's name goes on to own, not
 * that side of the country. "thousands of workers and activists flooded the streets of Central
 * Jakarta to demand better wages": people flooding the streets to demand are a protest.
 */
import { describe, expect, it } from 'vitest';
import { distanceKm } from './geo';
import { candidatesOf as run, where, withQuote } from './test-support';

describe('a county named after a town, in a story that names its state', () => {
  const text = [
    'Hurricane Ian made landfall near Fort Myers on Wednesday, and Naples and Punta Gorda were flooded across Florida.',
    'The Lee County sheriff told a national audience on Thursday that hundreds could be dead from the storm.',
  ].join('\n\n');
  const fortMyers: [number, number] = [-81.87, 26.62];
  it('is not put around a namesake town in another state', () => {
    const sheriff = withQuote(run(text, '2022-09-30'), /^The Lee County sheriff/);
    expect(sheriff).toBeDefined();
    expect(distanceKm(where(sheriff as never), fortMyers)).toBeLessThan(600);
  });
  it('but with no state named, the county is still around the town of its name', () => {
    const alone = 'The Lee County sheriff said on Thursday that two people were killed in a crash.';
    expect(withQuote(run(alone, '2022-09-30'), /^The Lee County sheriff/)?.properties.place).toBe('lee-county');
  });
});

describe('a unit named by the words after it', () => {
  const text = 'The eruption of Mount Semeru on Saturday killed at least 22 people and buried villages on its slope in the East Java district of Lumajang.';
  const lumajang: [number, number] = [113.22, -8.13];
  it('is the unit of that name, not one named after the words before it', () => {
    const found = withQuote(run(text, '2021-12-06'), /^The eruption of Mount Semeru/);
    expect(found).toBeDefined();
    expect(distanceKm(where(found as never), lumajang)).toBeLessThan(100);
  });
  it('but a unit "of" a country or a region is still the unit named before it', () => {
    const district = withQuote(run('A stampede at a religious gathering in the Hathras district of Uttar Pradesh killed 121 people on Tuesday.', '2024-07-03'), /^A stampede/);
    expect(district?.properties.place).toBe('hathras-district');
    const area = withQuote(run('A stampede at a religious gathering in the Sikandra Rao area of the Hathras district killed 121 people on Tuesday.', '2024-07-03'), /^A stampede/);
    expect(area?.properties.place).toBe('sikandra-rao');
    const kursk = withQuote(run('Ukrainian troops attacked a village in the Kursk region of Russia on Tuesday.', '2024-08-07'), /^Ukrainian troops/);
    expect(kursk?.properties.place).toBe('kursk-region');
  });
});

describe("a storm's blow told as what its water or its eye did", () => {
  const lede = 'Hurricane Ian made landfall in southwest Florida on Wednesday, officials said.';
  const flooded = 'Off the coast on Sanibel Island near Fort Myers, swirling water flooded streets and was halfway up mailbox posts by mid-morning.';
  const landed = 'The Category 4 hurricane eyewall landed near Fort Myers, the weather service said.';
  it('is a happening at its place', () => {
    for (const sentence of [flooded, landed]) {
      const found = run(`${lede}\n\n${sentence}`, '2022-09-28');
      expect(found.some((c) => c.properties.place === 'fort-myers' && c.properties.claims.some((q) => q.quote === sentence))).toBe(true);
    }
  });
  it('but buyers flooding a market, or a plane landing, is none', () => {
    const market = run(`${lede}\n\nNear Fort Myers, buyers flooded the market for generators.`, '2022-09-28');
    expect(market.some((c) => c.properties.place === 'fort-myers')).toBe(false);
    const plane = run(`${lede}\n\nThe governor's plane landed near Fort Myers.`, '2022-09-28');
    expect(plane.some((c) => c.properties.place === 'fort-myers')).toBe(false);
  });
});

describe('a massacre told as new, at a place', () => {
  const lede = 'Israeli airstrikes killed 67 people across the Baalbek-Hermel region on Monday.';
  const told = 'Among the tragic stories is that of a young girl who survived a massacre in the al-Alaq neighborhood, where she lost her entire family.';
  it('is a happening of its own', () => {
    const found = run(`${lede}\n\n${told}`, '2024-10-29');
    expect(withQuote(found, /^Among the tragic stories/)).toBeDefined();
  });
  it('but a massacre named as a thing of the past, or a word for a happening told already, is none', () => {
    const past = run(`${lede}\n\nThe town is remembered for the massacre of 1982.`, '2024-10-29');
    expect(withQuote(past, /^The town is remembered/)).toBeUndefined();
  });
});

describe('a name told as one of the towns', () => {
  const lede = 'From Monday morning to Tuesday morning, a total of 67 people were killed and more than 120 injured across over 30 separate air raids in the Baalbek-Hermel region.';
  const town = 'Bodai has been one of the most heavily bombarded towns in recent weeks, reporting at least six people were killed during this latest wave of strikes.';
  it('is a place of its own, so its toll is a candidate of its own', () => {
    const found = run(`${lede}\n\n${town}`, '2024-10-29');
    expect(found.some((c) => c.properties.claims[0]?.quote === town)).toBe(true);
  });
  it('but a toll with no place of its own stays a claim on the happening', () => {
    const found = run(`${lede}\n\nIt has been one of the worst weeks, with at least six people killed during this latest wave of strikes.`, '2024-10-29');
    expect(found.some((c) => c.properties.claims[0]?.quote.startsWith('It has been'))).toBe(false);
  });
});

describe('an island group told island by island', () => {
  const lede = 'The Tongan government has confirmed that all houses on the island of Mango were wiped out in the tsunami that followed Saturday’s volcanic eruption.';
  const islands = 'It said all houses were destroyed on Mango Island, only two houses remained on Fonoifua and extensive damage occurred on Nomuka Island.';
  const after = 'Ash covered the capital Nuku\'alofa in Tonga.';
  const onIsland = (found: ReturnType<typeof run>) => found.filter((c) => c.properties.claims.length === 1 && c.properties.claims[0]?.quote === islands);
  it('is a happening on each island it names, at the country holding them', () => {
    const found = onIsland(run(`${lede}\n\n${islands}\n\n${after}`, '2022-01-19'));
    expect(found.map((c) => c.candidate.placePhrase.match(/(Mango|Nomuka) island/)?.[1]).filter(Boolean).sort()).toEqual(['Mango', 'Nomuka']);
    expect(found.every((c) => c.properties.place === 'tonga' && c.properties.start === '2022-01-15')).toBe(true);
  });
  it('and a name "on" which the list goes on is one of its islands too', () => {
    const found = onIsland(run(`${lede}\n\n${islands}\n\n${after}`, '2022-01-19'));
    expect(found.some((c) => c.candidate.placePhrase.endsWith('Fonoifua island'))).toBe(true);
    expect(found.map((c) => c.candidate.placePhrase.replace(/.*: /, '')).sort()).toEqual(['Fonoifua island', 'Mango island', 'Nomuka island']);
    const dated = 'It said all houses were destroyed on Mango Island on Saturday and extensive damage occurred on Nomuka Island.';
    const days = run(`${lede}\n\n${dated}\n\n${after}`, '2022-01-19');
    expect(days.some((c) => c.candidate.placePhrase.endsWith('Saturday island'))).toBe(false);
  });
  it('but a sentence naming one island adds none', () => {
    const one = 'It said all houses were destroyed on Mango Island.';
    const found = run(`${lede}\n\n${one}\n\n${after}`, '2022-01-19');
    expect(found.filter((c) => c.properties.claims.length === 1 && c.properties.claims[0]?.quote === one).length).toBeLessThanOrEqual(1);
  });
});

describe('the coast of what a country\'s name goes on to own', () => {
  it('is not that side of the country', () => {
    const found = run('Tsunami waves reaching up to 15 metres hit the west coast of Tonga’s main island on Saturday.', '2022-01-19');
    expect(found.map((c) => c.properties.place)).toEqual(['tonga']);
  });
  it('but the coast of the country itself is that side of it', () => {
    const found = run('Tsunami waves reaching up to 15 metres hit the west coast of Tonga on Saturday.', '2022-01-19');
    expect(found.map((c) => c.properties.place)).toEqual(['western-tonga']);
  });
});

describe('people flooding the streets to demand', () => {
  const text = 'Earlier that day, thousands of workers and activists flooded the streets of Central Jakarta to demand better wages and protection.';
  it('are a protest', () => {
    expect(run(`Police fired tear gas at protesters in Jakarta on Thursday.\n\n${text}`, '2025-08-29').find((c) => c.properties.claims[0]?.quote === text)?.properties.category).toBe('protest');
  });
});
