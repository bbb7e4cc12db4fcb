/**
 * What precision round P fixed, as a general rule. Once a report has told a happening, it often
 * weighs it against others: "The attack on the cafe is one of the most devastating attacks on
 * civilians of the entire war.", "Maria is the first storm of such magnitude to strike Puerto
 * Rico since 1932.". Such a sentence ranks the happening told; it tells nothing new that
 * happened, so it is a claim on it. Told first, with no day or count of its own, it ranks the
 * happening the report tells next, and is no candidate. A lede that ranks the happening it tells
 * is that happening, and a sentence that ranks a place, or goes on to a place or day of its own,
 * is not a ranking of the happening told.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, withQuote, opensOne } from './test-support';

describe('a happening ranked among others, after it is told', () => {
  it('"is one of the most devastating attacks" is a claim on the attack told', () => {
    const text = [
      'A Russian missile struck a cafe in the village of Hroza in the Kharkiv region on Thursday, killing 51 people.',
      'The attack on the small village cafe is one of the most devastating attacks on civilian targets during the entire war.',
    ].join('\n\n');
    const found = run(text, '2023-10-05');
    expect(found).toHaveLength(1);
    expect(opensOne(found, /^The attack on the small village cafe/)).toBe(false);
    expect(withQuote(found, /most devastating attacks/)).toBeDefined();
  });
  it('"the first storm of such magnitude ... since 1932" is a claim on the storm told', () => {
    const text = [
      'Hurricane Maria made landfall near Yabucoa in Puerto Rico on Wednesday morning as a Category 4 storm.',
      'Maria is the first storm of such magnitude to directly strike Puerto Rico since 1932.',
    ].join('\n\n');
    const found = run(text, '2017-09-20');
    expect(opensOne(found, /^Maria is the first storm/)).toBe(false);
    expect(withQuote(found, /since 1932/)).toBeDefined();
  });
  it('a ranking told first, with no day or count, ranks the happening told next: no candidate of its own', () => {
    const text = [
      'The attack on the small village cafe is one of the most devastating attacks on civilian targets during the entire war.',
      'At least 51 civilians were killed when Russia fired a ballistic missile at a cafe in the small village of Hroza in eastern Ukraine on Thursday afternoon.',
    ].join('\n\n');
    const found = run(text, '2023-10-05');
    expect(opensOne(found, /^The attack on the small village cafe/)).toBe(false);
    expect(opensOne(found, /^At least 51 civilians were killed/)).toBe(true);
  });
  it('but a lede that ranks the happening it tells is that happening', () => {
    const text = 'A suicide bomber killed 32 people at a market in Baghdad on Monday, the deadliest attack in the city in three years.';
    const found = run(text, '2021-01-19');
    expect(found).toHaveLength(1);
    expect(opensOne(found, /^A suicide bomber killed 32/)).toBe(true);
  });
  it('and a ranking that goes on to a place of its own stays a candidate', () => {
    const text = [
      'Israeli strikes hit the city of Tyre in southern Lebanon on Monday, killing five people.',
      'Khiam, one of the most heavily bombarded towns in the south, was hit again on Tuesday, killing three people.',
    ].join('\n\n');
    const found = run(text, '2024-10-29');
    expect(opensOne(found, /^Khiam, one of the most/)).toBe(true);
  });
});

describe('where the victims came from, after a happening', () => {
  it('"most of the deceased were from Kerala and Tamil Nadu" is a claim on the fire told, not a happening in Tamil Nadu', () => {
    const text = [
      'A fire tore through a building housing foreign workers in Mangaf in southern Kuwait on Wednesday, killing 49 people.',
      'According to Arab Times, most of the deceased were from Kerala, Tamil Nadu and north Indian states, with their age ranging from 20 to 50 years.',
    ].join('\n\n');
    const found = run(text, '2024-06-12');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /most of the deceased were from/)).toBeDefined();
  });
  it('and so is "the victims reportedly hailed from various Indian states"', () => {
    const text = [
      'Gunmen opened fire on tourists in the Baisaran meadow near Pahalgam on Tuesday, killing 26 people.',
      'The victims reportedly hailed from various Indian states, including Tamil Nadu, Karnataka, Gujarat, and Maharashtra.',
    ].join('\n\n');
    const found = run(text, '2025-04-22');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /hailed from/)).toBeDefined();
  });
});

describe('where a craft was going, after its wreck is told', () => {
  it('"the boat was reportedly en route to Italy from Libya" is a claim on the sinking, not a happening in Italy', () => {
    const text = [
      'A fishing boat carrying migrants capsized and sank off the coast of Pylos in southern Greece on Wednesday, killing at least 79 people.',
      'The boat was reportedly en route to Italy from Libya, with most of those on board reportedly men in their 20s.',
    ].join('\n\n');
    const found = run(text, '2023-06-14');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /en route to Italy/)).toBeDefined();
  });
  it('and so is "the boat that was carrying over 300 people was heading to Kituku port from Minova", with no count of the dead', () => {
    const text = [
      'An overloaded boat capsized on Lake Kivu near the port of Kituku in Goma on Thursday, killing at least 78 people.',
      'The boat that was carrying over 300 people and cargo was heading to Kituku port near Goma city from Minova in South Kivu, according to locals.',
    ].join('\n\n');
    const found = run(text, '2024-10-03');
    expect(found).toHaveLength(1);
    expect(found[0]?.properties.figures.some((f) => f.value === 300)).toBe(false);
  });
  it('but a craft told on its way as it sinks, first, is the happening', () => {
    const text = 'A boat on its way from Libya to Italy sank off the coast of southern Greece on Wednesday, killing at least 79 people.';
    const found = run(text, '2023-06-14');
    expect(found).toHaveLength(1);
    expect(opensOne(found, /^A boat on its way/)).toBe(true);
  });
});

describe('what caused the deaths, after a happening', () => {
  it('"the deaths were caused by drowning, by falling trees" is a claim on the storm told', () => {
    const text = [
      'Cyclone Idai made landfall near Beira in Sofala province on Thursday night, killing 19 people.',
      'Sofala provincial governor Alberto Mondlane told the radio that the deaths were caused by drowning, by falling trees, and by injuries caused when people were hit by zinc sheeting.',
    ].join('\n\n');
    const found = run(text, '2019-03-18');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /deaths were caused by drowning/)).toBeDefined();
  });
});
