/**
 * What the L story-recall round fixed, as general rules. "The Lee County sheriff said hundreds
 * could be dead", in a story that names Florida beside its towns: a county named after a town is
 * around a town of that name in the state the article names, not around a namesake in another
 * state; with none there, the county is no place the gazetteer can put. "buried villages in the
 * East Java district of Lumajang": a unit followed by "of" and a name is the unit of that name,
 * not a unit named after the words before it. "Swirling water flooded streets", "the hurricane
 * eyewall landed near Cayo Costa": water flooding streets and a storm's eye coming ashore are a
 * hazard's blow, told as its deed.
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
