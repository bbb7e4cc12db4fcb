/**
 * What the K story-recall round fixed, as general rules. "New eruptions on Monday and Tuesday
 * spewed more hot ash", after a lede that put the volcano's eruption in its country: a natural
 * hazard told again with days of its own and no place is where the hazard told before was, one
 * candidate a day. "The ministry said it was rushing reserve troops into the region as enemy
 * forces staged a surprise incursion, which left at least 3 civilians dead": troops sent as a
 * happening with a toll of its own goes on are a deployment beside that happening. "At least 18
 * bodies were discovered in a hamlet", then "The remaining dead were found in Alotenango": the rest
 * of the toll, found elsewhere, is not where the lede's part was.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run } from './test-support';

describe('a hazard told again with days of its own and no place', () => {
  const text = [
    'Rescuers searching the slopes of the Mount Marapi volcano in Indonesia found 11 more bodies of climbers who were caught by a surprise weekend eruption, officials said Tuesday.',
    'New eruptions on Monday and Tuesday spewed more hot ash as high as 2,620 feet into the air, reducing visibility.',
  ].join('\n\n');
  const later = (found: ReturnType<typeof run>) => found.filter((c) => c.properties.claims[0]?.quote.startsWith('New eruptions'));
  it('is a candidate for each of its days, where the hazard told before was', () => {
    const found = run(text, '2023-12-06');
    const first = found.find((c) => c.properties.claims[0]?.quote.startsWith('Rescuers'));
    const again = later(found);
    expect(again.map((c) => c.properties.start)).toEqual(['2023-12-04', '2023-12-05']);
    expect(again.every((c) => c.properties.place === first?.properties.place && c.properties.placeBasis === 'inferred')).toBe(true);
  });
  it('but a sentence that tells no hazard, or no day of its own, adds none', () => {
    expect(later(run(text.replace('New eruptions on Monday and Tuesday spewed', 'New eruptions spewed'), '2023-12-06'))).toEqual([]);
    const quiet = run(text.replace('New eruptions on Monday and Tuesday spewed more hot ash as high as 2,620 feet into the air', 'New teams on Monday and Tuesday brought more ropes'), '2023-12-06');
    expect(quiet.filter((c) => c.properties.claims.some((q) => q.quote.startsWith('New teams')))).toEqual([]);
  });
});

describe('troops sent in as a happening with a toll of its own goes on', () => {
  const text = 'The defence ministry said on Tuesday that it was rushing reserve troops and aviation units into the Kharkiv region as enemy forces staged a surprise incursion, which left at least 3 civilians dead.';
  it('is a deployment beside the happening, at the same place and on the same day', () => {
    const found = run(text, '2024-08-06');
    expect(found.map((c) => c.properties.category).sort()).toEqual(['deployment', 'strike']);
    expect(new Set(found.map((c) => `${c.properties.place} ${c.properties.start}`)).size).toBe(1);
  });
  it('but troops sent as something with no toll goes on are one candidate', () => {
    expect(run(text.replace(', which left at least 3 civilians dead', ''), '2024-08-06').length).toBe(1);
  });
});

describe('the rest of a toll, found elsewhere', () => {
  const text = [
    'The head of Guatemala\'s disaster agency says 33 people are confirmed dead in the eruption of the Volcan de Fuego, and the toll is expected to rise further.',
    'Rescuers using heavy machinery have found the bodies of at least eight more victims since the last death toll was given at 25.',
    'The agency chief also said Monday that helicopters had rescued 10 people from areas hit by ash, mud or lava.',
    'The volcano exploded before noon on Sunday, sending ash high into the sky and lava flows into rural hamlets on the mountain\'s slopes.',
    'Guatemala City\'s international airport has re-opened after it was closed by falling ash from the eruption.',
    'By late afternoon Sunday, lava was flowing down the mountain, engulfing homes and roads. The lava flows reached about 1,300 degrees, according to the director of the volcanology institute.',
    'At least 18 bodies were discovered in San Miguel Los Lotes, a disaster official said. The remaining dead were found in El Rodeo and Alotenango, where a makeshift morgue was set up.',
  ].join('\n\n');
  const opening = (found: ReturnType<typeof run>, start: string) => found.find((c) => c.properties.claims[0]?.quote.startsWith(start));
  it('is a candidate of its own at its place, not a claim placing the lede\'s part of the toll', () => {
    expect(opening(run(text, '2018-06-04'), 'The remaining dead')?.properties.place).toBe('alotenango');
  });
  it('but a sentence that says where the lede\'s dead were found still places the lede', () => {
    const found = run(text.replace('The remaining dead were found in', 'The bodies were found in'), '2018-06-04');
    expect(opening(found, 'The bodies were found')).toBeUndefined();
    expect(opening(found, 'At least 18 bodies')?.properties.place).toBe('alotenango');
  });
});
