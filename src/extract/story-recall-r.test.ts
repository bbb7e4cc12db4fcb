/**
 * What the R story-recall round fixed, as general rules. The harm a storm did to what a place
 * runs on, told with no other cue: "all power across the island was knocked out", "100 percent
 * of customers were without power", "Intense flooding was reported across the territory": lines
 * down, a place without power, flooding reported there are a happening at that place, not talk.
 * What water or a blow did to what was built, told with a share or two fates: "The international
 * airport is underwater", "60 percent of the homes in the town have been damaged or destroyed":
 * an airport or a runway under water is as flooded as a street, and homes "damaged or destroyed"
 * are gone as much as homes "destroyed". Harm told as the state a report finds ("have been
 * damaged or destroyed") was done before the day it was seen: dated by the report, not by the
 * day of the visit told just before. "Nassau, Bahamas, September 3, 2019 (The Nassau
 * Guardian):": a dateline with its city in capitals and small letters, a full date and the
 * outlet is the filing's, as an all-capitals one is. "two of the victims airlifted from Abaco to
 * New Providence ... died": where the hurt were flown for care is not where the harm was done,
 * whatever place they were flown from. "the volcano emitted a large plume of ash", "after it
 * suddenly shot a column of ash and steam": a volcano sending up ash or steam is its eruption,
 * told with its own verb. "The Airbus A320 crashed on March 24 with 150 people on board": an
 * airliner named by its maker is a plane, and its crash a happening.
 */
import { describe, expect, it } from 'vitest';
import { distanceKm } from './geo';
import { candidatesOf as run, opensOne, where, withQuote } from './test-support';

const lede = 'Hurricane Maria slammed into eastern Puerto Rico on Wednesday morning as a Category 4 storm.';

describe('a place\'s power or lines lost to a storm', () => {
  it('"all power across the island was knocked out" is told of the storm, not dropped as talk', () => {
    const text = `${lede}\n\nThe governor's press secretary told reporters that all power across the island was knocked out.`;
    expect(withQuote(run(text, '2017-09-21'), /^The governor's press secretary/)).toBeDefined();
  });
  it('"100 percent of customers were without power" is one too', () => {
    const text = `${lede}\n\nAs of noon local time, 100 percent of customers of the island's sole energy provider were without power.`;
    expect(opensOne(run(text, '2017-09-21'), /^As of noon local time/)).toBe(true);
  });
  it('but a strike that left a city without power stays a strike', () => {
    const found = withQuote(run('A missile strike on the power plant in Kharkiv on Tuesday left the city without power.', '2024-03-23'), /^A missile strike/);
    expect(found?.properties.category).toBe('strike');
  });
});

describe('power lost, told after flooding with its source first', () => {
  it('is a happening of its own, not a detail of the flooding', () => {
    const text = [
      lede,
      'Intense flooding was reported across the territory, particularly in San Juan, the capital.',
      'The governor\'s press secretary told reporters that all power across the island was knocked out.',
    ].join('\n\n');
    expect(opensOne(run(text, '2017-09-21'), /^The governor's press secretary/)).toBe(true);
  });
});

describe('flooding reported across a place', () => {
  it('is a happening at the place it names', () => {
    const text = `${lede}\n\nIntense flooding was reported across the territory, particularly in San Juan, the capital, where many residential streets looked like rivers.`;
    const found = withQuote(run(text, '2017-09-21'), /^Intense flooding was reported/);
    expect(found).toBeDefined();
    expect(distanceKm(where(found!), [-66.1, 18.47])).toBeLessThan(30);
  });
});

describe('what water or a blow did to what was built, told plainly', () => {
  const storm = 'Hurricane Dorian tore through the Abaco Islands on Sunday as a Category 5 storm.';
  it('"The international airport in Abaco is underwater" is flooding there', () => {
    const text = `${storm}\n\n“The international airport in Abaco is underwater,” the prime minister said on Tuesday.`;
    expect(opensOne(run(text, '2019-09-03'), /^“The international airport/)).toBe(true);
  });
  it('"60 percent of the homes in Marsh Harbour have been damaged or destroyed" is harm done there', () => {
    const text = `${storm}\n\nHe estimated that 60 percent of the homes in Marsh Harbour have been damaged or destroyed.`;
    expect(opensOne(run(text, '2019-09-03'), /^He estimated that 60 percent/)).toBe(true);
  });
});

describe('harm told as a state the report finds, with no day of its own', () => {
  const text = [
    'Hurricane Dorian tore through the Abaco Islands on Sunday as a Category 5 storm.',
    'The prime minister, who went on a reconnaissance mission earlier today, said parts of Abaco have been decimated.',
    'He estimated that 60 percent of the homes in Marsh Harbour have been damaged or destroyed.',
  ].join('\n\n');
  it('is not dated by the day the harm was seen: the harm was done before it', () => {
    const homes = withQuote(run(text, '2019-09-03'), /^He estimated that 60 percent/);
    expect(homes).toBeDefined();
    expect(homes!.properties.start < '2019-09-03').toBe(true);
  });
  it('but harm told as done that day keeps the day ("were destroyed on Tuesday")', () => {
    const homes = withQuote(run(text.replace('have been damaged or destroyed', 'were destroyed on Tuesday'), '2019-09-04'), /^He estimated that 60 percent/);
    expect(homes?.properties.start).toBe('2019-09-03');
  });
});

describe('a dateline in capitals and small letters, with a full date and the outlet', () => {
  it('dates the filing, not the toll told after it', () => {
    const text = 'Nassau, Bahamas, September 3, 2019 (The Nassau Guardian): The death toll from Hurricane Dorian climbed to seven, and the prime minister said he expects that number to climb even further.';
    const toll = withQuote(run(text, '2019-09-03'), /death toll from Hurricane Dorian/);
    expect(toll).toBeDefined();
    expect(toll!.properties.start < '2019-09-03').toBe(true);
  });
  it('and its city is where the report was filed, not where the toll is', () => {
    const text = 'Nassau, Bahamas, September 3, 2019 (The Nassau Guardian): The death toll from Hurricane Dorian climbed to seven after two of the victims airlifted from Abaco to New Providence died.';
    const toll = withQuote(run(text, '2019-09-03'), /death toll from Hurricane Dorian/);
    expect(toll?.properties.place).not.toBe('nassau');
  });
  it('so only the day the sentence tells after it dates what it tells', () => {
    const text = 'Nassau, Bahamas, September 3, 2019 (The Nassau Guardian): Hurricane Dorian destroyed homes in Abaco on Sunday.';
    const starts = run(text, '2019-09-03').map((c) => c.properties.start);
    expect(starts).toEqual(['2019-09-01']);
  });
});

describe('the hurt flown from one place to another for care', () => {
  it('are counted where they were flown from, not where they were flown to', () => {
    const text = 'The death toll from Hurricane Dorian climbed to seven after two of the victims airlifted from Abaco to New Providence for urgent medical attention died.';
    const toll = withQuote(run(text, '2019-09-03'), /death toll from Hurricane Dorian/);
    expect(toll).toBeDefined();
    expect(distanceKm(where(toll!), [-77.06, 26.54])).toBeLessThan(80);
  });
});

describe('a volcano sending up a plume or a column of ash', () => {
  it('is its eruption: those evacuated from near it are told at the volcano', () => {
    const text = [
      'A volcano near the capital spewed a massive cloud of ash on Sunday, forcing the cancellation of flights.',
      'Thousands of people were evacuated from the area near Taal volcano after it suddenly shot a column of ash and steam as high as 15 km into the sky.',
    ].join('\n\n');
    const found = withQuote(run(text, '2020-01-12'), /^Thousands of people were evacuated/);
    expect(found).toBeDefined();
    expect(distanceKm(where(found!), [120.99, 14.0])).toBeLessThan(30);
  });
  it('but ash told only as a measure of the air ("a cloud of smog") is no eruption', () => {
    const found = run('Factories in the city sent a thick cloud of smog over the river on Sunday.', '2020-01-12');
    expect(found.every((c) => c.properties.category !== 'other')).toBe(true);
  });
});

describe('an airliner named by its maker', () => {
  it('"The Airbus A320 crashed on March 24" is a crash, at the place the story is told in', () => {
    const text = [
      'Rescue teams returned to the crash site near Digne-les-Bains in the French Alps on Wednesday.',
      'The Airbus A320 crashed on March 24 with 150 people on board.',
    ].join('\n\n');
    const crash = withQuote(run(text, '2015-03-25'), /^The Airbus A320 crashed/);
    expect(crash).toBeDefined();
    expect(crash!.properties.start).toBe('2015-03-24');
  });
  it('but a market that crashed is no plane\'s', () => {
    expect(run('Shares of Airbus crashed on Tuesday in Paris.', '2015-03-25').every((c) => c.properties.category === 'statement')).toBe(true);
  });
});
