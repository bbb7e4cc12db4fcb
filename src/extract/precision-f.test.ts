/**
 * What precision round F fixed, as general rules. A report comes back to a happening it has
 * told with no source named and no pointer back but its definite noun ("The disaster happened
 * when a lorry crashed into the tanker", "The coordinated missile attack occurred at about
 * 10:15 a.m."): such a sentence only adds how or when, so it is a claim on that happening, not
 * a second one.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, withQuote } from './test-support';

describe('a happening said to have taken place, named by a wider noun', () => {
  it('"The assault on the village occurred ..." after the attack it retells is a claim on it', () => {
    const text = [
      'Gunmen attacked the village of Yelewata in Benue State on Friday night, killing at least 100 people.',
      'The assault on the village occurred during the late hours of Friday, when heavily armed attackers descended on it and set homes ablaze.',
    ].join('\n\n');
    const found = run(text, '2025-06-14');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /^The assault on the village occurred/)).toBeDefined();
  });
  it('"The coordinated missile attack occurred ..." after the strike it retells is a claim on it', () => {
    const text = [
      'A Russian missile strike hit the centre of Sumy on Sunday morning, killing 32 people.',
      'The coordinated missile attack occurred at approximately 10:15 a.m. local time, during Palm Sunday celebrations, when many residents were gathered in public spaces.',
    ].join('\n\n');
    const found = run(text, '2025-04-13');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /^The coordinated missile attack occurred/)).toBeDefined();
  });
  it('but one at a place far from it stays a candidate', () => {
    const text = [
      'A fuel tanker exploded at a petrol station in Lagos on Friday night, killing 12 people.',
      'The disaster happened in Kano on Saturday when a bus struck a tanker.',
    ].join('\n\n');
    const found = run(text, '2021-11-07');
    expect(found.some((c) => withQuote([c], /^The disaster happened in Kano/) && !withQuote([c], /^A fuel tanker exploded/))).toBe(true);
  });
});

describe('a happening said to have taken place in the wider area that holds it', () => {
  const lede = "A riot at a women's prison northwest of the Honduran capital has killed at least 41 women, a police official said.";
  it('"the riot broke out at the prison in the town of X, about 30 miles northwest of the capital" is a claim on it', () => {
    const text = [
      lede,
      'Yuri Mora, the spokesman for Honduras\' national police, said the riot broke out at the women’s prison in the town of Tamara, about 30 miles northwest of Tegucigalpa.',
    ].join('\n\n');
    const found = run(text, '2023-06-20');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /said the riot broke out/)).toBeDefined();
  });
  it('but one in a city far from it stays a candidate', () => {
    const text = [
      "A riot at a women's prison in Tegucigalpa has killed at least 41 women, a Honduran police official said.",
      'Yuri Mora, the spokesman for Honduras\' national police, said the riot broke out at the men’s prison in San Pedro Sula.',
    ].join('\n\n');
    const found = run(text, '2023-06-20');
    expect(found.some((c) => withQuote([c], /prison in San Pedro Sula/) && !withQuote([c], /^A riot at a women/))).toBe(true);
  });
});

describe('a happening said to have taken place, three paragraphs on', () => {
  it('"The attack occurred during the late hours of Friday" after two paragraphs on other things is a claim on it', () => {
    const text = [
      'Gunmen attacked the village of Yelewata in Benue State on Friday night, killing at least 100 people.',
      'The governor condemned the killings and called for calm.',
      'Benue has long been torn by clashes between herders and farmers over land.',
      'The attack occurred during the late hours of Friday, when heavily armed attackers descended on the village and set homes ablaze.',
    ].join('\n\n');
    const found = run(text, '2025-06-14');
    const lede = withQuote(found, /^Gunmen attacked the village/);
    expect(lede).toBeDefined();
    expect(withQuote(found, /^The attack occurred during the late hours/)).toBe(lede);
  });
});
