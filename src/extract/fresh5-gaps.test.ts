/**
 * Gaps a part of stories never looked at showed (a drone strike on a market in a besieged
 * city, protests at a parliament, a militant attack on a police station, a typhoon and the
 * landslide it set off), each as a general rule: a toll or its aftermath told again is a claim
 * on the happening it counts, not a happening of its own.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, quotes, withQuote } from './test-support';

describe('a toll told again', () => {
  it('is a claim on the protest it counts, whoever gives the count', () => {
    const text = [
      'A large protest in Lima turned violent on Monday after demonstrators stormed the gate of the Congress building.',
      'The clashes between demonstrators and police have so far left at least seven people dead and 30 injured, according to reports.',
      'According to the police, seven protesters were killed and 31 others wounded in confrontations with security forces.',
      'A hospital director confirmed that the deceased succumbed to their injuries while receiving treatment.',
    ].join('\n');
    const found = run(text, '2023-03-06');
    expect(found).toHaveLength(1);
    expect(quotes(found[0] as (typeof found)[number])).toHaveLength(4);
  });

  it('is a claim on the attack it counts when it names the attack again', () => {
    const text = [
      'Gunmen attacked a police post in the town of Bannu in Pakistan on Monday, officials said.',
      'In the attack, eight policemen were killed and five others were wounded.',
    ].join('\n');
    const found = run(text, '2024-03-04');
    expect(found).toHaveLength(1);
  });

  it('stays apart when it counts another incident or another place', () => {
    const text = [
      'Gunmen attacked a police post in the town of Bannu in Pakistan on Monday, officials said.',
      'In another attack, three soldiers were killed in Peshawar.',
    ].join('\n');
    const found = run(text, '2024-03-04');
    expect(found).toHaveLength(2);
    expect(withQuote(found, /^In another attack/)).toBeDefined();
  });
});

describe('dates told around a happening', () => {
  it('"Days before," counts back from the day last stated, a span of some days', () => {
    const text = [
      'A drone struck a market in the city of Kassala on Tuesday, killing 20 people, witnesses said.',
      'Days before, fighters reportedly shelled a mosque in Kassala, killing at least 40 people.',
    ].join('\n');
    const found = run(text, '2025-09-25');
    const mosque = withQuote(found, /^Days before/);
    expect(mosque?.properties.start).toBe('2025-09-16');
    expect(mosque?.properties.end).toBe('2025-09-21');
  });

  it('"a few days after" something puts it at least two days before the report, and does not date the lede', () => {
    const text = [
      'A drone strike killed at least 15 people at a market in the city of Kassala, an aid worker said.',
      'The strike came only a few days after fighters shelled a mosque in the city, killing at least 70 people.',
    ].join('\n');
    const found = run(text, '2025-09-24');
    const lede = withQuote(found, /^A drone strike/);
    expect(lede?.candidate.reportDated).toBe(true);
    const mosque = withQuote(found, /^The strike came/);
    expect(mosque?.properties.end).toBe('2025-09-22');
  });

  it('two accounts of when it happened date the lede to both days, as one candidate', () => {
    const text = [
      'A drone strike killed at least 15 people at a market in the city of Kassala, an aid worker said.',
      'The drone strike also wounded 12 people, the aid worker told reporters on Wednesday.',
      'The aid worker said the attack happened Monday night, while a local group said in a statement it was carried out early Tuesday.',
    ].join('\n');
    const found = run(text, '2025-09-24');
    expect(found).toHaveLength(1);
    expect(found[0]?.properties).toMatchObject({ start: '2025-09-22', end: '2025-09-23' });
  });
});

describe('a place name opened by a lower-case Arabic article', () => {
  it('finds "el-Fasher" as the city, not the region named beside it', () => {
    const found = run('A drone struck a market in el-Fasher, the capital of North Darfur, on Tuesday, killing 15 people.', '2025-09-24');
    expect(found[0]?.properties.place).toBe('el-fasher');
  });
});

describe('a toll in a country the article\'s theatre is not in', () => {
  it('is placed in the country the sentence names, not at the theatre abroad', () => {
    const text = [
      'The death toll in the Philippines from the typhoon has climbed to 81, authorities said Wednesday.',
      'The typhoon also battered Hong Kong and killed four in China’s southern province of Guangdong.',
    ].join('\n');
    const found = run(text, '2018-09-19');
    expect(withQuote(found, /^The death toll in the Philippines/)?.properties.place).toBe('philippines');
  });
});

describe('a province named after a town abroad', () => {
  it('is not drawn around a namesake town in another country', () => {
    const text = [
      'Protesters clashed with police in Kathmandu, Nepal, on Monday, officials said.',
      'Several others were injured in a town in the Koshi province in the east of the country.',
    ].join('\n');
    const found = run(text, '2025-09-08');
    const places = found.map((c) => c.candidate.newPlace?.point ?? c.geometry.coordinates);
    // Nepal lies between 80 and 89 degrees east; a Japanese town named Koshi near 131.
    expect(places.every((p) => (p[0] ?? 0) < 90)).toBe(true);
  });
});

describe('"Town, Province"', () => {
  it('reads the name after the comma as the province holding the town, not a small namesake town', () => {
    const found = run('A landslide buried a bunkhouse in the Philippines on September 15, the day the typhoon made landfall in Baggao, Cagayan, officials said.', '2018-09-25');
    const c = found[0];
    const point = c?.candidate.newPlace?.point ?? c?.geometry.coordinates ?? [0, 0];
    // Cagayan province is in the north of Luzon, near 18.5 N; the town of Cagayan lies near 7 N.
    expect(point[1]).toBeGreaterThan(17);
  });
});

describe('a date in the dateline', () => {
  it('dates the filing, not the event: one candidate, on the day the text gives', () => {
    const found = run('PORT SUDAN, Sudan, Sept 25, 2025 (AFP) - A drone strike on a market in the city of Kassala killed 15 people, a medic told AFP on Wednesday.', '2025-09-25');
    expect(found).toHaveLength(1);
    expect(found[0]?.properties.start).toBe('2025-09-24');
  });
});

describe('a toll that names the happening with its day', () => {
  it('joins a lede dated by the day it was told', () => {
    const text = [
      'A drone strike on a market in the city of Kassala killed 15 people, a medic told reporters on Wednesday.',
      '',
      'The Tuesday strike "killed 15 citizens and wounded 12", the medic said.',
    ].join('\n');
    expect(run(text, '2025-09-25')).toHaveLength(1);
  });
});

describe('"about a week after"', () => {
  it('puts what came before some five to ten days before the report', () => {
    const found = run('It also came about a week after insurgents attacked security forces in Quetta, killing six people.', '2024-02-05');
    const c = withQuote(found, /^It also came/);
    expect(c?.candidate.reportDated).toBe(false);
    expect([c?.properties.start, c?.properties.end]).toEqual(['2024-01-26', '2024-02-01']);
  });
});

describe('a happening named again by its day ("the Dec. 5 attack")', () => {
  it('dates the month-dated happening it names to that day, and is a claim on it', () => {
    const text = [
      'Gunmen attacked a police station in Bannu in Pakistan on Monday, killing 10 policemen, officials said.',
      'The latest violence came two months after a suicide bomber detonated a car outside a police station in Bannu in December, killing 23 troops.',
      'Following the Dec. 5 attack in Bannu, troops killed 27 insurgents in several operations, officials said.',
    ].join('\n');
    const found = run(text, '2024-02-05');
    const december = withQuote(found, /^The latest violence/);
    expect(december?.properties).toMatchObject({ start: '2023-12-05', end: '2023-12-05', datePrecision: 'day' });
    expect(found).toHaveLength(2);
  });
});

describe('background in a clause about a place', () => {
  it('does not make the sentence background ("El-Fasher, which it has besieged since May")', () => {
    const text = [
      'A drone struck a market in the city of Kassala on Tuesday, killing 15 people, a medic said.',
      'The militia is currently waging its fiercest assault yet in an attempt to seize Kassala, which it has besieged since May last year.',
    ].join('\n');
    expect(withQuote(run(text, '2025-09-25'), /currently waging/)).toBeDefined();
  });
});

describe('a happening told as going on', () => {
  it('is dated by its report, not by the story\'s day stated before', () => {
    const text = [
      'A drone struck a market in the city of Kassala on Tuesday, killing 15 people, a medic said.',
      'The militia is currently waging its fiercest assault yet in Kassala.',
    ].join('\n');
    const c = withQuote(run(text, '2025-09-25'), /currently waging/);
    expect(c?.candidate.reportDated).toBe(true);
  });
});

describe('a toll that names its happening', () => {
  it('joins the happening that introduced the noun, not an older incident told after it', () => {
    const text = [
      'A drone strike killed at least 15 people at a market in the city of Kassala, an aid worker said.',
      '',
      'The strike came only a few days after fighters reportedly struck a mosque in the city, killing at least 70 people.',
      '',
      'The drone strike also wounded 12 people, the aid worker said.',
    ].join('\n');
    const lede = withQuote(run(text, '2025-09-24'), /^A drone strike/);
    expect(lede && quotes(lede).some((q) => /also wounded 12/.test(q))).toBe(true);
  });
});

describe('one city\'s protest on one day', () => {
  it('is one happening, however many sentences tell its turns', () => {
    const text = [
      'A massive protest in Lima turned violent on Monday after demonstrators stormed the gate of the Congress building.',
      'The situation escalated after demonstrators breached restricted zones, leading police to fire tear gas and water cannons.',
      'One of the protesters was allegedly shot as protesters clashed with police near the building.',
    ].join('\n');
    expect(run(text, '2023-03-06')).toHaveLength(1);
  });

  it('keeps a protest in another city apart', () => {
    const text = [
      'A massive protest in Lima turned violent on Monday after demonstrators stormed the gate of the Congress building.',
      'In Cusco, protesters clashed with police at the airport.',
    ].join('\n');
    expect(run(text, '2023-03-06')).toHaveLength(2);
  });
});

describe('a curfew declared the day of unrest', () => {
  it('is a claim on the unrest, not an event of its own', () => {
    const text = [
      'A massive protest in Lima turned violent on Monday after demonstrators stormed the gate of the Congress building, killing two.',
      'The city administration office declared a curfew from 12:30 PM to 10 PM on Monday.',
    ].join('\n');
    expect(run(text, '2023-03-06')).toHaveLength(1);
  });
});

describe('a toll given as a statement', () => {
  it('is a claim on the happening it counts', () => {
    const text = [
      'Police on Tuesday said at least 78 people died in Itogon in the Philippines, most of them killed by a landslide.',
      'The Itogon police chief said that of the 78 fatalities in Itogon, 50 were from one mine level.',
      'At least 33 people in Itogon are also missing, 27 of whom are from the same level.',
    ].join('\n');
    const found = run(text, '2018-09-25');
    expect(found).toHaveLength(1);
  });
});

describe('a toll with the day it was reported', () => {
  it('joins the happening of the day before: the day dates the report, not the toll', () => {
    const text = [
      'A magnitude 6.8 earthquake struck Luding county in Sichuan province on Monday, killing dozens, officials said.',
      'At least 65 people were killed, state media reported on Tuesday morning, with more than 200 still trapped.',
    ].join('\n');
    expect(run(text, '2022-09-06')).toHaveLength(1);
  });
});

describe('a toll at a place inside the happening\'s area', () => {
  it('is a claim on it', () => {
    const inside = [
      'At least four civilians were killed by shelling in the Kharkiv region on Monday, officials said.',
      'Three people were killed in Izium, officials said.',
    ].join('\n');
    expect(run(inside, '2023-05-02')).toHaveLength(1);
  });
});

describe('a dateline in parentheses ("(Peshawar) Pakistan:")', () => {
  it('is where the report was filed, not where the attack was', () => {
    const text = [
      '(Peshawar) Pakistan: Militants attacked a police station in the country\'s northwest before dawn on Monday, killing 10 officers, authorities said.',
      'Six officers were also wounded in the attack in Dera Ismail Khan, a district in Khyber Pakhtunkhwa province.',
    ].join('\n');
    const found = run(text, '2024-02-05');
    expect(found.map((c) => c.properties.place)).not.toContain('peshawar');
    expect(withQuote(found, /^\(Peshawar\)/)?.properties.place).toBe('dera-ismail-khan');
  });
});

describe('a crowd marching with slogans', () => {
  it('is a protest, a turn of the city\'s protest that day', () => {
    const text = [
      'A massive protest in Lima turned violent on Monday after demonstrators stormed the gate of the Congress building.',
      'Thousands of young people marched through Lima from early morning, chanting slogans and carrying placards.',
    ].join('\n');
    const found = run(text, '2023-03-06');
    expect(found).toHaveLength(1);
  });
});

describe('a tally of attacks over a month', () => {
  it('is background, not an event', () => {
    const text = [
      'Gunmen attacked a police station in Bannu in Pakistan on Monday, killing 10 policemen, officials said.',
      'Meanwhile, a newspaper reported that Pakistan has seen a surge in attacks, with at least 93 militant attacks taking place in January.',
    ].join('\n');
    const found = run(text, '2024-02-05');
    expect(withQuote(found, /93 militant attacks/)).toBeUndefined();
  });
});

describe('a quotation going on in a sentence that alone proposes nothing', () => {
  it('is a claim on what the quotation opened with', () => {
    const text = [
      'Colonel Charles Omeonga, administrator of the Beni region, said, "As you see, in Beni, it is always the same rebels.',
      'So they showed up here, and did what they did last night.',
      'We lost many of our brothers."',
    ].join('\n').replace(/\n/g, ' ');
    const found = run(text, '2023-03-11');
    const all = found.flatMap(quotes);
    expect(all.some((q) => /^So they showed up here/.test(q))).toBe(true);
  });
});
