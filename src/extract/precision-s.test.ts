/**
 * What precision round S fixed, as general rules. Once a report has told a happening, it goes on
 * with sentences that point back at it without telling it again: who told it ("The governor
 * announced this on Telegram."), what it is being weighed or investigated as ("This incident is
 * being investigated as a war crime."), how high its toll may yet go ("The death toll could be
 * as high as 1,000, the president said."), and what was done with its dead ("Six bodies were
 * handed over to the families."). Each is a claim on the happening told, not one of its own.
 * A sentence that goes on to a count of its own, or to dead found at a place of their own,
 * stays a candidate.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, withQuote, opensOne } from './test-support';

describe('who told what was just told', () => {
  it('"announced this in Telegram" is a claim on the strike told', () => {
    const text = [
      'A Russian guided bomb struck a construction hypermarket in Kharkiv on Saturday, killing two people and wounding 33 others.',
      'Kharkiv Mayor Ihor Terekhov and Oleh Syniehubov, the governor of Kharkiv region, announced this in Telegram.',
    ].join('\n\n');
    const found = run(text, '2024-05-25');
    expect(found).toHaveLength(1);
    expect(opensOne(found, /^Kharkiv Mayor Ihor Terekhov/)).toBe(false);
    expect(withQuote(found, /announced this in Telegram/)).toBeDefined();
  });
  it('"confirmed this while speaking to the newspersons at the hospital" is a claim on the fire told', () => {
    const text = [
      'At least 46 people were killed in a fire that broke out in a seven-storey building on Bailey Road in Dhaka on Thursday night.',
      'The health minister confirmed this while speaking to the newspersons at the Burn and Plastic Surgery Institute this morning.',
    ].join('\n\n');
    const found = run(text, '2024-03-01');
    expect(opensOne(found, /^The health minister confirmed this/)).toBe(false);
    expect(withQuote(found, /confirmed this while speaking/)).toBeDefined();
  });
  it('and so is "This was reported by the head of the city administration"', () => {
    const text = [
      'Russian missiles struck a children\'s hospital in Kyiv on Monday, killing two adults, officials said.',
      'This was reported by the head of the Kyiv City Military Administration Serhii Popko on Telegram channel, Censor.NET reports.',
    ].join('\n\n');
    const found = run(text, '2024-07-08');
    expect(opensOne(found, /^This was reported by/)).toBe(false);
  });
  it('and so is "The incident was first reported by a harbour patrol officer"', () => {
    const text = [
      'A ferry carrying dozens of people and vehicles sank in the Bali Strait late Wednesday, leaving 38 missing and four confirmed dead as search and rescue efforts continue in rough conditions.',
      'KMP Tunu Pratama Jaya, which departed from Ketapang Port in Banyuwangi en route to Gilimanuk, Bali, sank just 25 minutes after setting sail at 10:56 p.m. local time, going down around 11:20 p.m., according to authorities. The incident was first reported by a harbor patrol officer on duty in Gilimanuk waters.',
    ].join('\n\n');
    const found = run(text, '2025-07-04');
    expect(opensOne(found, /^The incident was first reported/)).toBe(false);
  });
  it('but a report made "this Monday" of a happening of its own stays a candidate', () => {
    const text = [
      'A cyclone struck the island of Mayotte on Saturday, destroying whole neighbourhoods.',
      'Officials reported this Monday that a second storm struck the town of Mamoudzou, killing 12 people.',
    ].join('\n\n');
    const found = run(text, '2024-12-16');
    expect(opensOne(found, /^Officials reported this Monday/)).toBe(true);
  });
});

describe('a happening pointed back at with "this"', () => {
  it('"This incident is being investigated as a war crime ... in Naypyidaw" is a claim on the air strike told', () => {
    const text = [
      'A military jet dropped bombs on a crowd gathered for the opening of an office in Pazigyi village in the Sagaing region on Tuesday, killing at least 100 people.',
      'This incident is being investigated as a war crime committed by the army and its junta in Naypyidaw.',
    ].join('\n\n');
    const found = run(text, '2023-04-11');
    expect(found).toHaveLength(1);
    expect(opensOne(found, /^This incident is being investigated/)).toBe(false);
    expect(withQuote(found, /investigated as a war crime/)).toBeDefined();
  });
  it('but "This latest attack", dated and counted, stays a happening of its own', () => {
    const text = [
      'Gunmen attacked the village of Yelwata in Benue state, killing dozens of people.',
      'This latest attack, which lasted from Friday night till the early hours of Saturday, came barely 48 hours after two communities in Makurdi were attacked and 25 people killed.',
    ].join('\n\n');
    const found = run(text, '2025-06-15');
    expect(opensOne(found, /^This latest attack/)).toBe(true);
  });
});

describe('a toll foretold', () => {
  it('"the death toll could rise since the search is still ongoing" is a claim on the capsizing told', () => {
    const text = [
      'Authorities have confirmed that 23 people have died after a boat capsized on Lake Kivu near the port of Kituku on Thursday.',
      'Lipopo says that the death toll could rise since the search is still ongoing.',
    ].join('\n\n');
    const found = run(text, '2024-10-04');
    expect(found).toHaveLength(1);
    expect(opensOne(found, /^Lipopo says/)).toBe(false);
  });
  it('a toll foretold before the happening is told, "could be as high as 1,000", is no candidate of its own', () => {
    const text = [
      'The death toll in Mozambique from Cyclone Idai could be as high as 1,000, President Filipe Nyusi has said.',
      'The storm made landfall near the port city of Beira on Thursday with winds of up to 177 km/h, killing at least 84 people.',
    ].join('\n\n');
    const found = run(text, '2019-03-19');
    expect(opensOne(found, /^The death toll in Mozambique/)).toBe(false);
    expect(opensOne(found, /^The storm made landfall near the port city of Beira/)).toBe(true);
  });
  it('and so is "the death toll from the floods could reach 20,000", told first', () => {
    const text = [
      'A Libyan official in the port city of Derna has told journalists that the death toll from the floods could reach 20,000.',
      'The Libyan city was flooded when two dam walls burst this week following a storm which hit Libya on Sunday.',
    ].join('\n\n');
    const found = run(text, '2023-09-14');
    expect(opensOne(found, /^A Libyan official/)).toBe(false);
    expect(opensOne(found, /^The Libyan city was flooded/)).toBe(true);
  });
  it('but a lede that counts the dead before it foretells more is the happening', () => {
    const text = 'At least six people have died after a huge fire destroyed a tower block in west London, with the death toll likely to rise.';
    const found = run(text, '2017-06-14');
    expect(opensOne(found, /^At least six people have died/)).toBe(true);
  });
});

describe('a happening told again behind an impersonal frame of report', () => {
  it('"It is noted that an unknown drone attacked the airfield" is a claim on the drone attack told', () => {
    const text = [
      'Explosions rocked the Engels-1 airfield in the Saratov region on Monday morning after a drone attack, the governor said.',
      'It is noted that an unknown drone attacked the "Engels-1" airfield in the Saratov region.',
    ].join('\n\n');
    const found = run(text, '2022-12-05');
    expect(found).toHaveLength(1);
    expect(opensOne(found, /^It is noted that/)).toBe(false);
    expect(withQuote(found, /^It is noted that/)).toBeDefined();
  });
  it('but "As reported," before an attack on a region of its own stays a candidate', () => {
    const text = [
      'Drones struck an oil refinery in Volgograd on Saturday, starting a fire, local authorities said.',
      'As reported, Russian troops attacked the Poltava region of Ukraine on Friday, and there were hits in the Myrhorod district.',
    ].join('\n\n');
    const found = run(text, '2024-02-03');
    expect(opensOne(found, /^As reported/)).toBe(true);
  });
});

describe('what a natural hazard may yet do, foretold', () => {
  it('"experts have warned the dome could still collapse" is a claim on the eruption told', () => {
    const text = [
      'The Semeru volcano on Java island erupted on Saturday, spewing hot ash and gas that buried villages in Lumajang and killed at least 14 people.',
      'But experts have warned the dome could still collapse, causing an avalanche of blistering gas and debris trapped below.',
    ].join('\n\n');
    const found = run(text, '2021-12-06');
    expect(found).toHaveLength(1);
    expect(opensOne(found, /^But experts have warned/)).toBe(false);
    expect(withQuote(found, /dome could still collapse/)).toBeDefined();
  });
  it('but a warning after a clash at sea, not a natural hazard, stays a statement of its own', () => {
    const text = [
      'Chinese coast guard ships fired water cannon at a Philippine supply boat near Second Thomas Shoal on Saturday.',
      'The Chinese embassy in Manila warned the Philippines against playing with fire.',
    ].join('\n\n');
    const found = run(text, '2023-12-10');
    expect(opensOne(found, /^The Chinese embassy in Manila warned/)).toBe(true);
  });
});

describe('a toll revised, beside an earlier count', () => {
  it('"The initial estimate of the death toll ... in Sofala was 19" is a claim on the cyclone told, not a toll of its own', () => {
    const text = [
      'Cyclone Idai made landfall near the port city of Beira on Thursday night with winds of up to 177 km/h.',
      'The initial estimate of the death toll from Idai in Sofala, as given by Radio Mozambique, was 19, with a further 70 people injured.',
    ].join('\n\n');
    const found = run(text, '2019-03-17');
    expect(found).toHaveLength(1);
    expect(opensOne(found, /^The initial estimate/)).toBe(false);
    expect(withQuote(found, /^The initial estimate/)).toBeDefined();
  });
  it('but a toll in another country, after a storm told in one, stays a candidate', () => {
    const text = [
      'Cyclone Idai made landfall near the port city of Beira in Mozambique on Thursday night with winds of up to 177 km/h.',
      'In Zimbabwe, the initial death toll of 31 rose to 65 on Sunday as the storm swept through the east.',
    ].join('\n\n');
    const found = run(text, '2019-03-17');
    expect(opensOne(found, /^In Zimbabwe/)).toBe(true);
  });
});

describe('who was among the victims, after a happening', () => {
  it('"the mayor said women and children were among the dead" is a claim on the shipwreck told', () => {
    const text = [
      'At least 61 migrants including a baby died when their overcrowded boat smashed into rocky reefs and broke apart off the town of Cutro in southern Italy on Sunday.',
      'On Monday Pakistan Prime Minister Shehbaz Sharif said more than two dozen Pakistanis were believed to be among those who drowned.',
      'Pakistan Foreign Ministry representative Mumtaz Zahra said details had been requested from Italian authorities.',
      'Cutro\'s Mayor, Antonio Ceraso, said women and children were among the dead. Exact numbers as to how many children had died were not yet available.',
    ].join('\n\n');
    const found = run(text, '2023-02-27');
    expect(opensOne(found, /^Cutro's Mayor/)).toBe(false);
    expect(withQuote(found, /among the dead/)).toBeDefined();
  });
  it('and "three women were also among the victims in the attack that targeted the health centre" is a claim on the drone strike', () => {
    const text = [
      'A drone struck the Al-Shartai health centre in Kadugli on Tuesday, killing five children, the Sudan Doctors Network said.',
      'In a statement, the Sudan Doctors Network said three women were also among the victims in the attack that targeted Al-Shartai Health Centre in the Hajar Al-Nour neighbourhood of Kadugli.',
    ].join('\n\n');
    const found = run(text, '2026-02-04');
    expect(found).toHaveLength(1);
    expect(opensOne(found, /^In a statement, the Sudan Doctors Network said three women/)).toBe(false);
  });
  it('but those among the dead of another attack, on a day of its own, stay a candidate', () => {
    const text = [
      'A drone struck a health centre in Kadugli on Tuesday, killing five children, doctors said.',
      'Another drone struck a market in Dilling on Wednesday, and three women were among the dead.',
    ].join('\n\n');
    const found = run(text, '2026-02-04');
    expect(opensOne(found, /^Another drone struck a market/)).toBe(true);
  });
});

describe('relief sent after a natural hazard', () => {
  it('"Some 8,400 members of the army ... were deployed in and near Acapulco to assist in cleanup efforts" is a claim on the hurricane told', () => {
    const text = [
      'Hurricane Otis slammed into the Mexican resort of Acapulco as a Category 5 storm early on Wednesday, killing at least 27 people.',
      'Some 8,400 members of Mexico\'s army, air force and national guard were deployed in and near Acapulco to assist in cleanup efforts, the country\'s defense ministry said.',
    ].join('\n\n');
    const found = run(text, '2023-10-26');
    expect(opensOne(found, /^Some 8,400 members/)).toBe(false);
    expect(withQuote(found, /^Some 8,400 members/)).toBeDefined();
  });
  it('but the army deployed into a city after unrest is a happening of its own', () => {
    const text = [
      'Police fired tear gas at protesters who stormed the parliament in Kathmandu on Monday, killing 19 people.',
      'The Nepal Army was deployed to key sites in Kathmandu by late afternoon to help restore order.',
    ].join('\n\n');
    const found = run(text, '2025-09-08');
    expect(opensOne(found, /^The Nepal Army was deployed/)).toBe(true);
  });
});

describe('security raised after an attack', () => {
  it('"The security has been beefed up in Pahalgam and forces have rushed to cordon off the area" is a claim on the attack told', () => {
    const text = [
      'Gunmen opened fire on tourists in a meadow near Pahalgam in Kashmir on Tuesday, killing at least 26 people, police said.',
      'The security has been beefed up in Pahalgam and forces have rushed to cordon off the area.',
    ].join('\n\n');
    const found = run(text, '2025-04-22');
    expect(found).toHaveLength(1);
    expect(opensOne(found, /^The security has been beefed up/)).toBe(false);
    expect(withQuote(found, /beefed up/)).toBeDefined();
  });
  it('but the army enlisted to back up the police during unrest stays a happening of its own', () => {
    const text = [
      'Police fired tear gas at protesters in Dakar on Friday as clashes left nine people dead.',
      'The government enlisted the army to back up the many riot police still stationed around the city.',
    ].join('\n\n');
    const found = run(text, '2023-06-03');
    expect(opensOne(found, /^The government enlisted the army/)).toBe(true);
  });
});

describe('officials at the site of a happening', () => {
  it('"The ambassador visited the site in Mangaf to understand the situation" is a claim on the fire told', () => {
    const text = [
      'A fire tore through a building housing foreign workers in the Mangaf district of Kuwait on Wednesday, killing at least 49 people.',
      'The Indian ambassador to Kuwait, Adarsh Swaika, visited the site in Mangaf to understand the situation.',
    ].join('\n\n');
    const found = run(text, '2024-06-12');
    expect(opensOne(found, /^The Indian ambassador/)).toBe(false);
    expect(withQuote(found, /visited the site/)).toBeDefined();
  });
  it('but a minister arriving for talks, in a report of visits, stays a candidate', () => {
    const text = [
      'US Secretary of State Antony Blinken arrived in Manila on Friday for talks with President Marcos.',
      'Blinken later arrived at the site of the new embassy annex in Manila for a ceremony.',
    ].join('\n\n');
    const found = run(text, '2022-08-05');
    expect(opensOne(found, /^US Secretary of State Antony Blinken arrived/)).toBe(true);
  });
});
