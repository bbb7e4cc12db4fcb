/**
 * Gaps a part of stories never looked at showed (drone strikes on a refinery, a massacre in a
 * village of the Sahel, a ship hitting a mine, riots in a capital, landslides in a district),
 * each as a general rule: a region named in a country the article never names still places
 * what happened there; a distance from a town with no bearing is an area around the town; a
 * place in a clause of background does not place the happening; hazards and blasts are
 * counted as what they did.
 */
import { describe, expect, it } from 'vitest';
import { categorize } from './classify';
import { distanceKm } from './geo';
import { candidatesOf as run, extractText as extract, quotes, withQuote } from './test-support';

describe('a region in a country the article never names', () => {
  it('places a toll in the region the article names, not at a city named in passing', () => {
    const text = [
      'Kerala woke up on July 30 to news of devastating landslides in scenic Wayanad that left at least 94 people dead.',
      'Rescue teams were deployed.',
      'Flooding had stopped the movement of trains from Thrissur in central Kerala to the northern parts.',
    ].join('\n');
    const c = withQuote(run(text, '2024-07-30'), /^Kerala woke up/);
    expect(c?.properties.place).toMatch(/kerala/);
  });

  it('names the places it could not find when a sentence falls back to a region', () => {
    const text = [
      'Landslides struck the hill district of Wayanad in the state of Kerala on July 30, officials said.',
      'The landslides struck the villages of Chooralmala and Mundakkai, killing 94 people, officials said.',
    ].join('\n');
    const c = withQuote(run(text, '2024-07-30'), /^The landslides struck the villages/);
    expect(c?.properties.place).toMatch(/kerala/);
  });
});

describe('an article with no place the gazetteer knows', () => {
  it('says which listed names were not found', () => {
    const result = extract('The villages of Chooralmala and Mundakkai were hit by landslides on Tuesday, officials said.', '2024-07-30');
    expect(result.problems.join('; ')).toMatch(/not in the gazetteer: Chooralmala, Mundakkai/);
  });
});

describe('a side of a country ("northern Burkina Faso")', () => {
  it('is drawn over the country\'s places on that side, covering a town in its far corner', () => {
    const found = run('Gunmen killed 100 people in an attack on a village in northern Burkina Faso on Friday, officials said.', '2021-06-05');
    const area = found[0]?.candidate.newPlace;
    expect(area?.name).toBe('northern Burkina Faso');
    // Sebba, in the country's north-east, 15 km from the village the attack was in.
    expect(distanceKm(area?.point ?? [0, 0], [0.53044, 13.43641])).toBeLessThanOrEqual(area?.radiusKm ?? 0);
  });
});

describe('a place in a clause of background', () => {
  const text = [
    'A cargo ship has been hit by a mine in the Black Sea, according to Ukrainian officials.',
    'The explosion occurred on Wednesday, injuring two crew members.',
    'The incident follows Ukraine’s decision to continue grain exports through maritime corridors after Moscow withdrew from a UN-backed grain deal.',
  ].join('\n');

  it('does not place the happening the sentence sets in context', () => {
    const found = run(text, '2023-12-28');
    expect(found.map((c) => c.properties.place)).not.toContain('moscow');
  });

  it('does not place a happening told in the same sentence ("after Moscow withdrew")', () => {
    const found = run('A ship hit a mine on Wednesday after Moscow withdrew from the grain deal, officials said.', '2023-12-28');
    expect(found.map((c) => c.properties.place)).not.toContain('moscow');
  });
});

describe('categories of hazards, blasts and riots', () => {
  const category = (sentence: string) => categorize(sentence, undefined).category;

  it('calls a ship hitting a mine, and a blast with no attacker, an explosion', () => {
    expect(category('A cargo ship has reportedly been hit by a Russian mine in the Black Sea.')).toBe('explosion');
    expect(category('The ship hit a mine in the Danube Delta.')).toBe('explosion');
    expect(category('The explosion occurred on Wednesday, injuring two crew members.')).toBe('explosion');
  });

  it('keeps a blast from a weapon a strike', () => {
    expect(category('A Russian missile hit the port, causing an explosion.')).toBe('strike');
    expect(category('Explosions were heard after drones attacked the city.')).toBe('strike');
    // A maritime agency's report of an explosion near a ship is its report of an attack.
    expect(category('A second ship reported an explosion 20 nautical miles west of Mokha on Tuesday.')).toBe('strike');
  });

  it('counts what a landslide or cave-in struck as its toll', () => {
    expect(category('A series of hill cave-ins had struck the villages, killing villagers in their sleep.')).toBe('casualties');
    expect(category('The tragedy struck Wayanad between 1.30 am and 6 am on Tuesday.')).toBe('casualties');
    expect(category('As more than 24 hours passed since the disaster hit the hilly region, 200 persons are still missing.')).toBe('casualties');
    // A tragedy that gunmen or a missile brought is still a strike.
    expect(category('The tragedy struck when a missile hit the market.')).toBe('strike');
  });

  it('calls armed men killing villagers violence against civilians', () => {
    expect(category('Armed assailants killed around 100 civilians in an overnight attack on a village, the government said.')).toBe('violence-against-civilians');
    expect(category('Gunmen killed at least 160 people in an attack on a village in northern Burkina Faso.')).toBe('violence-against-civilians');
    // Soldiers killed in an attack on their post are a toll of fighting, not of one-sided violence.
    expect(category('Militants killed 12 soldiers in an attack on an army post.')).not.toBe('violence-against-civilians');
  });

  it('calls looting and mob violence a riot, and crowds protesting a protest', () => {
    expect(category('Mobs smashed windows and looted at least two gas station shops overnight.')).toBe('riot');
    expect(category('Crowds protested in several neighborhoods, starting fires and throwing rocks at security forces.')).toBe('protest');
  });
});

describe('a town named for its constituency', () => {
  it('places what happened "in X and Y of Kalpetta Assembly constituency" at the town', () => {
    const found = run('More than 200 people are still missing in the villages of Chooralmala and Mundakkai of Kalpetta Assembly constituency after landslides on Tuesday, officials said.', '2024-07-31');
    expect(found[0]?.properties.place).toMatch(/kalpatta/);
  });
});

describe('a lede told again', () => {
  it('joins "The explosion occurred on Wednesday" to the lede it dates', () => {
    const text = [
      'A cargo ship has reportedly been hit by a mine in the Black Sea, according to Ukrainian officials.',
      'The explosion occurred on Wednesday, resulting in injuries to two crew members.',
    ].join('\n');
    const found = run(text, '2023-12-28');
    expect(found).toHaveLength(1);
    expect(found[0]?.properties.start).toBe('2023-12-27');
  });

  it('joins "The attackers struck during the night on Friday" to the overnight attack', () => {
    const text = [
      'Armed assailants killed around 100 civilians in an overnight attack on a village in northern Burkina Faso, the government said.',
      'The attackers struck during the night on Friday, killing residents of the village of Solhan, burning homes and the market.',
    ].join('\n');
    const found = run(text, '2021-06-05');
    expect(withQuote(found, /^The attackers struck/)?.properties.claims[0]?.quote).toMatch(/^Armed assailants/);
  });

  it('joins "The small explosion caused damage to the stern" to the mine the ship hit', () => {
    const text = [
      'The cargo ship, which was sailing to the port of Izmail to load grain, hit a mine in the Danube Delta, in the Black Sea, on Wednesday.',
      'The small explosion caused damage to the stern of the 8,800-dwt ship (built 2007).',
    ].join('\n');
    expect(run(text, '2023-12-28')).toHaveLength(1);
  });

  it('keeps another attack apart', () => {
    const text = [
      'Armed assailants killed around 100 civilians in an overnight attack on a village in northern Burkina Faso, the government said.',
      'The attackers also struck another village on Friday, killing 14 people.',
    ].join('\n');
    const found = run(text, '2021-06-05');
    expect(withQuote(found, /^The attackers also/)?.properties.claims[0]?.quote).toMatch(/^The attackers also/);
  });
});

describe('a day of calm and a running total', () => {
  it('dates the killings, not the quiet day after them nor the week\'s total', () => {
    const found = run('Most of Dakar appeared quiet on Saturday, but tensions remained high after violent protests in several cities killed six people on Friday, taking the total number killed this week to 15, a police spokesperson said.', '2023-06-03');
    expect(found.map((c) => c.properties.start)).toEqual(['2023-06-02']);
  });
});

describe('background with no date of its own', () => {
  it.each([
    'Despite these events, Russia continues to target Ukrainian ports in the Black Sea.',
    'In the following months, Russian forces continued to attack the Black Sea ports of Odesa and Izmail with drones and missiles.',
    'No group has claimed the attack, but Islamist attacks are increasingly common in Burkina Faso, especially in border areas.',
    'The country faces a worsening security crisis, as armed groups carry out raids and kidnappings across northern Burkina Faso.',
  ])('proposes no event for "%s"', (sentence) => {
    const found = run(`A cargo ship hit a mine in the Black Sea on Wednesday, officials said.\nSchools were closed.\n${sentence}`, '2023-12-28');
    expect(found.flatMap((c) => quotes(c))).not.toContain(sentence);
  });
});

describe('a fire at a site', () => {
  it('is a happening where it broke out, and the sentence saying what caused it is a claim on it', () => {
    const text = [
      'A fire broke out at an oil refinery in Volgograd, in Russia. The fire probably broke out after a drone attack.',
      'As reported, Russian troops attacked the Poltava region, there were hits in the Myrhorod district.',
    ].join('\n');
    const found = run(text, '2024-02-03');
    const fire = withQuote(found, /^A fire broke out/);
    expect(fire?.properties.place).toBe('volgograd');
    expect(quotes(fire as never)).toContain('The fire probably broke out after a drone attack.');
    expect(fire?.properties.category).toBe('strike');
  });
});

describe('a superlative over recent years', () => {
  it('keeps a lede that compares the attack with those of recent years', () => {
    const found = run('Gunmen killed at least 160 people in an attack on a village in northern Burkina Faso, the country’s worst attack in recent years, officials said.', '2021-06-06');
    expect(found).toHaveLength(1);
  });
});

describe('"the city" in a story set in one city', () => {
  it('places a deployment "around the city" in the city the article is about', () => {
    const text = [
      'Mobs smashed windows and looted shops in Dakar on Friday.',
      'Protesters clashed with police in Dakar on Friday.',
      'The government has enlisted the army to back up the many riot police still stationed around the city.',
    ].join('\n');
    const c = withQuote(run(text, '2023-06-03'), /^The government has enlisted/);
    expect(c?.properties.place).toBe('dakar');
  });
});

describe('national mourning', () => {
  it('is a reaction to the happening it mourns, not an event of its own', () => {
    const text = [
      'Armed assailants killed around 100 civilians in an overnight attack on a village in northern Burkina Faso, the government said on Saturday.',
      'The volunteers are given two weeks of training.',
      'They work alongside the security forces.',
      'The authorities have declared three days of national mourning, ending Monday night at 11:59 pm.',
    ].join('\n');
    const found = run(text, '2021-06-05');
    expect(withQuote(found, /^The authorities have declared/)?.properties.claims[0]?.quote).toMatch(/^Armed assailants/);
  });
});
