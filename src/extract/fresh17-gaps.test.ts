/**
 * What the fresh-17 round fixed, each as a general rule: a neighbourhood named after a far
 * region, places listed at the head of a sentence, each its own happening, and crowds that
 * set buildings on fire.
 */
import { describe, expect, it } from 'vitest';
import { distanceKm } from './geo';
import { candidatesOf as run, quotes, where, withQuote } from './test-support';

const KADUGLI: [number, number] = [29.72, 11.01];

describe('a neighbourhood named after a far region', () => {
  const text = [
    'Drones struck the city of Kadugli in South Kordofan on Monday, killing five people.',
    '',
    'Medics said that four civilians were killed in the shelling of the Kashmir neighbourhood on Monday evening.',
  ].join('\n');

  it('is a part of the city the story is in, not the region', () => {
    const c = withQuote(run(text, '2026-02-04'), /^Medics said that four civilians/);
    expect(c).toBeDefined();
    expect(distanceKm(where(c!), KADUGLI)).toBeLessThan(50);
  });

  it('keeps a region named as a region', () => {
    const c = withQuote(run('Medics said that four civilians were killed in shelling in Kashmir on Monday evening.', '2026-02-04'), /^Medics said/);
    expect(distanceKm(where(c!), KADUGLI)).toBeGreaterThan(1000);
  });
});

describe('places listed at the head of a sentence', () => {
  const text = [
    'Protesters across Indonesia set fire to a council building in Surabaya, East Java, on Friday.',
    '',
    'In Semarang (Central Java), Malang (East Java), and Yogyakarta, protesters torched regional parliament buildings, deepening the anger over allowances.',
  ].join('\n');

  it('are one happening each', () => {
    const found = run(text, '2025-08-31').filter((c) => quotes(c).some((q) => /^In Semarang/.test(q)));
    const at = (p: [number, number]) => found.some((c) => distanceKm(where(c), p) < 30);
    expect([at([110.42, -6.99]), at([112.63, -7.98]), at([110.36, -7.8])]).toEqual([true, true, true]);
  });

  it('told with a crowd torching a building, is a riot', () => {
    const found = run(text, '2025-08-31').filter((c) => quotes(c).some((q) => /^In Semarang/.test(q)));
    expect(found.map((c) => c.properties.category)).toContain('riot');
  });
});

describe('unrest told spreading to other cities', () => {
  const text = [
    'Protesters across Indonesia set fire to a council building in Surabaya, East Java, late Friday.',
    '',
    'The fire ignited further unrest, with protests quickly spreading to other cities. In Semarang (Central Java), Malang (East Java), and Yogyakarta, protesters torched regional parliament buildings.',
  ].join('\n');

  it('does not give the cities it spread to the first day', () => {
    const found = run(text, '2025-08-31').filter((c) => quotes(c).some((q) => /^In Semarang/.test(q)));
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((c) => c.properties.datePrecision)).not.toContain('day');
  });

  it('still dates a later sentence of the same happening by its day when nothing spread', () => {
    const same = text.replace('The fire ignited further unrest, with protests quickly spreading to other cities.', 'The fire gutted the building.');
    const found = run(same, '2025-08-31').filter((c) => quotes(c).some((q) => /^In Semarang/.test(q)));
    expect(found.map((c) => c.properties.start)).toContain('2025-08-29');
  });
});

describe('"the north of the country"', () => {
  it('is that side of the country the sentence names', () => {
    const c = withQuote(run('HANOI, Vietnam (AP) — Vietnamese officials say the storm has killed at least six people after making landfall on Saturday in the north of the country.', '2024-09-07'), /Vietnamese officials say/);
    expect(c?.properties.place).toMatch(/northern-vietnam/);
  });

  it('is no place when the sentence names no country', () => {
    const c = withQuote(run('Officials in Hanoi say the storm killed at least six people after making landfall on Saturday in the north of the country.', '2024-09-07'), /^Officials in Hanoi/);
    expect(c?.properties.place).toBe('hanoi');
  });
});

describe('"in the south of the country" after a place', () => {
  it('leaves the place named just before it', () => {
    const c = withQuote(run('The Turkish boat was carrying 150 people when it hit a rock near Crotone in the south of the country on Sunday, killing 40.', '2023-02-27'), /^The Turkish boat/);
    expect(c?.properties.place).toBe('crotone');
  });
});

describe('"the south of the country" after a thing of another country', () => {
  it('is not that other country', () => {
    const c = withQuote(run('Rescuers worked through the night. The wooden gulet, a Turkish sailing boat, was carrying 150 people when it sank on Sunday in the south of the country.', '2023-02-27'), /^The wooden gulet/);
    expect(c?.properties.place ?? '').not.toMatch(/turk/);
  });
});

describe('a vessel that sank or went down, no toll told', () => {
  it('is a happening where it went down, in a strait the water gazetteer knows', () => {
    const c = withQuote(run('A search team has found the likely wreck of the lost ferry KMP Sinar Jaya, which went down in the Lombok Strait on Tuesday evening.', '2025-07-06'), /^A search team/);
    expect(c?.properties.category).toBe('other');
    expect(distanceKm(where(c!), [115.73, -8.55])).toBeLessThan(60);
    expect(c?.properties.start).toBe('2025-07-01');
  });

  it('told as a sinking, dated by the day the next sentence gives it', () => {
    const text = 'The sinking of the KMP Sinar Jaya ferry has added to the list of accidents in the Bali Strait. The vessel reportedly sank 30 minutes after leaving port on Wednesday night.';
    const c = withQuote(run(text, '2025-07-04'), /^The sinking of the KMP/);
    expect(c?.properties.start).toBe('2025-07-02');
  });
});

describe('a sinking averted', () => {
  it('is no happening', () => {
    const found = run('The captain ran the ship aground near Izmail in the Black Sea on Wednesday to prevent it from sinking.', '2023-12-27');
    expect(found.filter((c) => c.properties.category === 'other')).toEqual([]);
  });
});

describe('the bodies taken to a hospital after a sinking', () => {
  const text = 'A ferry carrying dozens of people sank in the Lombok Strait off Indonesia late Tuesday, leaving 12 missing and three dead. The bodies of the deceased have been transported to West Nusa Tenggara General Hospital in Lombok, while survivors are receiving treatment at the Mataram port area.';

  it('are a claim on the sinking, not a happening of their own', () => {
    const found = run(text, '2025-07-02');
    expect(found.filter((c) => quotes(c).some((q) => /^The bodies of the deceased/.test(q))).map((c) => c.id)).toEqual([withQuote(found, /^A ferry carrying/)?.id]);
  });
});
