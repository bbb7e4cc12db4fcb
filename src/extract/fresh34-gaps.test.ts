/**
 * What the fresh-34 round fixed, as general rules. "President Omar al-Bashir was removed from
 * office on April 11 following a military coup": a leader ousted or toppled is a happening, told
 * with no other cue. "SURFSIDE, Fla. —": a town with a state written the way American news
 * abbreviates it is in the United States. "the Ukrainian city of Vinnitsa": a city named with
 * its country's adjective is in that country, not a namesake abroad. "across large swathes of
 * the North Island": a country's own spelling that is an English word for a kind of place
 * ("Island", Iceland's) names no country.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, where, withQuote } from './test-support';

const near = (c: Parameters<typeof where>[0], lon: number, lat: number, deg = 1) => Math.abs(where(c)[0] - lon) < deg && Math.abs(where(c)[1] - lat) < deg;

describe('a leader ousted', () => {
  const opening = 'Security forces stormed the protest camp in Khartoum on Monday, killing at least 13 people.';
  it('is a happening ("was removed from office on April 11 following a military coup")', () => {
    const found = run(`${opening} President Omar al-Bashir was removed from office on April 11 following a military coup.`, '2019-06-03');
    const coup = withQuote(found, /^President Omar al-Bashir was removed/);
    expect(coup).toBeDefined();
    expect(coup?.properties.start).toBe('2019-04-11');
  });
  it('as when the army is said to have done it ("The military ousted President X in April")', () => {
    const found = run(`${opening} The Sudanese military ousted President Omar al-Bashir in April after months of protests over his 30 years in office.`, '2019-06-03');
    expect(withQuote(found, /^The Sudanese military ousted/)).toBeDefined();
  });
  it('a leader only said to fear it is no ouster ("said he would never be ousted")', () => {
    const found = run(`${opening} The president said on Tuesday he would never be ousted.`, '2019-06-03');
    expect(withQuote(found, /would never be ousted/)?.properties.category).not.toBe('other');
  });
});

describe('a town with its state abbreviated', () => {
  it('is in the United States ("SURFSIDE, Fla. —"), and so is the state named after it', () => {
    const found = run('SURFSIDE, Fla. — Early Thursday, a large section of a high-rise condo collapsed in South Florida, leaving at least one person dead and 10 injured.', '2021-06-24');
    const collapse = withQuote(found, /a large section of a high-rise condo/);
    expect(collapse).toBeDefined();
    expect(collapse !== undefined && near(collapse, -81.5, 27.5, 4)).toBe(true);
  });
});

describe('a city named with its country’s adjective', () => {
  it('is in that country, not a namesake abroad ("the Ukrainian city of Vinnitsa", a spelling the gazetteer lacks)', () => {
    const found = run('As a result of a rocket attack on the center of the Ukrainian city of Vinnitsa on Thursday, 22 people were killed, including three children.', '2022-07-14');
    const attack = withQuote(found, /rocket attack on the center/);
    expect(attack !== undefined && near(attack, 31.2, 48.4, 5)).toBe(true);
    expect(found.some((c) => near(c, 34.77, 60.63))).toBe(false);
  });
  it('and is the town of that name there when the gazetteer has it ("the Ukrainian city of Vinnytsia")', () => {
    const attack = withQuote(run('A rocket attack on the Ukrainian city of Vinnytsia on Thursday killed 22 people.', '2022-07-14'), /A rocket attack/);
    expect(attack !== undefined && near(attack, 28.47, 49.23)).toBe(true);
  });
});

describe('a country’s own spelling that is an English word for a kind of place', () => {
  it('is no country in English news ("the North Island" is an island, not Iceland)', () => {
    const found = run('The cyclone’s toll has risen to 11, five days after the storm unleashed across large swathes of the North Island.', '2023-02-19');
    expect(found.some((c) => near(c, -18, 65, 5))).toBe(false);
  });
});
