/**
 * What the fresh-26 round fixed, as a general rule: the harm a flood or a blow did to what was
 * built, told with no other cue ("eight bridges getting washed away in Mangan district", "two
 * bridges were destroyed in Namchi", "towns have been flooded", "the town bore the brunt of the
 * flood"), is a happening at the place it names; people or vehicles swept away stay the
 * hazard's toll.
 */
import { describe, expect, it } from 'vitest';
import { categorize } from './classify';
import { candidatesOf as run, withQuote } from './test-support';

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
