/**
 * Phrases from wire reports on stories the extractor was not written for: the cases
 * (attacks at sea off named ports, clashes at villages on two days reported by an agency in
 * another capital, troops under fire reported on a date) and the date phrases news uses.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from './dates';
import { findFigures } from './figures';
import { distanceKm } from './geo';
import { candidatesOf as run, where } from './test-support';

describe('dates as articles write them', () => {
  const anchor = { start: '2024-12-17', end: '2024-12-17' }; // a Tuesday
  it('reads "on December 14 and 15" as a two-day range, and no day of the month as a figure', () => {
    const text = 'Clashes near the villages went on on December 14 and 15, according to military intelligence.';
    const dates = findDates(text, anchor);
    expect(dates.map((d) => [d.from, d.to, d.precision])).toEqual([['2024-12-14', '2024-12-15', 'range']]);
    expect(findFigures(text, 0, dates)).toEqual([]);
  });

  it('reads "late Tuesday", "Wednesday night" and "on Monday" against the publication date', () => {
    expect(findDates('The strike came late Tuesday.', anchor)[0]).toMatchObject({ from: '2024-12-17', precision: 'day' });
    expect(findDates('Drones flew in on Wednesday night.', anchor)[0]).toMatchObject({ from: '2024-12-11', precision: 'day' });
    expect(findDates('Officials met on Monday.', anchor)[0]).toMatchObject({ from: '2024-12-16', precision: 'day' });
  });

  it('reads abbreviated months ("Oct. 8, 2023", "Feb 7-10")', () => {
    expect(findDates('Tensions escalated on Oct. 8, 2023, after a barrage.', anchor)[0]).toMatchObject({ from: '2023-10-08', to: '2023-10-08' });
    expect(findDates('He will visit from Feb 7-10.', { start: '2017-02-03', end: '2017-02-03' })[0]).toMatchObject({ from: '2017-02-07', to: '2017-02-10', precision: 'range' });
  });

  it('takes no clock time for a figure', () => {
    expect(findFigures('They attacked with up to 300 soldiers at 8:00 a.m. Moscow time.').map((f) => f.text)).toEqual(['up to 300']);
  });
});

describe('events on stories never seen', () => {
  it('places missile attacks off two named Yemeni ports at sea off those ports', () => {
    const found = run([
      'Houthis attack ships off Yemen',
      'The UKMTO said on Monday a vessel was struck by a missile 70 nautical miles southwest of Hodeidah.',
      'A second ship reported an explosion 20 nautical miles west of Mokha, Yemen, on Tuesday.',
      'Another attack was reported in the Gulf of Aden on Wednesday.',
    ].join('\n'), '2024-06-12');
    expect(found.map((c) => c.properties.category)).toEqual(['strike', 'strike', 'strike']);
    const [hodeidah, , aden] = found;
    // Southwest of Hodeidah is at sea in the Red Sea, not in Gaza or in London.
    expect(distanceKm(where(hodeidah as never), [41.9, 13.9])).toBeLessThan(30);
    expect(hodeidah?.properties.start).toBe('2024-06-10');
    expect(aden?.properties.place).toBe('gulf-of-aden');
  });

  it('puts clashes reported by military intelligence in the region named, not in Kyiv, over both days', () => {
    const [c, ...rest] = run(
      'Clashes near the villages of Qwertyzzz, Zzyxovka and Plokhino in the Kursk region took place on December 14 and 15, according to Ukrainian military intelligence.',
      '2024-12-17',
    );
    expect(rest).toEqual([]);
    expect(c?.properties).toMatchObject({ category: 'strike', start: '2024-12-14', end: '2024-12-15', datePrecision: 'range' });
    expect(c?.properties.place).not.toBe('kyiv');
    expect(distanceKm(where(c as never), [36.2, 51.7])).toBeLessThan(200);
    expect(c?.properties.figures).toEqual([]);
  });

  it('places troops under fire in the Kursk region there, on the reported date, not in Moscow', () => {
    const [c] = run('Troops stationed in the Kursk region have come under fire, a Russian official reported on December 3.', '2024-12-10');
    expect(c?.properties).toMatchObject({ start: '2024-12-03', end: '2024-12-03' });
    expect(distanceKm(where(c as never), [36.2, 51.7])).toBeLessThan(150);
  });

  it('never places a strike at the seat of the ministry that reported it', () => {
    const found = run('The Russian Defence Ministry said on Sunday that Ukrainian drones attacked an oil depot overnight.', '2024-12-08');
    for (const c of found) expect(c.properties.place).not.toBe('moscow');
  });

  it('marks an event dated only by its report as such, with no precise day', () => {
    const [c] = run('Police used water cannon to disperse protesters in Tbilisi, a correspondent reports.', '2024-12-07');
    expect(c?.candidate.reportDated).toBe(true);
    expect(c?.properties.datePrecision).toBe('approximate');
    expect((c?.properties.start ?? '') < (c?.properties.end ?? '')).toBe(true);
  });
});

describe('more phrases from unseen stories', () => {
  it('reads "last night\'s strikes" as the night before publication and "overnight" as the night into it', () => {
    const anchor = { start: '2024-01-12', end: '2024-01-12' };
    expect(findDates('It came hours after last night’s strikes.', anchor)[0]).toMatchObject({ from: '2024-01-11', to: '2024-01-11' });
    expect(findDates('Drones were downed overnight.', anchor)[0]).toMatchObject({ from: '2024-01-11', to: '2024-01-12', precision: 'range' });
  });

  it('puts an arrival "from" another city where the story is, with the city it came from as origin', () => {
    const found = run([
      'The secretary arrived in Manila on Friday for talks.',
      'He arrived from Phnom Penh, Cambodia after attending a summit.',
    ].join('\n'), '2022-08-05');
    expect(found[1]?.properties).toMatchObject({ category: 'movement', place: 'manila', placeBasis: 'inferred', origin: 'phnom-penh' });
  });
});

describe('namesakes far from the story', () => {
  it('refuses a small town of the name outside every country the article names and far from its places', () => {
    const found = run('The UKMTO said on Monday it had received a report of an attack on a commercial ship in the Red Sea off the Yemeni city of Mocha.', '2024-04-29');
    expect(found.length).toBeGreaterThan(0);
    // GeoNames holds a Mocha in the Americas but not the Yemeni port: the Red Sea stands, not Brazil.
    for (const c of found) expect(where(c)[0]).toBeGreaterThan(30);
  });
});

describe('diplomatic visits and meetings', () => {
  it('puts a planned visit where it goes, not at the dateline', () => {
    const found = run('BEIJING — Foreign Minister Wang Yi is to pay an official visit to Australia from Feb 7-10, the ministry said.', '2017-02-03');
    expect(found[0]?.properties).toMatchObject({ category: 'movement', start: '2017-02-07', end: '2017-02-10' });
    expect(distanceKm(where(found[0]!), [134, -25])).toBeLessThan(1500);
  });

  it('proposes a planned meeting at the city it names, even when the sentence opens with "In <city>,"', () => {
    const found = run('Blinken arrived in Kazakhstan on Tuesday.\n\nIn Astana, Blinken will meet with President Tokayev.', '2023-02-28');
    const meeting = found.find((c) => c.properties.claims[0]?.quote.startsWith('In Astana'));
    expect(meeting?.properties).toMatchObject({ category: 'statement' });
    expect(distanceKm(where(meeting!), [71.45, 51.17])).toBeLessThan(30);
  });

  it('places each date of a sentence in its own clause, and knows Turkey as a country', () => {
    const found = run('Turkish Foreign Minister Cavusoglu visited Pakistan in January this year and the two ministers also met on 29th March in Dushanbe.', '2021-04-24');
    const january = found.find((c) => c.properties.start === '2021-01-01');
    const march = found.find((c) => c.properties.start === '2021-03-29');
    expect(january?.properties.place).toBe('pakistan'); // not Dushanbe
    expect(distanceKm(where(march!), [68.78, 38.54])).toBeLessThan(30);
    const turkey = run('Foreign Minister Qureshi arrived in Turkey on Friday on a two-day official visit.', '2021-04-24')[0];
    expect(turkey?.properties.place).toBe('turkiye'); // not New Providence, New Jersey
  });
});

describe('spans the text implies', () => {
  it('runs a day on over "a four-day visit"', () => {
    const found = run('Foreign Minister Bilawal Bhutto reached Tokyo on Saturday for a four-day visit, the ministry said.', '2023-07-02');
    expect(found[0]?.properties).toMatchObject({ start: '2023-07-01', end: '2023-07-04', datePrecision: 'range' });
  });
});

describe('combat reported by officials elsewhere', () => {
  it('puts "officials said troops took part in combat on <date>" in the story\'s theatre on that date, not in Washington', () => {
    const found = run([
      'North Korean soldiers were seen in the Kursk region last week, Ukrainian intelligence said.',
      'US officials said troops took part in combat on November 5.',
    ].join('\n'), '2024-11-08');
    expect(found[1]?.properties).toMatchObject({ category: 'strike', place: 'kursk-region', placeBasis: 'inferred', start: '2024-11-05', end: '2024-11-05' });
  });
});
