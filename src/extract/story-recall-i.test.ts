/**
 * What the I story-recall round fixed, as general rules. "The storm has killed at least 12
 * people in India's West Bengal state while in Bangladesh up to eight people have died": a
 * toll told in a second country, in a clause of its own, is that country's toll, a candidate
 * at that country beside the first. "The storm is currently centred over Bangladesh where at
 * least seven people have died", in a story told from Kolkata: a neighbouring country whose
 * radius reaches the story's city does not hold it when the world gazetteer puts that city in
 * another country, so the toll is the neighbour's, not the story's city's. "hundreds of villages
 * went under water because of tidal surge": places that went under water are flooded, built
 * harm, a happening, whoever tells it.
 */
import { describe, expect, it } from 'vitest';
import { categorize } from './classify';
import { candidatesOf as run, withQuote } from './test-support';

describe('a toll told in a second country, in a clause of its own', () => {
  const text = [
    'A powerful cyclone made landfall near Kolkata in West Bengal on Wednesday.',
    'The cyclone has killed at least 12 people in India\'s West Bengal state while in Bangladesh up to eight people have died.',
  ].join('\n\n');
  it('"while in <country> N people have died" is a candidate at that country too', () => {
    const found = run(text, '2020-05-21').filter((c) => c.properties.claims.some((q) => /^The cyclone has killed/.test(q.quote)));
    expect(found.map((c) => c.properties.place)).toContain('bangladesh');
    expect(found.length).toBe(2);
  });
  it('but a second country with no toll of its own in its clause adds none', () => {
    const found = run(text.replace('while in Bangladesh up to eight people have died', 'while forecasters in Bangladesh watched its path'), '2020-05-21')
      .filter((c) => c.properties.claims.some((q) => /^The cyclone has killed/.test(q.quote)));
    expect(found.length).toBe(1);
  });
  it('nor does the country that holds the place the toll is put at', () => {
    const found = run('The cyclone has killed at least 12 people in Kolkata while in India as a whole 20 people have died.', '2020-05-21')
      .filter((c) => c.properties.claims.some((q) => /^The cyclone has killed/.test(q.quote)));
    expect(found.length).toBe(1);
  });
});

describe('a toll in a neighbouring country whose reach covers the story\'s city', () => {
  const text = [
    'Cyclone Amphan battered Kolkata on Wednesday, uprooting trees across the city.',
    'Roads in Kolkata were flooded and the Kolkata airport was closed.',
    'The storm is currently centred over Bangladesh where at least seven people have died.',
  ].join('\n\n');
  it('is placed at that country, not at the story\'s city', () => {
    const c = withQuote(run(text, '2020-05-21'), /^The storm is currently centred over Bangladesh/);
    expect(c?.properties.place).toBe('bangladesh');
  });
  it('but a toll put in the country that holds the story\'s city stays at the city', () => {
    const c = withQuote(run(text.replace('centred over Bangladesh', 'centred over India'), '2020-05-21'), /^The storm is currently centred over India/);
    expect(c?.properties.place).toBe('kolkata');
  });
  it('and the storm told again at the story\'s city is not a telling of the neighbour\'s toll', () => {
    const more = `${text}\n\nAfter hours of the cyclone, the Kolkata airport was flooded and many structures were damaged.`;
    const c = withQuote(run(more, '2020-05-21'), /^After hours of the cyclone/);
    expect(c?.properties.place).not.toBe('bangladesh');
  });
});

describe('a toll in a neighbouring country whose reach covers the story\'s region', () => {
  it('is placed at that country when the gazetteer puts the region in another', () => {
    const text = [
      'Cyclone Amphan battered India\'s West Bengal state on Wednesday, uprooting trees.',
      'Roads across West Bengal state were flooded.',
      'The storm is currently centred over Bangladesh where at least seven people have died.',
    ].join('\n\n');
    const c = withQuote(run(text, '2020-05-21'), /^The storm is currently centred over Bangladesh/);
    expect(c?.properties.place).toBe('bangladesh');
  });
});

describe('places that went under water', () => {
  it('"villages went under water", told by a ministry, is a happening', () => {
    expect(categorize('The ministry said hundreds of villages went under water because of tidal surge across the coastal region.', undefined).category).toBe('other');
  });
  it('"homes were underwater" is too', () => {
    expect(categorize('Officials said many homes were underwater after the river rose.', undefined).category).toBe('other');
  });
  it('but a plan to keep villages from going under water is not', () => {
    expect(categorize('The ministry said new dykes would keep villages from going under water.', undefined).category).not.toBe('other');
  });
});
