/**
 * Failures a part of stories never looked at showed (a militia attack in eastern DR Congo,
 * a flash flood in Afghanistan, coast-guard incidents at a shoal), each as a general rule:
 * a militia's initials are no airport town, "the province of X" is the region, a dateline is
 * not the story's theatre, reefs and shoals are places at sea, a toll told right after an
 * attack is a claim of it, and "the night of Tuesday to Wednesday" is one night.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from './dates';
import { distanceKm } from './geo';
import { LOCATIVE_BEFORE, wordsBefore } from './world-places';
import { worldGazetteer } from './world-gazetteer';
import { candidatesOf as run, where } from './test-support';

const NURISTAN: [number, number] = [70.9, 35.35];
const KABUL: [number, number] = [69.17, 34.53];

describe('names that are not places', () => {
  it('takes no short all-capital alternate name (an airport code) for a town', () => {
    expect(worldGazetteer().lookup('ADF')).toBeUndefined();
    expect(worldGazetteer().lookup('Adiyaman')?.country).toBe('TR');
    const found = run('Suspected ADF rebels killed 11 civilians in an attack on Tuesday, the army said.', '2022-10-06');
    for (const c of found) expect(c.properties.place).not.toMatch(/yaman/);
  });
});

describe('regions as articles name them', () => {
  it('reads "the province of X", "X province" and "the X region" as that first-level region', () => {
    for (const phrase of ['in the eastern province of Nuristan', 'in Nuristan province', 'in the Nuristan region']) {
      const [c] = run(`A flash flood killed at least 40 people on Thursday ${phrase}, Afghan officials said.`, '2021-07-30');
      expect(c, phrase).toBeDefined();
      expect(distanceKm(where(c as never), NURISTAN), phrase).toBeLessThan(60);
    }
  });

  it('knows a region by its English name where the map writes it in French ("North Kivu")', () => {
    const [c] = run('Rebels killed 20 civilians on Monday in North Kivu province, in the Democratic Republic of Congo, the army said.', '2022-10-06');
    expect(distanceKm(where(c as never), [28.8, -0.8])).toBeLessThan(200);
  });
});

describe('datelines', () => {
  it('does not make the dateline city the theatre when the body says where it happened', () => {
    const found = run([
      'KABUL: Afghan villagers searched for survivors after a flash flood swept down a narrow valley, killing at least 40 people in the early hours of Thursday, officials said.',
      '',
      'Kamdesh district in the mountainous eastern province of Nuristan had poor telecommunications.',
    ].join('\n'), '2021-07-30');
    const lede = found.find((c) => c.properties.category === 'casualties');
    expect(lede).toBeDefined();
    expect(distanceKm(where(lede as never), KABUL)).toBeGreaterThan(100);
    expect(distanceKm(where(lede as never), NURISTAN)).toBeLessThan(60);
  });
});

describe('reefs and shoals', () => {
  it('places an incident at a named shoal, not at the middle of its sea', () => {
    const [c] = run('Chinese coast guard ships fired water cannon at a Philippine supply boat near the Second Thomas Shoal in the South China Sea on Saturday.', '2023-08-08');
    expect(distanceKm(where(c as never), [115.86, 9.73])).toBeLessThan(20);
    const [s] = run('A Chinese vessel blocked a Philippine ship near Scarborough Shoal on Monday.', '2024-04-30');
    expect(distanceKm(where(s as never), [117.76, 15.15])).toBeLessThan(30);
  });
});

describe('one happening, its toll a claim', () => {
  it('joins a toll told right after an attack to it, with the toll as its figure', () => {
    const found = run([
      'ADF rebels attacked the village of Vido in North Kivu on Tuesday, in the east of the Democratic Republic of Congo. 11 civilians have been savagely killed with knives, the local civil society says.',
      '',
      'In the Batangi-Mbau groupment, the toll of the incursion of ADF fighters into the village of Kota Okola last Monday has increased. Civil society sources speak of 20 dead.',
    ].join('\n'), '2022-10-06');
    expect(found).toHaveLength(2);
    expect(found[0]?.properties.claims).toHaveLength(2);
    expect(found[0]?.properties.figures.map((f) => f.value)).toContain(11);
    expect(found[1]?.properties.figures.map((f) => f.value)).toContain(20);
  });
});

describe('one night, two dates', () => {
  it('reads "the night of Tuesday to Wednesday" as one range over both days', () => {
    const dates = findDates('The rebels made a new deadly attack on the night of Tuesday to Wednesday in the village.', { start: '2022-10-06', end: '2022-10-06' });
    expect(dates).toHaveLength(1);
    expect(dates[0]).toMatchObject({ from: '2022-10-04', to: '2022-10-05' });
    const found = run('ADF rebels made a deadly attack on the night of Tuesday to Wednesday in the village of Vido in North Kivu, Democratic Republic of Congo.', '2022-10-06');
    expect(found).toHaveLength(1);
    expect(found[0]?.properties).toMatchObject({ start: '2022-10-04', end: '2022-10-05' });
  });
});

describe('possessives', () => {
  it('reads "Congo\'s North Kivu province" as the country and then the region', () => {
    const [c] = run("At least 16 people were killed on Tuesday by a rebel group based in eastern Democratic Republic of Congo's North Kivu province, local officials said.", '2024-06-05');
    expect(c?.properties.place).toMatch(/kivu/);
  });
});

describe('wordsBefore', () => {
  it('keeps the whole words just before a name, never the tail of a cut word', () => {
    expect(wordsBefore('clashes in Kursk', 11)).toBe('clashes in ');
    const long = `${'x'.repeat(200)} the margin in `;
    const at = long.length;
    const before = wordsBefore(long, at);
    expect(before.length).toBeLessThanOrEqual(120);
    expect(before.endsWith(' the margin in ')).toBe(true);
    // Cut inside a word, the window drops it: "margin" cut to "in" would read as a locative.
    const cut = wordsBefore(`${'y'.repeat(150)} margin Kursk`, 150 + 8);
    expect(cut).toBe(' margin ');
    // A window that starts on the "in" of a cut "margin" is not a locative.
    const text = `${'z'.repeat(100)} margin ${'word '.repeat(23)}a Kursk`;
    const name = text.indexOf('Kursk');
    expect(text.slice(name - 120, name).startsWith('in ')).toBe(true);
    expect(LOCATIVE_BEFORE.test(wordsBefore(text, name))).toBe(false);
  });
});
