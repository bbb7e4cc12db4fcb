/**
 * What the fresh-28 round fixed, as a general rule: "hit" tells a strike only when something
 * was fired or dropped. "The worst-hit areas", "the town was badly hit" say how hard a blow
 * fell, whatever it was, and are the harm told; "people were hit by zinc sheeting blown off roofs", "their dormitory
 * was hit when rocks swept down a mountain" tell what a storm or a slide threw, and the toll
 * they tell is a toll. A missile or a drone that hit stays a strike. A speaker who names the
 * happening just told in his own quoted words ("what he labeled a “terrorist attack.”",
 * "branding it a “war crime against civilians”") reacts to it: a claim on it, not a strike.
 */
import { describe, expect, it } from 'vitest';
import { categorize } from './classify';
import { candidatesOf as run, quotes, withQuote } from './test-support';

describe('"hit" for how hard a blow fell, or for what a storm threw', () => {
  it('"the worst-hit areas" and "among the hardest hit" are harm told, no strike', () => {
    expect(categorize('The president flew over some of the worst-hit areas on Monday.', undefined).category).toBe('other');
    expect(categorize('The coastal town was also badly hit.', undefined).category).toBe('other');
    expect(categorize('The port city was among the hardest hit by winds with speeds of up to 90 kph.', undefined).category).toBe('other');
  });
  it('people hit by sheeting blown off roofs are a toll', () => {
    expect(categorize('The governor said the deaths were caused by drowning, by falling trees, and by injuries caused when people were hit by zinc sheeting blown off roofs by the winds.', undefined).category).toBe('casualties');
  });
  it('a dormitory hit when rocks swept down is a toll', () => {
    expect(categorize('The death toll included two pupils from a boarding school, who died after their dormitory was hit when rocks swept down a mountain.', undefined).category).toBe('casualties');
  });
  it('but a missile or a drone that hit is a strike', () => {
    expect(categorize('A Russian missile hit right in the centre of the city.', undefined).category).toBe('strike');
    expect(categorize('The hospital was hit by a drone on Monday.', undefined).category).toBe('strike');
    expect(categorize('The worst-hit district was shelled again overnight.', undefined).category).toBe('strike');
    expect(categorize('Two soldiers were hit when a shell landed near their post.', undefined).category).toBe('strike');
  });
});

describe('a happening named in a speaker\'s quoted words', () => {
  const lede = 'A Russian missile slammed into a theatre in Chernihiv on Saturday morning, killing seven people.';
  it('"what he labeled a “terrorist attack”" is a reaction to the happening just told', () => {
    const text = [
      lede,
      'The United Nations condemned the attack. The president vowed a strong response from the armed forces in the face of what he labeled a “terrorist attack.”',
    ].join('\n\n');
    const found = run(text, '2023-08-19');
    expect(found).toHaveLength(1);
    expect(quotes(found[0]!)).toEqual(expect.arrayContaining([expect.stringMatching(/^The president vowed/)]));
  });
  it('"branding it a “war crime”" is one too', () => {
    const text = [
      lede,
      'The acting mayor said the missile had been aimed at the event in the theatre.',
      'However, he pointed out that the timing of the attack indicated a callous disregard for civilian lives, branding it a “war crime against civilians” and underscoring it as another instance of Russian aggression.',
    ].join('\n\n');
    expect(run(text, '2023-08-19')).toHaveLength(1);
  });
  it('but a strike elsewhere, told after, stays apart', () => {
    const text = [
      lede,
      'On Sunday, a drone hit a school in Sumy, killing two people.',
    ].join('\n\n');
    const found = run(text, '2023-08-19');
    expect(withQuote(found, /^On Sunday, a drone/)).toBeDefined();
    expect(found).toHaveLength(2);
  });
});
