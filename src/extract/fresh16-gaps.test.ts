/**
 * What the fresh-16 round fixed, each as a general rule: a raid dated by its attackers told
 * again, and a day that belongs only to the telling of a raid.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, withQuote } from './test-support';

describe('a raid whose day comes with its attackers told again', () => {
  const text = [
    'About 50 bodies have been buried after gunmen suspected to be militants invaded several villages in Kaura district of Kaduna State.',
    '',
    'Residents said many people were still missing.',
    '',
    'The militants, who were about 100 and armed with rifles, had on Tuesday stormed the villages on motorcycles and opened fire.',
  ].join('\n');

  it('dates the lede to the day the attackers are said to have struck', () => {
    const c = withQuote(run(text, '2022-03-10'), /^About 50 bodies have been buried/);
    expect([c?.properties.start, c?.properties.end]).toEqual(['2022-03-08', '2022-03-08']);
  });

  it('takes the sentence that dates it as a claim on it, not a second raid', () => {
    const found = run(text, '2022-03-10');
    expect(withQuote(found, /^The militants, who were/)).toBe(withQuote(found, /^About 50 bodies have been buried/));
  });

  it('leaves the lede on its report window when the attackers are told doing something else that day', () => {
    const other = text.replace('had on Tuesday stormed the villages on motorcycles and opened fire', 'were seen on Tuesday near the river');
    const c = withQuote(run(other, '2022-03-10'), /^About 50 bodies have been buried/);
    expect(c?.properties.datePrecision).not.toBe('day');
  });
});

describe('a day that dates only the telling of a raid', () => {
  it('does not give the raid the day an official confirmed it', () => {
    const c = withQuote(run('Dozens of gunmen on motorcycles attacked four villages in Kaduna State in northern Nigeria, killing civilians, an official confirmed to Reuters on Thursday.', '2022-03-10'), /^Dozens of gunmen/);
    expect(c?.properties.datePrecision).not.toBe('day');
  });

  it('keeps a day the sentence gives the raid itself', () => {
    const c = withQuote(run('Dozens of gunmen on motorcycles attacked four villages in Kaduna State on Thursday, killing civilians, an official told Reuters.', '2022-03-10'), /^Dozens of gunmen/);
    expect([c?.properties.start, c?.properties.end]).toEqual(['2022-03-10', '2022-03-10']);
  });
});

describe('a seizure dated only by its report, told again two paragraphs on', () => {
  const text = [
    'The navy said it had seized a cargo ship carrying smuggled fuel in the Red Sea off the coast of Sudan, state media reported on Monday.',
    '',
    'The ship was taken to port for legal proceedings.',
    '',
    'The vessel, which had a crew of 12, was seized by the navy about 40 miles off the coast of Port Sudan.',
  ].join('\n');

  it('keeps the second telling on the same seizure, where it says it was', () => {
    const found = run(text, '2024-01-29');
    const lede = withQuote(found, /^The navy said it had seized/);
    expect(lede).toBeDefined();
    expect(withQuote(found, /^The vessel, which had a crew/)).toBe(lede);
  });
});

describe('a region English news names by its English exonym', () => {
  it('finds "Inner Mongolia", which the outlines write "Inner Mongol"', () => {
    const c = withQuote(run('A coal mine in Inner Mongolia, China, collapsed on Wednesday, killing two people.', '2023-02-22'), /^A coal mine/);
    const [, lat] = (c?.geometry.coordinates ?? []) as number[];
    expect(c?.properties.locationPrecision).toBe('region');
    // The region's own centre, well north of China's.
    expect(lat ?? 0).toBeGreaterThan(40);
  });
});

describe('a mine in a banner, a county-level unit named in English', () => {
  it('puts it around the seat GeoNames gives the banner by its pinyin name, with a wide radius', () => {
    const c = withQuote(run('A coal mine in Alxa Left Banner in China collapsed on Wednesday, killing two people.', '2023-02-22'), /^A coal mine/);
    const [lon, lat] = (c?.geometry.coordinates ?? []) as number[];
    expect(Math.abs((lon ?? 0) - 105.67)).toBeLessThan(0.1);
    expect(Math.abs((lat ?? 0) - 38.84)).toBeLessThan(0.1);
    expect(c?.candidate.newPlace?.radiusKm ?? 0).toBeGreaterThanOrEqual(50);
  });
});

describe('"The accident occurred in" a place inside the region the lede named', () => {
  const text = [
    'A large part of an open-pit coal mine in Inner Mongolia, China, collapsed on Wednesday afternoon, leaving 50 people missing and two dead.',
    '',
    'The accident occurred at a coal mine in Alxa Left Banner, Inner Mongolia.',
  ].join('\n');

  it('joins the lede and puts it at the place the sentence gives', () => {
    const found = run(text, '2023-02-22');
    const lede = withQuote(found, /^A large part of an open-pit/);
    expect(withQuote(found, /^The accident occurred/)).toBe(lede);
    const [lon, lat] = (lede?.geometry.coordinates ?? []) as number[];
    expect(Math.abs((lon ?? 0) - 105.67)).toBeLessThan(0.1);
    expect(Math.abs((lat ?? 0) - 38.84)).toBeLessThan(0.1);
  });
});

describe('raids told as going on, not as a happening', () => {
  const lede = 'Gunmen killed 30 villagers in Kaura district of Kaduna State on Tuesday, police said.';

  it('makes no candidate of attacks that "have raged across" a state', () => {
    const found = run(`${lede} Deadly attacks have raged across Kaduna State where banditry has thrived.`, '2022-03-10');
    expect(withQuote(found, /^Deadly attacks have raged/)).toBeUndefined();
  });

  it('makes no candidate of villages that "are still being attacked"', () => {
    const found = run(`${lede} But despite all this, villages in the state are still being attacked and residents kidnapped.`, '2022-03-10');
    expect(withQuote(found, /^But despite all this/)).toBeUndefined();
  });

  it('keeps villages attacked on a day of their own', () => {
    const found = run(`${lede} Two more villages in the state were attacked on Wednesday.`, '2022-03-10');
    expect(withQuote(found, /^Two more villages/)).toBeDefined();
  });
});

describe('a time in a clause of the search that went on', () => {
  it('dates neither a second candidate nor the toll', () => {
    const found = run('The death toll from the collapse of a coal mine in Shanxi province rose to four today, state media reported, as the search for dozens still missing resumed after a landslide hindered progress overnight.', '2023-02-23');
    expect(found.filter((c) => c.properties.claims[0]?.quote.startsWith('The death toll'))).toHaveLength(1);
  });
});
