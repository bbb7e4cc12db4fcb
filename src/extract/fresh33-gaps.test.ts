/**
 * What the fresh-33 round fixed, as general rules. "The Airbus A320 had been en route from
 * Lisbon, Portugal to Hamburg, Germany": the towns of a craft's route, with the countries
 * written after them, are where it came from and was going, never where it crashed; the crash
 * and its toll are not placed at them.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, where, withQuote } from './test-support';

const near = (c: Parameters<typeof where>[0], lon: number, lat: number) => Math.abs(where(c)[0] - lon) < 1 && Math.abs(where(c)[1] - lat) < 1;

describe('the route of a craft', () => {
  const text = [
    'A plane carrying 120 passengers and six crew members crashed in the French Alps Tuesday.',
    'The Airbus A320 had been en route from Lisbon, Portugal to Hamburg, Germany. All passengers are believed to be dead.',
  ].join('\n\n');
  it('is not the place of the crash ("en route from X, Country to Y, Country")', () => {
    const found = run(text, '2015-03-24');
    const crash = withQuote(found, /A plane carrying 120/);
    expect(crash === undefined || !near(crash, 9.99, 53.55)).toBe(true);
    expect(found.some((c) => near(c, 9.99, 53.55))).toBe(false);
  });
  it('nor of its toll', () => {
    const toll = withQuote(run(text, '2015-03-24'), /All passengers are believed/);
    expect(toll === undefined || !near(toll, 9.99, 53.55)).toBe(true);
    expect(toll === undefined || !near(toll, 10.0, 51.0)).toBe(true);
  });
  it('a flight told from one town to another is still no place ("flight from X to Y crashed")', () => {
    const found = run('Flight 9525 from Lisbon to Hamburg crashed in the French Alps on Tuesday, officials said.', '2015-03-24');
    expect(found.some((c) => near(c, 9.99, 53.55) || near(c, -9.14, 38.72))).toBe(false);
  });
});

describe('a word that counts, opening a sentence', () => {
  it('is no town that has it for a name ("Most of them were German")', () => {
    const found = run('A bus carrying 40 tourists overturned on a mountain road on Tuesday, killing 12. Most of them were German.', '2015-03-24');
    expect(found.some((c) => near(c, 14.51, 51.82))).toBe(false);
  });
  it('nor is "More" in an article that names the French ("More than two million people live in its path")', () => {
    const found = run('French rescuers reached the island on Sunday. More than two million people live in the storm’s path, the UN said.', '2024-12-15');
    expect(found.some((c) => near(c, 6.03, 46.53))).toBe(false);
  });
});

describe('a city named before its airport', () => {
  it('is the place of what the airport did ("Manila international airport has suspended flights")', () => {
    const found = run('Manila international airport has suspended flights over the eruption of a volcano to the south on Sunday.', '2020-01-12');
    expect(found.some((c) => near(c, 120.98, 14.6))).toBe(true);
  });
  it('as with a capital "International Airport"', () => {
    const found = run('Manila International Airport has suspended flights over the eruption of a volcano to the south on Sunday.', '2020-01-12');
    expect(found.some((c) => near(c, 120.98, 14.6))).toBe(true);
  });
});

// "North Abaco", "Central Abaco", "South Abaco": an island or area the regions split by the
// compass is the whole of those regions when named alone.
describe('an area named without the compass words its regions carry', () => {
  it('is the area those regions make up ("Dorian tore through Abaco")', () => {
    const text = 'Bahamians were told to expect more deaths on Tuesday. Five people were confirmed dead in Abaco yesterday.';
    const toll = withQuote(run(text, '2019-09-03'), /Five people were confirmed dead/);
    expect(toll).toBeDefined();
    expect(near(toll!, -77.2, 26.4)).toBe(true);
  });
  it('in two words as in one ("stalling over Grand Bahama")', () => {
    const found = run('The hurricane destroyed hundreds of homes on Grand Bahama in the Bahamas on Monday.', '2019-09-03');
    expect(found.some((c) => near(c, -78.4, 26.6))).toBe(true);
  });
});

// "A volcano near Manila spewed a massive cloud of ash": a volcano told near a town is not in
// the town; its eruption stands for the town's surroundings, as a feature named with a town does.
describe('a volcano told near a town', () => {
  const text = 'A volcano near Manila spewed a massive cloud of ash that drifted across the capital on Sunday, forcing the cancellation of flights.';
  it('stands around the town, not at it', () => {
    const ash = withQuote(run(text, '2020-01-12'), /A volcano near Manila/);
    expect(ash).toBeDefined();
    expect(ash!.properties.place).toBe('around-manila');
  });
  it('a town the happening is told in stays the place ("floods in Manila near the river")', () => {
    const found = run('Floods swept through Manila on Sunday, killing three people.', '2020-01-12');
    expect(found.some((c) => c.properties.place === 'manila')).toBe(true);
  });
});

describe('a volcano told near the town of the dateline', () => {
  it('stands around the town too ("MANILA — A volcano near Manila")', () => {
    const ash = withQuote(run('MANILA — A volcano near Manila spewed a massive cloud of ash on Sunday, forcing the cancellation of flights.', '2020-01-12'), /volcano near Manila/);
    expect(ash?.properties.place).toBe('around-manila');
  });
});

// "crashed in the French Alps": a range or island group named with a country's adjective is
// in that country; the gazetteer has no such range, so the country is where the text puts it.
describe('a range named with a country\'s adjective', () => {
  it('is in that country ("crashed in the French Alps")', () => {
    const crash = withQuote(run('A plane carrying 120 passengers crashed in the French Alps on Tuesday.', '2015-03-24'), /A plane carrying 120/);
    expect(crash).toBeDefined();
    expect(crash!.properties.place).toBe('france');
  });
  it('stands in the part of the country the article names ("the town nearest the crash site")', () => {
    const text = [
      'A plane carrying 120 passengers crashed in the southern French Alps on Tuesday.',
      'The mayor of Seyne-les-Alpes, the town nearest the crash site, said local families would host relatives.',
    ].join('\n\n');
    const crash = withQuote(run(text, '2015-03-24'), /A plane carrying 120/);
    expect(crash && near(crash, 6.36, 44.35)).toBe(true);
  });
});

// "stormed Brazil's Congress": a country's legislature, high court or presidential palace
// sits in its capital; stormed or invaded, that is where it happened.
describe('a country\'s seat of power stormed', () => {
  it('is its capital ("Supporters of X stormed Brazil\'s Congress on Sunday")', () => {
    const found = run('Supporters of the defeated president stormed Brazil\'s Congress on Sunday, demanding that the military restore him to power.', '2023-01-08');
    expect(found.some((c) => near(c, -47.93, -15.78))).toBe(true);
  });
  it('a country\'s body that speaks is no place ("Brazil\'s Congress said")', () => {
    const found = run('Brazil\'s Congress said on Sunday that it would meet again.', '2023-01-08');
    expect(found.some((c) => near(c, -47.93, -15.78))).toBe(false);
  });
});

// "an eruption ... that shut down Manila's international airport": a town named only for the
// airport the happening shut is where its effect was felt, not where it happened; the
// happening stands where the article otherwise tells it.
describe('a town named for the airport a happening shut', () => {
  it('is not the happening\'s place ("shut down Manila\'s international airport")', () => {
    const text = [
      'Tagaytay, Philippines: Red-hot lava gushed out of a volcano after a sudden eruption of ash and steam that forced villagers to flee and shut down Manila\'s international airport, offices and schools.',
      'There were no immediate reports of casualties or major damage from Taal volcano\'s eruption south of Manila on Monday, but clouds of ash blew more than 100 kilometres north, reaching the bustling capital. More than 240 international and domestic flights have been cancelled so far.',
    ].join('\n\n');
    const lava = withQuote(run(text, '2020-01-13'), /Red-hot lava/);
    expect(lava).toBeDefined();
    expect(lava!.properties.place).not.toBe('manila');
    expect(Math.abs(where(lava!)[1] - 14.0) < 0.3).toBe(true);
  });
});
