/**
 * Gaps a part of stories never looked at showed (a volcano's eruption, a flood after dams
 * burst, a cyclone's landfall, a missile strike on a hospital), each as a general rule: a
 * natural disaster is a happening with its own place and day, even before it has a toll.
 */
import { describe, expect, it } from 'vitest';
import { adminRegion } from './admin-regions';
import { categorize } from './classify';
import { candidatesOf as run } from './test-support';

describe('a natural disaster with no toll yet ("the volcano erupted", "two dams collapsed", "made landfall")', () => {
  it('is a happening, not a statement', () => {
    expect(categorize('The volcano in Jambi province erupted on Sunday, officials said.', undefined).category).toBe('other');
    expect(categorize('A small eruption on Tuesday forced rescuers to halt the search.', undefined).category).toBe('other');
    expect(categorize('Two dams outside the town collapsed on Sunday night, sending water through the valley.', undefined).category).toBe('other');
    expect(categorize('Cyclone Dana made landfall near Puri late on Thursday.', undefined).category).toBe('other');
    expect(categorize('The river burst its banks on Monday.', undefined).category).toBe('other');
  });

  it('keeps its toll a toll, and an outbreak of fighting fighting', () => {
    expect(categorize('Ten hikers were killed when the volcano erupted on Sunday.', undefined).category).toBe('casualties');
    expect(categorize('The eruption hit villages on the slopes on Sunday.', undefined).category).toBe('casualties');
    expect(categorize('Clashes erupted between the two armies on Sunday.', undefined).category).toBe('strike');
    expect(categorize('Violence erupted in the capital on Sunday, the minister said.', undefined).category).not.toBe('other');
  });

  it('gives the eruption a candidate with its place and day', () => {
    const found = run('The volcano in Jambi province erupted on Sunday, according to officials.', '2024-03-12');
    expect(found.map((c) => [c.properties.category, c.properties.start])).toContainEqual(['other', '2024-03-10']);
  });
});

describe('a region the outlines name in its own language, its compass word last ("Sumatera Barat", "Jawa Tengah")', () => {
  it('is found by its English name, compass word first ("West Sumatra", "Central Java", "East Kalimantan")', () => {
    expect(adminRegion('West Sumatra')?.country).toBe('ID');
    expect(adminRegion('Central Java')?.country).toBe('ID');
    expect(adminRegion('East Kalimantan')?.country).toBe('ID');
  });

  it('places a sentence naming it', () => {
    const found = run('Indonesia raised its alert level. The volcano in West Sumatra erupted on Sunday, according to officials.', '2024-03-12');
    expect(found.map((c) => c.properties.place)).toContainEqual(expect.stringMatching(/sumatra|sumatera/));
  });
});
