/**
 * What the fresh-26 round fixed, as a general rule: the harm a flood or a blow did to what was
 * built, told with no other cue ("eight bridges getting washed away in Mangan district", "two
 * bridges were destroyed in Namchi", "towns have been flooded", "the town bore the brunt of the
 * flood"), is a happening at the place it names; people or vehicles swept away stay the
 * hazard's toll. A lede whose only day is the day its toll rose ("the death toll ... rose to
 * 108 on Sunday") takes the happening's day from a later sentence ("The explosion happened on
 * Friday night"). "Two bridges were destroyed in Namchi and one in Gangtok": a count with a
 * place of its own, its verb left out, is a candidate at that place too.
 */
import { describe, expect, it } from 'vitest';
import { categorize } from './classify';
import { candidatesOf as run, where, withQuote } from './test-support';

describe('damage to what was built, with no other cue', () => {
  it('"bridges getting washed away in" a district is a happening there', () => {
    const found = run('It destroyed 11 bridges in the state, with eight bridges getting washed away in Mangan district alone.', '2023-10-05');
    const c = withQuote(found, /^It destroyed 11 bridges/);
    expect(c).toBeDefined();
    expect(c?.properties.category).toBe('other');
  });
  it('"bridges were destroyed in" a town is a happening there', () => {
    const found = run('Two bridges were destroyed in Namchi and one in Gangtok.', '2023-10-05');
    expect(withQuote(found, /^Two bridges were destroyed/)).toBeDefined();
  });
  it('"towns have been flooded" and "bore the brunt of the flood" are told harm', () => {
    expect(categorize('Several towns located in the Teesta basin have also been flooded with the upsurge in the river.', undefined).category).toBe('other');
    expect(categorize('Chungthang town bore the maximum brunt of the flood with 80 per cent of it getting severely affected.', undefined).category).toBe('other');
  });
  it('but buses swept away by a landslide are not built harm', () => {
    expect(categorize('At least seven passengers are missing after two buses were swept away by a landslide.', undefined).cue ?? '').not.toMatch(/swept away/);
  });
});

describe('a lede dated only by the day its toll rose', () => {
  it('takes the day a later sentence gives the happening', () => {
    const text = [
      'The death toll in a fuel tanker explosion in Sierra Leone rose to 108 on Sunday, the National Disaster Management Agency said.',
      'The explosion happened on Friday night, when an oil tanker collided with a bus as it pulled in to a petrol station in Wellington, a suburb to the east of Freetown.',
    ].join('\n\n');
    const c = withQuote(run(text, '2021-11-07'), /^The death toll in a fuel tanker/);
    expect(c?.properties.start).toBe('2021-11-05');
  });
  it('keeps the day when the toll is told without a rise', () => {
    const text = [
      'At least 20 people were killed in a fuel tanker explosion in Sierra Leone on Sunday, the agency said.',
      'The explosion happened on Friday night, when a tanker collided with a bus.',
    ].join('\n\n');
    const c = withQuote(run(text, '2021-11-07'), /^At least 20 people/);
    expect(c?.properties.start).toBe('2021-11-07');
  });
});

describe('"and one in" another place, the verb left out', () => {
  it('gives a candidate at each place', () => {
    const found = run('Two bridges were destroyed in Namchi and one in Gangtok.', '2023-10-05');
    expect(found.length).toBe(2);
    const [a, b] = found.map(where);
    expect(Math.abs((a?.[1] ?? 0) - (b?.[1] ?? 0)) + Math.abs((a?.[0] ?? 0) - (b?.[0] ?? 0))).toBeGreaterThan(0.1);
  });
  it('but "and one in the morning" names no place', () => {
    expect(run('Two bridges were destroyed in Namchi on Wednesday night and one in the morning.', '2023-10-05').length).toBe(1);
  });
});
