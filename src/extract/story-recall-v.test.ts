/**
 * What the V story-recall round fixed, as general rules. "in eThekwini", "uMgungundlovu": a
 * place name written with a lower-case prefix before its capital (as southern African names
 * often are) is a name, looked up as any other. "The eThekwini metro is most affected with 355
 * deaths, followed by Ilembe with 28, Ugu with 6 and Zululand with 2": deaths listed district by
 * district, each "X with N", are a toll of each district; a district no gazetteer holds lies in
 * the first-level region of the districts the list names that it does know. "in Surfside
 * Thursday afternoon": a weekday after a town is the day, not part of an organisation's name.
 * "Rescue teams have returned to the crash site for search and recovery operations": the rescue
 * at a crash or collapse site, told with no other cue, is a happening, and the crash told after
 * it is not the rescue told again. "The condo tower ... crumpled": a building that fell is a
 * happening. "when Gabrielle hit", after "Cyclone Gabrielle": the storm by its name. "WASHINGTON
 * •": a bullet ends a dateline too, and a report filed from abroad that names one other country
 * is about that country; "an attack that would leave dozens dead" is what a past deed did, not
 * a forecast. "Search teams have been scouring the beach ... in the search for victims": a
 * search going on is the day's news, not background.
 */
import { describe, expect, it } from 'vitest';
import { distanceKm } from './geo';
import { candidatesOf as run, quotes, where, withQuote } from './test-support';

describe('a place name with a lower-case prefix before its capital', () => {
  it('"in eThekwini" is found as the city the gazetteer knows by that name', () => {
    const found = withQuote(run('Floods killed at least 12 people in eThekwini on Tuesday, officials said.', '2022-04-13'), /^Floods killed/);
    expect(found).toBeDefined();
    expect(distanceKm(where(found!), [31.03, -29.86])).toBeLessThan(30);
  });
});

describe('deaths listed district by district, each "X with N"', () => {
  const text = [
    'Floods have killed 395 people in the province since the weekend, officials said on Friday.',
    'Officials gave a breakdown of the deaths by district. The eThekwini metro is most affected with 355 deaths, followed by Ilembe with 28, Ugu with 6, King Cetshwayo with 4 and uMzinyathi with 2.',
  ].join('\n\n');
  const found = run(text, '2022-04-15');
  it('gives one candidate per district, each with its own figure', () => {
    const listed = found.filter((c) => quotes(c).some((q) => /^The eThekwini metro/.test(q)));
    expect(listed.length).toBeGreaterThanOrEqual(5);
    expect(listed.some((c) => c.properties.figures.some((f) => f.value === 28))).toBe(true);
  });
  it('puts a district no gazetteer holds in the province of the one it knows, not abroad', () => {
    const listed = found.filter((c) => quotes(c).some((q) => /^The eThekwini metro/.test(q)) && c.properties.figures.length === 1 && c.properties.figures[0]?.value === 4);
    expect(listed.length).toBe(1);
    expect(distanceKm(where(listed[0]!), [31.03, -29.86])).toBeLessThan(250);
  });
  it('but a list of teams with their points is no toll', () => {
    const other = run('The floods killed 12 people in Durban on Friday. Sharks finished with 28, Stormers with 6 and Bulls with 4.', '2022-04-15');
    expect(other.length).toBeLessThanOrEqual(1);
  });
});

describe('a weekday written straight after a town, American style', () => {
  it('"in Surfside Thursday afternoon" names the town, not an organisation called "Surfside Thursday"', () => {
    const found = withQuote(run('A 12-story condo tower partially collapsed in Surfside Thursday afternoon, trapping residents inside the wreckage.', '2021-06-24'), /^A 12-story condo tower/);
    expect(found).toBeDefined();
    expect(distanceKm(where(found!), [-80.126, 25.878])).toBeLessThan(10);
  });
});

describe('a rescue or recovery at the site, told with no other event word', () => {
  it('"Rescue teams have returned to the crash site ... for search and recovery operations" is a happening there', () => {
    const found = withQuote(run('Rescue teams have returned to the crash site in the southern French Alps for search and recovery operations.', '2015-03-25'), /^Rescue teams have returned/);
    expect(found).toBeDefined();
    expect(found?.properties.category).toBe('other');
  });
  it('"prompted a massive search-and-rescue effort, with first responders combing through the rubble" is one too', () => {
    const found = withQuote(run('The disaster in Surfside prompted a massive search-and-rescue effort, with first responders combing through the rubble.', '2021-06-24'), /^The disaster in Surfside/);
    expect(found).toBeDefined();
  });
  it('but rescue teams trained or praised, with no site, are not', () => {
    const found = run('Rescue teams from Japan trained with local firefighters in Manila, the ministry said in a statement praising their work.', '2021-06-24');
    expect(found.every((c) => c.properties.category !== 'other')).toBe(true);
  });
});

describe('the crash told after the rescue at its site', () => {
  it('is its own happening, on its own day, not the rescue told again', () => {
    const text = 'Rescue teams have returned to the crash site in the southern French Alps for search and recovery operations.\n\nThe Airbus A320 crashed near Digne on March 24 with 150 people on board.';
    const found = run(text, '2015-03-25');
    const rescue = withQuote(found, /^Rescue teams have returned/);
    const crash = withQuote(found, /^The Airbus A320 crashed/);
    expect(rescue).toBeDefined();
    expect(crash).toBeDefined();
    expect(rescue).not.toBe(crash);
    expect(crash?.properties.start).toBe('2015-03-24');
    expect(rescue?.properties.end).toBe('2015-03-25');
  });
});

describe('a building that collapsed, told with no other cue', () => {
  it('"The oceanfront condo tower crumpled ... a little after 1:30 a.m." is a happening', () => {
    const found = withQuote(run('The oceanfront condo tower in Surfside crumpled with a loud bang a little after 1:30 a.m. on Thursday, trapping residents asleep in their beds inside the wreckage.', '2021-06-24'), /^The oceanfront condo tower/);
    expect(found).toBeDefined();
    expect(found?.properties.category).toBe('other');
  });
  it('but prices or talks that collapsed are not', () => {
    const found = run('Talks between the two parties collapsed in Geneva on Thursday, and house prices crumpled.', '2021-06-24');
    expect(found.every((c) => c.properties.category !== 'other')).toBe(true);
  });
});

describe('a storm named alone, after the article has named it as a storm', () => {
  it('"when Gabrielle hit" is the cyclone\'s blow, not a strike', () => {
    const text = 'Until Cyclone Gabrielle hit, the valley near Napier was known for its vineyards.\n\nThe vines in Napier were completely submerged as 7 metres of water swept through when Gabrielle hit on Tuesday.';
    const found = withQuote(run(text, '2023-02-16'), /^The vines in Napier/);
    expect(found).toBeDefined();
    expect(found?.properties.category).not.toBe('strike');
  });
});

describe('a report filed from one capital about another country', () => {
  it('"WASHINGTON •" is the filing\'s dateline; a blast told with no place is in the country the report is about', () => {
    const text = [
      'WASHINGTON • The suicide bomber waited until the last possible moment, US officials said.',
      'A crowd of Afghans straining to get into the airport had converged on the main gate.',
      'And then he detonated the bomb, which was unusually large for a suicide vest, killing himself and dozens of people.',
    ].join('\n\n');
    const found = withQuote(run(text, '2021-08-29'), /^And then he detonated the bomb/);
    expect(found).toBeDefined();
    expect(found?.properties.place).toBe('afghanistan');
  });
});

describe('what a past deed went on to do, told from before it', () => {
  it('"an attack that would leave dozens of people dead" is reported, not a forecast', () => {
    const found = withQuote(run('In Kabul on Thursday he detonated the bomb, igniting an attack that would leave dozens of people dead.', '2021-08-29'), /^In Kabul on Thursday/);
    expect(found?.properties.claims[0]?.status).toBe('reported');
  });
  it('but "a strike would leave the city dark" stays a forecast', () => {
    const found = withQuote(run('Officials in Kyiv said on Thursday that a strike on the plant would leave the city without power.', '2021-08-29'), /^Officials in Kyiv/);
    expect(found?.properties.claims[0]?.status).not.toBe('reported');
  });
});

describe('a search for victims going on, told in the present perfect', () => {
  it('"Search teams have been scouring the beach ... in the search for victims" is the day\'s news, not background', () => {
    const text = 'A body was found in a home in Onekawa, Napier on Sunday.\n\nSearch teams have been scouring the beach near the river mouth in Napier, in the search for victims.';
    expect(withQuote(run(text, '2023-02-19'), /^Search teams have been scouring/)).toBeDefined();
  });
});
