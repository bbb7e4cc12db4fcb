/**
 * Gaps a part of stories never looked at showed (tanker seizures in the Gulf, shelling across
 * the Line of Control in Kashmir, a protest crackdown in Maputo, earthquakes in Sichuan), each
 * as a general rule: a seizure happens where the ship was taken, not at the speaker's capital;
 * police dispersing protesters is a protest and an earthquake that struck is no strike;
 * disputed regions named by who administers them are regions; background is no event.
 */
import { describe, expect, it } from 'vitest';
import { categorize } from './classify';
import { distanceKm } from './geo';
import { candidatesOf as run, where } from './test-support';

const TEHRAN: [number, number] = [51.42, 35.69];
const WASHINGTON: [number, number] = [-77.04, 38.9];

describe('categories', () => {
  it('reads the seizure of a ship as its own kind of event, not a statement or a strike', () => {
    for (const s of [
      'Iran seized a Marshall Islands-flagged oil tanker in the Gulf of Oman on Thursday, the US Navy said.',
      'Pirates hijacked a bulk carrier off the coast of Somalia.',
      'The coast guard detained a fishing vessel and its crew of 12.',
    ]) expect(categorize(s, undefined).category, s).toBe('other');
    // Taking a village is fighting, not a seizure of a ship.
    expect(categorize('Russian forces seized the village of Urozhaine, the ministry said.', undefined).category).not.toBe('other');
  });

  it('reads police dispersing protesters with tear gas or water cannon as a protest', () => {
    for (const s of [
      'Riot police fired tear gas to disperse a crowd protesting against alleged electoral fraud.',
      'Police used water cannon against demonstrators outside parliament on Monday.',
    ]) expect(categorize(s, undefined).category, s).toBe('protest');
  });

  it('does not read an earthquake or a flood that struck as a strike', () => {
    for (const s of [
      'A 6.0 magnitude earthquake and a 5.1 magnitude aftershock struck the area in Sichuan province late Monday night.',
      'The magnitude 6.6 quake hit about 43km southeast of the city of Kangding.',
      'A flash flood struck the village before dawn.',
    ]) expect(categorize(s, undefined).category, s).not.toBe('strike');
  });
});

describe('a seizure happens where the ship was taken', () => {
  it('does not place a seizure at the capital of whoever reports it', () => {
    const found = run('The US Navy said on Thursday that Iran\'s Revolutionary Guard seized a Marshall Islands-flagged oil tanker in the Gulf of Oman.', '2023-04-27');
    const c = found.find((x) => x.properties.category === 'other');
    expect(c).toBeDefined();
    expect(distanceKm(where(c as never), WASHINGTON)).toBeGreaterThan(5000);
    expect(distanceKm(where(c as never), TEHRAN)).toBeGreaterThan(500);
  });
});

describe('disputed regions named by who administers them', () => {
  // Natural Earth admin-1 "Azad Kashmir" (Pakistan) and "Jammu and Kashmir" (India).
  const AZAD: [number, number] = [73.9, 33.9];
  const JAMMU_KASHMIR: [number, number] = [76.5, 34.3];
  const ANANTNAG: [number, number] = [75.15, 33.73];

  it('places "Pakistan-administered Kashmir" in the region Pakistan administers', () => {
    const [c] = run('At least four civilians were killed by Indian shelling inside Pakistan-administered Kashmir on Wednesday, officials said.', '2020-06-18');
    expect(c).toBeDefined();
    expect(distanceKm(where(c as never), AZAD)).toBeLessThan(80);
    expect(c?.properties.place).not.toMatch(/anantnag|cashmere/);
  });

  it('places "Indian-administered Kashmir" in the region India administers', () => {
    const [c] = run('Two soldiers were killed in Indian-administered Kashmir on Monday when Pakistani troops fired across the border, the army said.', '2020-06-18');
    expect(c).toBeDefined();
    expect(distanceKm(where(c as never), JAMMU_KASHMIR)).toBeLessThan(250);
    expect(distanceKm(where(c as never), AZAD)).toBeGreaterThan(150);
  });

  it('reads "the disputed Kashmir region" as the whole region, with a radius that covers both sides', () => {
    const [c] = run('A soldier and two civilians were killed by artillery fire across the Line of Control in the disputed Kashmir region on Wednesday, the army said.', '2020-04-30');
    expect(c).toBeDefined();
    expect(c?.properties.place).not.toMatch(/cashmere|anantnag/);
    const p = where(c as never);
    expect(distanceKm(p, ANANTNAG)).toBeLessThan(300);
    expect(distanceKm(p, [-120.5, 47.5])).toBeGreaterThan(5000);
  });
});

describe('background is no event', () => {
  it('proposes nothing for history told with a year long past', () => {
    const found = run([
      'Pakistani troops fired on Indian posts in the Poonch sector on Wednesday, the army said.',
      '',
      'Despite the ceasefire agreement that was reached between India and Pakistan in November 2003, sporadic skirmishes continue in Kashmir.',
    ].join('\n'), '2020-04-30');
    expect(found.map((c) => c.properties.start)).not.toContain('2003-11-01');
    expect(found.every((c) => c.properties.start >= '2020-01-01')).toBe(true);
  });

  it('gives no candidate the year a ship was built', () => {
    const found = run([
      'Iran seized an oil tanker in the Gulf of Oman on Thursday, the US Navy said.',
      '',
      'The Suezmax oil tanker, built in 2012, issued a distress call during the seizure.',
    ].join('\n'), '2023-04-27');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((c) => c.properties.start >= '2023-01-01')).toBe(true);
  });

  it('proposes nothing for what "has long been"', () => {
    const found = run([
      'Pakistani troops fired on Indian posts in the Poonch sector on Wednesday, the army said.',
      '',
      'Kashmir has long been a flash point between India and Pakistan, which have fought three of their four wars over the region.',
    ].join('\n'), '2020-04-30');
    expect(found.some((c) => /long been/.test(c.properties.claims.map((x) => x.quote).join(' ')))).toBe(false);
  });
});

describe('dates of a lede', () => {
  it('dates "fired tear gas Monday ..., days after ..." in a Monday article to that Monday, once', () => {
    const found = run('Riot police in the capital Maputo fired tear gas Monday to disperse a crowd protesting against alleged electoral fraud, days after two opposition allies were shot dead.', '2024-10-21');
    expect(found.map((c) => [c.properties.start, c.properties.end])).toEqual([['2024-10-21', '2024-10-21']]);
  });
});

describe('the day of a rescue is not the day of the quake', () => {
  it('dates a lede "rescuers searched on Tuesday after an earthquake killed 60" by the sentence that dates the quake', () => {
    const found = run([
      'BEIJING: Rescuers scoured through rubble for hundreds of missing people in parts of southwestern China on Tuesday after an earthquake killed more than 60.',
      '',
      'The magnitude 6.6 quake hit about 43km southeast of the city of Kangding in Sichuan province on Monday, according to the US Geological Survey.',
    ].join('\n'), '2022-09-06');
    expect(found.every((c) => c.properties.start === '2022-09-05')).toBe(true);
  });
});

describe('details that point back at the happening', () => {
  it('joins "... while dispersing the crowd" to the crackdown just told', () => {
    const found = run([
      'Riot police in Maputo fired tear gas on Monday to disperse a crowd protesting against alleged electoral fraud.',
      'The Reuters news agency reported some police officers firing handguns while dispersing the crowd.',
    ].join(' '), '2024-10-21');
    expect(found).toHaveLength(1);
    expect(found[0]?.properties.claims).toHaveLength(2);
  });

  it('joins "the tanker ... during the seizure" to the seizure just told', () => {
    const found = run([
      'Iran seized an oil tanker in the Gulf of Oman on Thursday, the US Navy said.',
      'The tanker issued a distress call during the seizure at around 1 p.m. local time.',
    ].join(' '), '2023-04-27');
    expect(found).toHaveLength(1);
  });
});

describe('a news agency is no place', () => {
  it('does not read "Fars news agency" as the province of Fars', () => {
    const found = run('Iran’s semi-official Fars news agency said on Friday a vessel carrying 900 tons of smuggled fuel and a 12-man crew was seized by the Revolutionary Guard.', '2023-07-07');
    for (const c of found) expect(c.properties.place).not.toMatch(/fars/);
  });
});
