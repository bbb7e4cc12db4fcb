/**
 * Gaps a part of stories never looked at showed (border clashes between Thailand and
 * Cambodia and between Armenia and Azerbaijan, hostage handovers in Gaza, a protest at an
 * airport in Peru), each as a general rule: one happening told from both sides, as a
 * timeline of one morning or through the reactions to it is one candidate; a time of day
 * takes the story's day.
 */
import { describe, expect, it } from 'vitest';
import { categorize } from './classify';
import { findDates } from './dates';
import { candidatesOf as run, quotes, withQuote } from './test-support';

describe('a time of day', () => {
  it('takes the day the lede gives, however many paragraphs later it comes', () => {
    const text = [
      'Troops opened fire at a military base in the province of Surin on Thursday morning, the army said.',
      'Soldiers heard a drone circling the base, the army said.',
      'Residents were told to stay indoors.',
      'Since then, the army has reported continued clashes.',
      'Schools in the area were closed.',
      'At 9.40am, rockets hit a temple in Si Sa Ket province, the army said.',
    ].join('\n');
    const c = withQuote(run(text, '2025-07-24'), /^At 9\.40am/);
    expect(c?.properties.start).toBe('2025-07-24');
    expect(c?.properties.end).toBe('2025-07-24');
    expect(c?.properties.datePrecision).toBe('day');
  });

  it('is no day at all when the article gives none', () => {
    const c = withQuote(run('At 9.40am, rockets hit a temple in Si Sa Ket province, the army said.', '2025-07-24'), /^At 9\.40am/);
    expect(c?.properties.datePrecision).toBe('approximate');
  });
});

describe('a lede that names two sites', () => {
  it('places the fighting where it was, not where rockets were launched toward', () => {
    const found = run('Cambodian soldiers opened fire at a Thai military base in the northeastern province of Surin and launched rockets toward Si Sa Ket on Thursday morning, according to the Royal Thai Army.', '2025-07-24');
    expect(found[0]?.properties.place).toMatch(/surin/);
  });
});

describe('one clash, one candidate', () => {
  it('joins a timeline of one morning to the day\'s clash, and keeps a new place apart', () => {
    const text = [
      'Cambodian soldiers opened fire at a Thai military base in the province of Surin on Thursday morning, according to the Royal Thai Army.',
      'At 8.20am Cambodia opened fire toward the base, the 2nd Army Region said on its Facebook page.',
      'At about 9.15am, Cambodian troops reportedly initiated gunfire, targeting the area near the base.',
      'At 9.40am, Cambodia fired rocket launchers at a temple in Si Sa Ket province, Thailand said.',
    ].join('\n');
    const found = run(text, '2025-07-24');
    expect(found).toHaveLength(2);
    expect(quotes(found[0]!)).toHaveLength(3);
    expect(found[0]!.properties.claims[1]?.attribution).toBe('the 2nd Army Region');
    expect(quotes(found[1]!)[0]).toMatch(/^At 9\.40am/);
  });

  it('joins the other side\'s account of who opened fire, each side\'s attribution kept', () => {
    const text = [
      'Armenia’s Defense Ministry says Azerbaijan fired on soldiers near the Armenian village of Tegh on Tuesday.',
      'Azerbaijan says it was Armenian soldiers who opened fire.',
    ].join(' ');
    const found = run(text, '2023-04-11');
    expect(found).toHaveLength(1);
    expect(found[0]!.properties.claims.map((c) => c.attribution)).toEqual(['Armenia’s Defense Ministry', 'Azerbaijan']);
  });

  it('makes reactions that name the fighting claims on it, not strikes of their own', () => {
    const text = [
      'Azerbaijan forces on Tuesday started firing in the direction of the southern Armenian towns of Goris, Kapan, and Jermuk with the help of drones, said Armenia\'s Defense Ministry.',
      'However, Azerbaijan\'s defense ministry refuted the information about starting the attacks.',
      '"The US is deeply concerned about the reports of shelling along the Armenia-Azerbaijan border," the State Department said.',
      'Armenian Prime Minister Nikol Pashinyan had a telephonic conversation with US Secretary of State Antony Blinken about the fighting along the border.',
    ].join('\n');
    const found = run(text, '2022-09-13');
    expect(found.filter((c) => c.properties.category === 'strike')).toHaveLength(1);
    expect(found).toHaveLength(1);
    expect(quotes(found[0]!)).toHaveLength(4);
  });
});

describe('a toll not yet counted', () => {
  it('is a claim on the clash just told', () => {
    const text = [
      'Azerbaijani artillery and drones targeted sites in Goris and Jermuk in eastern Armenia on Monday night, the Armenian Defense Ministry said.',
      'The number of casualties is still being clarified.',
    ].join('\n');
    const found = run(text, '2022-09-13');
    expect(found).toHaveLength(1);
    expect(quotes(found[0]!)).toHaveLength(2);
  });
});

describe('a lede that names no place', () => {
  const TEGH = [
    'YEREVAN, Armenia (AP) — Military forces from Armenia and Azerbaijan have clashed along the border, and at least seven soldiers were killed, according to the defense ministries of both countries.',
    'The clash on Tuesday follows months of tensions over the blockage of the only road connecting Armenia with Nagorno-Karabakh.',
    'Armenia’s Defense Ministry says Azerbaijan fired on soldiers who were performing unspecified engineering work near the Armenian village of Tegh, about 3 kilometers (2 miles) from the border.',
    'Azerbaijan says it was Armenian soldiers who opened fire.',
  ].join(' ');

  it('is dated by the sentence that names the clash, and placed by the account that follows it', () => {
    const found = run(TEGH, '2023-04-11');
    expect(found).toHaveLength(1);
    const [c] = found;
    expect(c!.properties.start).toBe('2023-04-11');
    expect(c!.properties.place).toBe('tegh');
    expect(quotes(c!)).toHaveLength(4);
  });

  it('keeps the fighting named again on the same day as a claim of it', () => {
    const text = [
      'Cambodia and Thailand exchanged attacks Thursday morning, the Royal Thai Army said.',
      'Since then, the army has reported continued military clashes.',
      'The fighting began Thursday after members of the Thai task force reported hearing sounds of a Cambodian drone circling the temple.',
    ].join('\n');
    expect(run(text, '2025-07-24')).toHaveLength(1);
  });
});

describe('categories', () => {
  it('reads a hostage handover, release or prisoner exchange as "other", not a statement or a strike', () => {
    for (const s of [
      'Palestinian militant group Hamas on Sunday handed over three Israeli hostages to the Red Cross as the ceasefire in Gaza comes into effect.',
      'Masked Hamas militants handed over three Israeli hostages to the Red Cross in Gaza’s southern city of Khan Yunis on Saturday, an AFP journalist reported.',
      'Russia and Ukraine exchanged 95 prisoners of war on Friday, the ministry said.',
    ]) expect(categorize(s, undefined).category, s).toBe('other');
    expect(categorize('Meanwhile, Russia and Ukraine conducted prisoner exchanges.', undefined).category).not.toBe('other');
  });

  it('reads clashes between security forces and protesters, and a labour strike, as a protest', () => {
    for (const s of [
      'Clashes in Peru between security forces and protesters left at least 12 dead on Monday in Juliaca.',
      'The Puno region is the epicenter of protests in the country with an indefinite strike since January 4.',
      'The opposition leader had called for a general strike to contest early results.',
    ]) expect(categorize(s, undefined).category, s).toBe('protest');
    // An air strike is still a strike.
    expect(categorize('A general said air strikes hit the town on Monday.', undefined).category).toBe('strike');
  });

  it('reads an exchange of fire or troops opening fire, with no heavy weapon named, as ground fighting', () => {
    for (const s of [
      'Thailand and Cambodia exchanged fire on the border Thursday in a sharp escalation of their conflict that killed at least nine civilians.',
      'Armenia’s Defense Ministry says Azerbaijan fired on soldiers who were performing engineering work near the village of Tegh.',
      'Cambodian forces opened fire near the ancient Ta Muen Temple at 8:20 a.m. local time.',
    ]) expect(categorize(s, undefined).category, s).toBe('ground-fighting');
    expect(categorize('Azerbaijani forces fired intensively with artillery and drones on Armenian positions.', undefined).category).toBe('strike');
  });

  it('reads jets that destroyed a unit as a strike, not a deployment', () => {
    expect(categorize('The Thai military has deployed F-16 fighter jets, which the military command said had "destroyed" a Cambodian brigade.', undefined).category).toBe('strike');
  });
});

describe('a hostage handover', () => {
  it('gathers the details of the handover, where the hostages were handed over included', () => {
    const text = [
      'Palestinian militant group Hamas on Sunday handed over three Israeli hostages to the Red Cross as the ceasefire in Gaza comes into effect.',
      'The hostages, all women, "were officially handed over to the Red Cross" in Gaza City ahead of their return to Israel, a senior Hamas official told AFP.',
    ].join('\n');
    const found = run(text, '2025-01-19');
    expect(found).toHaveLength(1);
    expect(quotes(found[0]!)).toHaveLength(2);
  });

  it('is not one when it is threatened or made a condition', () => {
    expect(categorize('Earlier this week, Hamas threatened to delay the hostage release after accusing Israel of violating the terms of the truce.', undefined).category).toBe('statement');
    expect(categorize('Israel said “intense” fighting would resume unless the hostages were handed over.', undefined).category).toBe('statement');
  });
});

describe('a toll told again', () => {
  it('joins the happening when it gives the same count at a place the happening named, though a day later', () => {
    const text = [
      'Clashes in Peru between security forces and protesters left at least 12 dead on Monday in Juliaca, during an attempted invasion of the city’s airport.',
      '“We have confirmed 12 dead today in Puno during clashes with the police in the vicinity of the Juliaca airport,” a source from the ombudsman’s office told AFP.',
      'Shortly before, the coordinator of the city ombudsman’s office had denounced “nine dead in the morgue following the clashes in Juliaca”.',
    ].join('\n');
    const found = run(text, '2023-01-10');
    expect(found).toHaveLength(1);
    expect(found[0]!.properties.start).toBe('2023-01-09');
    expect(quotes(found[0]!)).toHaveLength(3);
  });
});

describe('a place named inside a longer place name', () => {
  it('reads "Jammu and Kashmir" as the region, not the city of Jammu', () => {
    const found = run('A soldier and a porter were killed as Pakistani troops violated the ceasefire in Krishna Ghati sector of Poonch district in Jammu and Kashmir on Thursday.', '2017-10-13');
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c.properties.place).not.toBe('jammu');
  });
});

describe('"<unit> district of <province>"', () => {
  it('places the event in the district, not at the province\'s namesake city', () => {
    const found = run('At 9.55am on Thursday, Cambodian forces reportedly fired into a residential area near the border area development centre in Kap Choeng district of Surin.', '2025-07-24');
    expect(found[0]?.properties.place).toMatch(/kap-choeng/);
  });
});

describe('a seizure told twice', () => {
  it('is one act, dated by the telling that gives the day', () => {
    const text = [
      'The Marshall Islands-flagged vessel was seized in the Gulf of Oman while it was in transit, according to the US Navy\'s 5th Fleet.',
      'The US Navy said on Thursday that Iran\'s Islamic Revolutionary Guard Corps seized a Marshall Islands-flagged oil tanker in the Gulf of Oman.',
    ].join('\n');
    const found = run(text, '2023-04-27');
    expect(found).toHaveLength(1);
    expect(found[0]!.properties.start).toBe('2023-04-27');
    expect(found[0]!.candidate.reportDated).toBe(false);
  });

  it('is told more exactly by the sentence that follows, at a place inside the lede\'s area', () => {
    const text = [
      'Iran\'s Islamic Revolutionary Guard Corps said it had seized an oil tanker carrying two million liters of fuel off the coast of southwestern Iran, Iranian media reported on Sunday.',
      'The vessel, which was staffed by foreign crew members, was seized by the IRGC about 60 miles off the coast of Bushehr, a port city in southwestern Iran.',
    ].join('\n');
    const found = run(text, '2024-01-28');
    expect(found).toHaveLength(1);
    expect(found[0]!.candidate.placePhrase).toMatch(/Bushehr/);
  });
});

describe('details that point back', () => {
  it('joins a sentence that names with "the" what the lede introduced with "a", a count of people no toll', () => {
    const text = [
      'Cambodian soldiers opened fire at a Thai military base in the province of Surin on Thursday morning, according to the Royal Thai Army.',
      'Six Cambodian soldiers then approached a barbed-wire fence in front of the Thai military base, armed with weapons including rocket-propelled grenades.',
    ].join('\n');
    expect(run(text, '2025-07-24')).toHaveLength(1);
  });

  it('joins the caller\'s next call after a call about the fighting', () => {
    const text = [
      'Azerbaijan forces on Tuesday started firing in the direction of the southern Armenian towns of Goris, Kapan, and Jermuk with the help of drones, said Armenia\'s Defense Ministry.',
      'Armenian Prime Minister Nikol Pashinyan had a telephonic conversation with US Secretary of State Antony Blinken about the fighting along the border.',
      'He then talked with Putin and French President Emmanuel Macron, his office said.',
    ].join('\n');
    const found = run(text, '2022-09-13');
    expect(found).toHaveLength(1);
    expect(quotes(found[0]!)).toHaveLength(3);
  });

  it('adds a toll told with "also" to the happening', () => {
    const text = [
      'A Pakistani army soldier and two civilians were killed by Indian artillery fire across the Line of Control on Wednesday, the military said.',
      'The statement said a 10-year-old boy and a woman had also been wounded by the Indian fire.',
    ].join('\n');
    expect(run(text, '2020-04-30')).toHaveLength(1);
  });

  it('reads assault rifles as weapons carried, not an assault, and a threat as a statement', () => {
    expect(categorize('Flanked by fighters brandishing assault rifles, the captives spoke on a microphone to the crowds.', undefined).category).not.toBe('strike');
    expect(categorize('Hamas threatened to delay the release after accusing Israel of violating the terms of the agreement.', undefined).category).toBe('statement');
  });
});

describe('the happening set in its context', () => {
  it('is no new event', () => {
    const text = [
      'The US Navy said on Thursday that Iran\'s Revolutionary Guard seized a Marshall Islands-flagged oil tanker in the Gulf of Oman.',
      'The incident came days after the US, Britain and the European Union toughened sanctions against the Revolutionary Guard Corps.',
    ].join('\n');
    const found = run(text, '2023-04-27');
    expect(found).toHaveLength(1);
    expect(quotes(found[0]!)).toHaveLength(2);
  });
});

describe('dates as articles write them', () => {
  const anchor = (day: string) => ({ start: day, end: day });
  it('reads "over the weekend" as the Saturday and Sunday before publication', () => {
    const [d] = findDates('Tensions rose over the weekend after two associates were shot dead in Maputo.', anchor('2024-10-21'));
    expect(d).toMatchObject({ from: '2024-10-19', to: '2024-10-20', precision: 'range' });
  });

  it('reads "last October" in an October article as the October a year before', () => {
    const [d] = findDates('The Houthi movement has targeted shipping in the Red Sea since last October.', anchor('2024-10-01'));
    expect(d?.from).toBe('2023-10-01');
  });
});

describe('"A day earlier"', () => {
  it('is the day before the last day stated', () => {
    const text = [
      'Three army personnel were killed along the LoC in Poonch on October 3 in a ceasefire violation by Pakistan.',
      'A day earlier, two minors died and 12 civilians were injured in cross-border shelling.',
    ].join('\n');
    const c = withQuote(run(text, '2017-10-13'), /^A day earlier/);
    expect(c?.properties).toMatchObject({ start: '2017-10-02', end: '2017-10-02', datePrecision: 'day' });
  });
});

describe('a seizure told again a paragraph later', () => {
  it('joins it with the count of the crew, and says more exactly where', () => {
    const text = [
      'Iran\'s Islamic Revolutionary Guard Corps said it had seized an oil tanker carrying two million liters of fuel off the coast of southwestern Iran, Iranian media reported on Sunday.',
      'According to the Tasnim News Agency, the vessel was carrying smuggled fuel.',
      'The vessel, which was staffed by 14 foreign crew members from two Asian countries, was seized by the IRGC about 60 miles off the coast of Bushehr, a port city in southwestern Iran.',
    ].join('\n');
    const found = run(text, '2024-01-28').filter((c) => c.properties.category === 'other');
    expect(found).toHaveLength(1);
    expect(found[0]!.candidate.placePhrase).toMatch(/Bushehr/);
  });
});
