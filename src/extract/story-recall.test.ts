/**
 * What the story-recall round fixed, as general rules. "Several towns, including Dikchu,
 * Singtam, and Rangpo, were flooded": the towns a sentence lists after "including" or "such
 * as" each had the happening, so each found town is a candidate of its own. "A body was
 * recovered", "a dozen people were missing at sea": people gone missing, or one body found, are
 * a toll as the dead are. "A high-speed train ... derailed near Malaga": a train off its rails
 * is an accident, as one that collided is. "Off the north coast of Mozambique": that side of
 * the country, as "off Mozambique's northern coast" is. "Gunmen killed three soldiers ... in the
 * northeast", the sentence before naming "Beninese soldiers": that side of the country the
 * same or the previous sentence names. "Seven were killed trying to escape a siege on a
 * hotel", after an attack on a town: a toll that introduces a happening of its own ("a siege
 * on a hotel") counts that one, not the lede's. "Gushing rainwater ... had stopped the movement
 * of trains from Thrissur": water or a blow that stopped trains or traffic is harm done at
 * that place, as a bridge washed away is. "The attack in Solhan (north-east). In June 2021,
 * 160 people were killed in that attack": a side in brackets after a town no gazetteer knows
 * is that side of the country just named, and the toll of that attack told next is placed there.
 */
import { describe, expect, it } from 'vitest';
import { categorize } from './classify';
import { candidatesOf as run, where, withQuote } from './test-support';

const FLOOD = "Flash floods hit India's Sikkim state on Wednesday.";

describe('"several towns, including A, B and C"', () => {
  it('gives a candidate at each town found', () => {
    const found = run(`${FLOOD} Several towns, including Dikchu, Singtam, and Rangpo, were flooded.`, '2023-10-05');
    const points = found.filter((c) => c.properties.claims.some((q) => /^Several towns/.test(q.quote))).map(where);
    expect(points.length).toBe(2);
    const [a, b] = points;
    expect(Math.abs((a?.[1] ?? 0) - (b?.[1] ?? 0)) + Math.abs((a?.[0] ?? 0) - (b?.[0] ?? 0))).toBeGreaterThan(0.03);
  });
  it('"such as" lists them as well', () => {
    const found = run(`${FLOOD} Towns such as Singtam and Rangpo were flooded.`, '2023-10-05');
    expect(found.filter((c) => c.properties.claims.some((q) => /^Towns such as/.test(q.quote))).length).toBe(2);
  });
  it('but "the towns of A and B" stays one area', () => {
    const found = run(`${FLOOD} The towns of Singtam and Rangpo were flooded.`, '2023-10-05');
    expect(found.filter((c) => c.properties.claims.some((q) => /^The towns of/.test(q.quote))).length).toBe(1);
  });
});

describe('the missing and one body found are a toll', () => {
  it('"were missing at sea" and "a body was recovered" tell casualties', () => {
    expect(categorize('A dozen people were missing at sea, state media reported.', undefined).category).toBe('casualties');
    expect(categorize('A body was recovered near the port on Saturday.', undefined).category).toBe('casualties');
    expect(categorize('Earlier in the morning, 23 army personnel went missing.', undefined).category).toBe('casualties');
  });
  it('gives a candidate in a storm story', () => {
    const text = [
      "HANOI (Reuters) - Asia's most powerful storm this year made landfall in northern Vietnam on Saturday, the meteorological agency said.",
      'A body was recovered near the coastal city of Halong, while a dozen people were missing at sea, state media reported on Saturday.',
    ].join('\n\n');
    expect(withQuote(run(text, '2024-09-07'), /^A body was recovered/)).toBeDefined();
  });
  it('but a missing document is no toll', () => {
    expect(categorize('The report said key pages were missing from the file.', undefined).category).not.toBe('casualties');
  });
});

describe('a train derailed', () => {
  it('is an accident at its place', () => {
    expect(categorize('A high-speed train with nearly 300 people on board derailed near Malaga due to flooding.', undefined).category).toBe('other');
    const text = [
      'At least 51 people died in a sudden flood in the Spanish province of Valencia on Tuesday.',
      'A high-speed train with nearly 300 people on board derailed near Malaga due to flooding.',
    ].join('\n\n');
    const c = withQuote(run(text, '2024-10-30'), /^A high-speed train/);
    expect(c).toBeDefined();
    expect(c && where(c)[0]).toBeLessThan(-4);
  });
});

describe('"the north coast of" a country', () => {
  it('is that side of the country', () => {
    const found = run('A tragic incident occurred off the north coast of Mozambique on Sunday as a makeshift ferry boat capsized, claiming the lives of 96 people.', '2024-04-08');
    const c = withQuote(found, /^A tragic incident/);
    expect(c).toBeDefined();
    expect(c && where(c)[1]).toBeGreaterThan(-17);
    expect(c?.properties.place).not.toBe('mozambique');
  });
  it('as is "the northern coast of" one', () => {
    const c = run('A ferry capsized off the northern coast of Mozambique on Sunday, killing 96 people.', '2024-04-08')[0];
    expect(c && where(c)[1]).toBeGreaterThan(-17);
  });
});

describe('"in the northeast", the country named just before', () => {
  const before = 'Since 2021, more than 120 Beninese soldiers have lost their lives in the region.';
  it('is that side of the country the previous sentence names', () => {
    const found = run(`${before} Last month, gunmen killed three soldiers and injured four others guarding an oil pipeline in the northeast.`, '2025-01-10');
    const c = withQuote(found, /^Last month, gunmen/);
    expect(c).toBeDefined();
    expect(c && where(c)[1]).toBeGreaterThan(9.5);
    expect(c?.properties.start).toBe('2024-12-01');
  });
  it('"in the north of the country" too', () => {
    const c = withQuote(run(`${before} Last month, gunmen killed three soldiers in the north of the country.`, '2025-01-10'), /^Last month, gunmen/);
    expect(c && where(c)[1]).toBeGreaterThan(9.5);
  });
  it('but no country named, no place', () => {
    expect(withQuote(run('Last month, gunmen killed three soldiers in the northeast.', '2025-01-10'), /^Last month/)).toBeUndefined();
  });
});

describe('a toll of a happening it introduces', () => {
  const lede = 'Dozens of people are dead following an attack on the town of Palma in northern Mozambique, a spokesman said on Sunday.';
  it('"trying to escape a siege on a hotel" is a candidate of its own', () => {
    const found = run(`${lede}\n\nSeven were killed trying to escape a siege on a hotel, said Omar Saranga.`, '2021-03-28');
    expect(withQuote(found, /^Seven were killed/)).toBeDefined();
    expect(found.length).toBe(2);
  });
  it('but "seven were killed in the attack" counts the lede\'s', () => {
    const found = run(`${lede}\n\nSeven were killed in the attack, said Omar Saranga.`, '2021-03-28');
    expect(found.length).toBe(1);
  });
});

describe('trains or traffic stopped by water', () => {
  it('is harm done there', () => {
    expect(categorize('Gushing rainwater from the hills had stopped the movement of trains from Thrissur in central Kerala to the northern parts.', undefined).category).toBe('other');
  });
  it('but a service suspended by order is a measure', () => {
    expect(categorize('The high-speed train service between Valencia and Madrid is suspended.', undefined).category).not.toBe('other');
  });
});

describe('"in Solhan (north-east)", then "in that attack"', () => {
  const text = [
    'Dozens of men on motorcycles machine-gunned civilians digging a trench around a village in north-central Burkina Faso on Saturday.',
    'This makes it one of the deadliest assaults on civilians since the attack in Solhan (north-east). In June 2021, 160 people were killed in that attack, which was attributed to Nusrat al-Islam.',
  ].join('\n\n');
  it('puts the earlier attack\'s toll in that side of the country', () => {
    const c = withQuote(run(text, '2024-08-27'), /^In June 2021/);
    expect(c).toBeDefined();
    expect(c && where(c)[0]).toBeGreaterThan(-1);
    expect(c && where(c)[1]).toBeGreaterThan(12.5);
  });
});
