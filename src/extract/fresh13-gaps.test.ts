/**
 * Places the fresh-13 round fixed, each as a general rule: a number word opening a sentence
 * ("One survivor was ...") is a count, never a town of that name; a place a boat or a convoy
 * left is where it came from, never the story's theatre.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, where, withQuote } from './test-support';
import { distanceKm } from './geo';

describe('a shipwreck whose lede names no place', () => {
  const text = [
    'At least 40 migrants died when their overcrowded boat broke apart off the Greek coast before dawn on Sunday.',
    '',
    'One survivor was arrested on people-smuggling charges, the coast guard said.',
    '',
    'The boat had left Tobruk in eastern Libya four days earlier, survivors said.',
    '',
    'Nikos Georgiou, the mayor of Pylos, said women and children were among the dead.',
  ].join('\n');

  it('is not placed where the boat set out from ("had left Tobruk") nor at a town named "One"', () => {
    const lede = withQuote(run(text, '2023-06-12'), /^At least 40 migrants died/);
    expect(lede).toBeDefined();
    // Pylos, the town the article names on the coast, not Tobruk (Libya) 700 km away.
    expect(distanceKm(where(lede!), [21.696, 36.913])).toBeLessThan(30);
  });
});

describe('several sites of one city struck on the story\'s day', () => {
  const text = [
    'KHERSON, Ukraine, March 12, 2024 - Drones struck the railway station and cut power across Kherson on Tuesday, officials said, the second straight day the city has come under attack.',
    '',
    'The strikes come a day after the main grain terminal was hit, in a city which had until Sunday been spared such raids.',
    '',
    'The attacks were the heaviest in months, a regional official said, and schools were closed.',
    '',
    'Residents described a night of fear, and many left for villages outside the city.',
    '',
    'Another drone targeted the river port in the city centre, a military source said.',
    '',
    'A third drone hit a fuel depot near the southern market, where displaced families have relocated from Mykolaiv.',
    '',
    'Drones also hit the main power substation of Kherson, causing a blackout, the power company said.',
  ].join('\n');
  const found = () => run(text, '2024-03-12');

  it('dates "Another drone targeted ..." and "A third drone hit ..." to the story\'s day, not the report window', () => {
    for (const start of [/^Another drone targeted/, /^A third drone hit/, /^Drones also hit/]) {
      const c = withQuote(found(), start);
      expect(c?.properties.start, String(start)).toBe('2024-03-12');
      expect(c?.properties.end, String(start)).toBe('2024-03-12');
    }
  });

  it('does not take "had until Sunday been spared" for the day of anything', () => {
    const c = withQuote(found(), /^The strikes come a day after/);
    expect(c?.properties.start).not.toBe('2024-03-10');
  });

  it('places the city\'s strikes in the city, not where its displaced came from ("relocated from Mykolaiv")', () => {
    const c = withQuote(found(), /^Another drone targeted/);
    expect(distanceKm(where(c!), [32.617, 46.655])).toBeLessThan(25);
  });
});

describe('a city that opens the lede as the subject of what it went through', () => {
  it('is the theatre ("Odesa experienced explosions early Wednesday"), not a city an army once advanced through', () => {
    const found = run([
      'Odesa experienced explosions early Wednesday, as reported by a Reuters witness.',
      '',
      'On Tuesday, fires and explosions were part of a days-long drone attack targeting the region\'s main fuel depots.',
      '',
      'The city later became a hub for grain exports after Russian forces advanced through Kherson.',
    ].join('\n'), '2024-03-13');
    const c = withQuote(found, /^On Tuesday, fires and explosions/);
    expect(distanceKm(where(c!), [30.733, 46.477])).toBeLessThan(25);
  });
});

describe('a sentence that tells only what was not said or is not known', () => {
  const text = [
    'KHERSON, Ukraine, March 12, 2024 - Drones struck the railway station in Kherson on Tuesday, officials said.',
    '',
    'Russia has not claimed the attacks on the city, which lies across the river from its positions.',
    '',
    'The regional administration and the army did not release any statements regarding this fresh wave of drone attacks in Kherson.',
    '',
    'Details on the exact locations of the blasts in Kherson remain unclear, with no immediate comment from either side.',
    '',
    'The army has not confirmed the toll, but witnesses said 12 people were killed in Kherson.',
  ].join('\n');
  const found = () => run(text, '2024-03-12');

  it('proposes no event for "has not claimed", "did not release any statements" or "remain unclear, with no immediate comment"', () => {
    for (const start of [/^Russia has not claimed/, /^The regional administration and the army did not release/, /^Details on the exact locations/]) {
      expect(withQuote(found(), start), String(start)).toBeUndefined();
    }
  });

  it('keeps what a sentence tells after "but" ("has not confirmed the toll, but witnesses said 12 people were killed")', () => {
    expect(withQuote(found(), /^The army has not confirmed the toll/)).toBeDefined();
  });
});

describe('background told as a trend or a span of time', () => {
  const text = [
    'Floods swept through the hill town of Teresopolis on Tuesday, killing at least 20 people, officials said.',
    '',
    'The hills around Teresopolis have seen similar disasters in recent decades, with more than 500 people killed.',
    '',
    'Since November, heavy rains have caused deadly floods and landslides across Minas Gerais state.',
    '',
    'The rebels recently increased their drone attacks against army bases around Teresopolis.',
  ].join('\n');
  const found = () => run(text, '2022-01-12');

  it('proposes no event for "in recent decades", "Since November, ... have caused" or "recently increased"', () => {
    expect(withQuote(found(), /^Floods swept through/)).toBeDefined();
    for (const start of [/^The hills around Teresopolis/, /^Since November, heavy rains/, /^The rebels recently increased/]) {
      expect(withQuote(found(), start), String(start)).toBeUndefined();
    }
  });
});
