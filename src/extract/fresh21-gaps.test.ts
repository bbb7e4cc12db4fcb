/**
 * What the fresh-21 round fixed, each as a general rule: a dateline that stands as a sentence
 * of its own ("Pretoria, Republic of South Africa (Weltexpress).") names where the report was
 * filed, not where its news happened, and gives the article no theatre; a dateline naming two
 * places joined by a slash ("Harda/Bhopal (Madhya Pradesh):") is a dateline for both, so
 * neither is where the sentence's happening is; an earlier happening told in a sentence of its
 * own that opens with its month or day ("In October 2002, militants took 800 people hostage at
 * a Moscow theater.") is an event of its own, however long ago, not background; two capitals
 * alone ("a bomb planted by IS") are an acronym, never a town that bears those letters; a toll
 * told in another country than the happening's ("In Malawi, the storm killed 13 people", "The
 * French territory of Mayotte ... with 31 deaths") is that country's toll, not a count of the
 * happening told before; a toll the storm "had already" claimed is not dated to the story's day;
 * a city the hurt were taken to for care ("34 were referred to Bhopal", "Hospital in Bhopal")
 * is not the article's theatre.
 */
import { describe, expect, it } from 'vitest';
import { distanceKm } from './geo';
import { candidatesOf as run, quotes, where, withQuote } from './test-support';

describe('a dateline standing as a sentence of its own', () => {
  it('does not put the news where the report was filed', () => {
    const text = [
      'Pretoria, Republic of South Africa (Weltexpress). The death toll from the cyclone, which hit the north of the country on 15 December 2024, has risen to 45.',
      'Earlier reports spoke of 34 deaths.',
      'The provinces of Cabo Delgado and Nampula were the most affected, with roads flooded.',
    ].join('\n\n');
    const found = run(text, '2024-12-19');
    const PRETORIA: [number, number] = [28.19, -25.75];
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(distanceKm(where(c), PRETORIA)).toBeGreaterThan(500);
  });
});

describe('a dateline naming two places joined by a slash', () => {
  it('puts the happening at neither dateline place but where the text says it was', () => {
    const text = [
      'Harda/Bhopal (Madhya Pradesh): An explosion and subsequent blaze at a firecrackers factory in the town killed 11 people and left 200 others injured on Tuesday, officials said.',
      'The incident occurred in Bairagarh locality on the outskirts of Harda town.',
    ].join('\n\n');
    const found = run(text, '2024-02-07').filter((c) => quotes(c).some((q) => /An explosion/.test(q)));
    const BHOPAL: [number, number] = [77.4, 23.26];
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(distanceKm(where(c), BHOPAL)).toBeGreaterThan(60);
  });
});

describe('an earlier happening told in a sentence that opens with its month', () => {
  it('is a candidate of its own, dated to that month, even years before the report', () => {
    const text = [
      'Gunmen killed more than 60 people at a concert hall near Moscow on Friday.',
      'Russia has been the target of deadly attacks by militants before. In October 2002, militants took about 800 people hostage at a Moscow theater. In September 2004, about 30 militants seized a school in Beslan in southern Russia, taking hundreds of hostages.',
    ].join('\n\n');
    const found = run(text, '2024-03-23');
    const theater = withQuote(found, /^In October 2002/);
    expect(theater?.properties.start).toBe('2002-10-01');
    const school = withQuote(found, /^In September 2004/);
    expect(school?.properties.start).toBe('2004-09-01');
  });

  it('leaves a sentence whose only date, years back, does not open it as background', () => {
    const text = [
      'Gunmen killed more than 60 people at a concert hall near Moscow on Friday.',
      'The hall, which opened in October 2009, hosts concerts by Russian bands.',
    ].join('\n\n');
    expect(withQuote(run(text, '2024-03-23'), /^The hall/)).toBeUndefined();
  });
});

describe('two capitals alone', () => {
  it('are an acronym, not a town of that name', () => {
    const text = [
      'Gunmen killed more than 60 people at a concert hall in Moscow on Friday.',
      'IS terrorists dressed in camouflage uniforms entered the building and opened fire. In October 2015, a bomb planted by IS downed a Russian passenger plane, killing all 224 people on board.',
    ].join('\n\n');
    expect(run(text, '2024-03-23').length).toBeGreaterThan(0);
    for (const c of run(text, '2024-03-23')) expect(c.properties.place).not.toBe('is');
  });
});

describe('a toll told in another country', () => {
  it('is a candidate of its own in that country, not a count of the happening before it', () => {
    const text = [
      'The death toll from the cyclone, which hit the north of the country on 15 December 2024, has risen to 45.',
      'The provinces of Cabo Delgado and Nampula were the most affected. The French territory of Mayotte in the Indian Ocean was the first to be affected, with 31 deaths. In Malawi, the storm killed 13 people.',
    ].join('\n\n');
    const found = run(text, '2024-12-19');
    const lede = withQuote(found, /^The death toll/);
    const mayotte = withQuote(found, /^The French territory/);
    const malawi = withQuote(found, /^In Malawi/);
    expect(mayotte).toBeDefined();
    expect(malawi).toBeDefined();
    expect(mayotte).not.toBe(lede);
    expect(malawi).not.toBe(lede);
    expect(malawi).not.toBe(mayotte);
    expect(mayotte?.properties.place).toBe('mayotte');
    expect(malawi?.properties.place).toBe('malawi');
  });
});

describe('a toll the happening had already claimed', () => {
  it('is not dated to the day the story goes on with', () => {
    const text = [
      'Typhoon Yagi made landfall in northern Vietnam on Saturday, killing at least two people.',
      'Earlier in the day, a motorcyclist was killed after a tree fell on him in the northern Hai Duong province. Yagi had already claimed the lives of at least 16 people in the Philippines, the first country it hit.',
    ].join('\n\n');
    const toll = withQuote(run(text, '2024-09-07'), /^Yagi had already/);
    expect(toll).toBeDefined();
    expect(toll?.properties.datePrecision).not.toBe('day');
  });
});

describe('a city the hurt were taken to for care', () => {
  it('is not the theatre a sentence without its own place is put in', () => {
    const text = [
      'An explosion at a firecrackers factory killed 11 people and left 200 others injured on Tuesday, officials said.',
      'Three persons were arrested in connection with the incident, a senior official said.',
      'The incident occurred in Bairagarh locality on Magardha Road, on the outskirts of Harda town, prompting the state government to seek helicopters for evacuation.',
      '"So far, 174 people have been rescued from the incident site -- 34 were referred to Bhopal and Hoshangabad and six to Indore, while many others were undergoing treatment in district hospital. One death has been reported from among the people who were referred," the commissioner told reporters.',
      'Chief Minister Mohan Yadav visited Hamidia Hospital in Bhopal to meet the injured persons.',
    ].join('\n\n');
    const blast = withQuote(run(text, '2024-02-07'), /^An explosion/);
    const BHOPAL: [number, number] = [77.4, 23.26];
    expect(blast).toBeDefined();
    expect(distanceKm(where(blast as NonNullable<typeof blast>), BHOPAL)).toBeGreaterThan(60);
  });
});
