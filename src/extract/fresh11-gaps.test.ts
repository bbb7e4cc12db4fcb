/**
 * Dates and places the fresh-11 round fixed, each as a general rule: an undated lede takes
 * the day a sentence further down gives for that same happening ("the blaze broke out early
 * Tuesday", "the deaths occurred on Friday night"), never a day of another incident.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, withQuote } from './test-support';

describe('an undated lede and its day told further down', () => {
  it('takes the day a later sentence gives the same happening by its definite noun ("the blaze broke out early Tuesday")', () => {
    const found = run([
      'At least 25 migrant workers were killed and dozens injured in Qatar after a blaze tore through a four-storey building housing labourers.',
      '',
      'Firefighters worked through the night, a civil defence spokesman told reporters, and rescuers were still searching the upper floors.',
      '',
      'The blaze broke out early Tuesday in a storeroom on the ground floor, the spokesman said.',
    ].join('\n'), '2024-03-13');
    const lede = withQuote(found, /^At least 25 migrant workers/);
    expect(lede?.properties.start).toBe('2024-03-12');
    expect(lede?.properties.end).toBe('2024-03-12');
    expect(lede?.candidate.reportDated).toBe(false);
  });

  it('holds for the toll named again ("the deaths occurred on Friday night") in the next paragraph', () => {
    const found = run([
      'Two soldiers and a farmer have been killed by artillery fire across the border in Armenia\'s Tavush province.',
      '',
      'The army said in a statement that the deaths occurred on Friday night when troops opened fire on posts near the villages of Tarkal and Menor.',
    ].join('\n'), '2021-05-08');
    const lede = withQuote(found, /^Two soldiers and a farmer/);
    expect(lede?.properties.start).toBe('2021-05-07');
    expect(lede?.candidate.reportDated).toBe(false);
  });

  it('holds for a volcano named again ("when the volcano erupted on Saturday")', () => {
    const found = run([
      'Nine hikers have been killed and four more are missing after the eruption of Mount Merapi in Indonesia, officials have said.',
      '',
      'About 40 people were on the slopes when the volcano in Central Java erupted on Saturday, according to the rescue agency.',
    ].join('\n'), '2023-06-12');
    const lede = withQuote(found, /^Nine hikers/);
    expect(lede?.properties.start).toBe('2023-06-10');
  });

  it('keeps the report window when the later day is another incident\'s ("A smaller blaze on Monday")', () => {
    const found = run([
      'At least 25 migrant workers were killed and dozens injured in Qatar after a blaze tore through a four-storey building housing labourers.',
      '',
      'A smaller blaze on Monday forced firefighters to evacuate a nearby block.',
    ].join('\n'), '2024-03-13');
    const lede = withQuote(found, /^At least 25 migrant workers/);
    expect(lede?.candidate.reportDated).toBe(true);
  });

  it('keeps the report window when the day is the telling\'s ("the spokesman said on Tuesday the fire ...")', () => {
    const found = run([
      'At least 25 migrant workers were killed and dozens injured in Qatar after a blaze tore through a four-storey building housing labourers.',
      '',
      'The civil defence said on Tuesday that the blaze had been put out.',
    ].join('\n'), '2024-03-13');
    const lede = withQuote(found, /^At least 25 migrant workers/);
    expect(lede?.candidate.reportDated).toBe(true);
  });
});
