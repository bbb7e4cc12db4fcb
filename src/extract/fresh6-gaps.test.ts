/**
 * Gaps a part of stories never looked at showed (a blast at a port, a hotel siege, shelling
 * at a border crossing, a drone attack on high-rises, an attack on a training school and an
 * airport), each as a general rule: what authorities close, cancel or advise because of a
 * happening, and what leaders say about it, are claims on it, not happenings of their own.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, quotes } from './test-support';

describe('a happening named again by a possessive day ("Tuesday\'s attacks")', () => {
  it('dates the lede the report dated, and is a claim on it', () => {
    const text = [
      'KANO: An attack in the Nigerian city targeting a police barracks left more than 30 people dead, officials said.',
      '',
      'A hospital source said that 34 people had been killed and 60 wounded in Tuesday’s attacks in Kano.',
    ].join('\n');
    const found = run(text, '2024-05-10');
    expect(found).toHaveLength(1);
    expect(found[0]?.properties.start).toBe('2024-05-07');
    expect(found[0]?.properties.end).toBe('2024-05-07');
  });
});

describe('"On the morning of <day>"', () => {
  it('dates the sentence to that day', () => {
    const found = run('On the morning of March 3, five drones were recorded over Voronezh, two of which hit a factory.', '2024-03-03');
    expect(found).toHaveLength(1);
    expect(found[0]?.properties.start).toBe('2024-03-03');
    expect(found[0]?.properties.datePrecision).toBe('day');
  });
});

describe('a closure ordered because of a happening', () => {
  it('is a claim on the happening, not an event of its own', () => {
    const text = [
      'A drone attack hit residential buildings in Voronezh on Sunday morning, regional officials said.',
      'Temporary restrictions were introduced at the Voronezh airport on Sunday for security reasons, the aviation agency said.',
      'The airport of Lipetsk also halted arrivals and departures because of the drone attack in Voronezh, the regional governor said.',
      'The governor of Voronezh announced on Sunday that all schools across the city would be closed on Monday.',
    ].join('\n');
    const found = run(text, '2024-03-03');
    expect(found).toHaveLength(1);
    expect(quotes(found[0] as (typeof found)[number])).toHaveLength(4);
  });

  it('stays apart when it answers a protest: a closure against protesters is a move of its own', () => {
    const text = [
      'Police fired tear gas at students protesting in Dhaka on Tuesday.',
      'Authorities also announced the indefinite closure of all universities in the country on Tuesday.',
    ].join('\n');
    expect(run(text, '2024-07-17')).toHaveLength(2);
  });

  it('stays apart when it is a measure of long before', () => {
    const text = [
      'A drone attack hit residential buildings in Voronezh on Sunday morning, regional officials said.',
      'Since the closure of the border dating from the pandemic, fewer traders have arrived in Voronezh on Sunday markets, the governor said on Sunday.',
    ].join('\n');
    expect(run(text, '2024-03-03').length).toBeGreaterThan(1);
  });
});

describe('condolences, sympathy and blame for a happening', () => {
  it('are claims on it, wherever the leader who offers them sits', () => {
    const text = [
      'A huge explosion at a chemical plant in Tianjin on Wednesday killed at least 40 people, state media said.',
      'The plant had stored containers of sodium cyanide, officials said.',
      '',
      'In a post on social media, the president extended sympathy to the victims of the explosion.',
      '',
      'Meanwhile, the Russian president offered his condolences and pledged assistance in managing the aftermath of the explosion.',
    ].join('\n');
    const found = run(text, '2015-08-13');
    expect(found.filter((c) => quotes(c).some((q) => /sympathy|condolences/.test(q)))).toHaveLength(1);
    expect(found.find((c) => quotes(c).some((q) => /condolences/.test(q)))?.properties.claims[0]?.quote).toMatch(/^A huge explosion/);
  });
});

describe('responses told further down a report', () => {
  it('an attack denounced after another incident is a claim on the attack it names', () => {
    const text = [
      'A drone attack hit residential buildings in Voronezh on Sunday morning, regional officials said.',
      '',
      'In Lipetsk, air defences shot down a missile over an oil depot on Sunday, the governor said.',
      '',
      'Regional leader Ivan Petrov denounced the drone attack targeting civilian areas.',
    ].join('\n');
    const found = run(text, '2024-03-03');
    expect(found.filter((c) => quotes(c).some((q) => /denounced/.test(q)))).toHaveLength(1);
    expect(found.find((c) => quotes(c).some((q) => /denounced/.test(q)))?.properties.claims[0]?.quote).toMatch(/^A drone attack/);
  });

  it('a closure announced by "the governor of <city>, ... on <day>" is a claim, however the title reads', () => {
    const text = [
      'A huge explosion at a port on Saturday in the province of Hormozgan killed at least 25 people, media reported.',
      '',
      'Ali Rezaei, governor of Bandar Abbas, announced on Saturday that all educational centers across the city would be closed on Sunday due to the explosion.',
    ].join('\n');
    expect(run(text, '2025-04-27')).toHaveLength(1);
  });

  it('the speaker of a response going on ("she added") goes with it', () => {
    const text = [
      'A huge explosion at a port in Tianjin on Wednesday killed at least 40 people, state media said.',
      '',
      'However, the Chinese government\'s spokeswoman Hua Chunying warned against any "hasty speculations" about the cause of the incident before the investigations are complete.',
      '',
      'What had been confirmed so far was that there were containers, probably with chemical materials, at a corner of the port, she added.',
    ].join('\n');
    expect(run(text, '2015-08-13')).toHaveLength(1);
  });
});

describe('a happening told again in a speaker\'s quotation', () => {
  const lede = 'A wave of drone attacks targeted the capital of the Belgorod region early Saturday, regional authorities said, damaging several residential buildings.';
  it('is the speaker\'s claim on it when it tells it on its day, at a place inside it', () => {
    const text = [lede, '', '“Today, Belgorod faced a mass drone attack. Now the enemy attacks peaceful civilians,” the governor wrote on Telegram.'].join('\n');
    expect(run(text, '2024-12-21')).toHaveLength(1);
  });

  it('stays apart when the quotation puts the attack in a city far away', () => {
    const text = [lede, '', '“Today, Murmansk faced a mass drone attack,” the governor of Murmansk wrote on Telegram.'].join('\n');
    expect(run(text, '2024-12-21')).toHaveLength(2);
  });
});

describe('background and dates around a story', () => {
  it('what a place "normally" sees and a struggle "for more than a decade" are background', () => {
    const text = [
      'Militants attacked a police academy in Niamey on Tuesday, officials said.',
      '',
      'Niger, along with its neighbours, has for more than a decade battled jihadist groups in the Sahel.',
      '',
      'The capital is normally spared the sort of attacks that occur almost daily in the north of Niger.',
    ].join('\n');
    expect(run(text, '2024-09-20')).toHaveLength(1);
  });

  it('"in January said" in a September report is the January before it', () => {
    const found = run('The Sahel states in January said they were leaving the regional bloc, officials in Niamey said.', '2024-09-20');
    expect(found[0]?.properties.start).toBe('2024-01-01');
  });
});

describe('a happening named again by the noun it was introduced with', () => {
  it('is a claim on it when told on a day within its span ("the siege ended ... Saturday")', () => {
    const text = [
      'At least 9 people have died in an overnight siege after gunmen attacked a hotel in Nairobi, Kenya, on Friday.',
      '',
      'Reuters reported the siege ended just before midnight Saturday.',
    ].join('\n');
    const found = run(text, '2019-01-19');
    expect(found.filter((c) => quotes(c).some((q) => /^Reuters reported/.test(q)))).toHaveLength(1);
    expect(found.find((c) => quotes(c).some((q) => /^Reuters reported/.test(q)))?.properties.claims[0]?.quote).toMatch(/^At least 9/);
  });
});

describe('buildings and days that name a happening\'s parts', () => {
  it('"the Manhattan housing complex" is a building, not the borough in New York', () => {
    const text = [
      'Ukrainian drones struck apartment blocks in Voronezh, Russia, on Saturday, officials said.',
      '',
      'Among the buildings attacked Saturday was the Manhattan housing complex, according to state media reporters.',
    ].join('\n');
    const found = run(text, '2024-12-21');
    expect(found.map((c) => c.properties.place)).not.toContain('manhattan');
  });

  it('"Saturday\'s strikes" tell the strikes of that day again: a claim on them', () => {
    const text = [
      'A wave of drone attacks targeted Voronezh early Saturday, regional authorities said.',
      '',
      'Voronezh has previously come under attack from drones. However, Saturday’s strikes mark the first time they appear to have targeted residential buildings in the city.',
    ].join('\n');
    expect(run(text, '2024-12-21')).toHaveLength(1);
  });
});
