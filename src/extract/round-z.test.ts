/**
 * What round Z fixed, as general rules: the three stories under 70% recall, then precision.
 * Each test is a made-up wire sentence, seen failing before its rule existed.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, where, withQuote, type Found } from './test-support';

const near = (c: Found[number], lon: number, lat: number, deg = 1) => Math.abs(where(c)[0] - lon) < deg && Math.abs(where(c)[1] - lat) < deg;

describe('corpses counted as bodies', () => {
  it('tells a toll ("the corpses of three men lay face down")', () => {
    const found = run('Armed men attacked a prison in Kananga overnight and freed hundreds of inmates, officials said on Monday. Two bodies lay at the main gate. In another district, the corpses of three men lay face down beside a burning barricade.', '2023-05-09');
    const toll = withQuote(found, /the corpses of three men/);
    expect(toll?.properties.category).toBe('casualties');
  });
});

describe('a toll risen to a number', () => {
  it('tells a toll with no word of death ("The storm\'s human toll has risen to 14")', () => {
    const found = run('The storm\'s human toll has risen to 14 in Queensland, with police holding grave concerns for a dozen more, four days after it swept ashore.', '2023-03-02');
    const toll = withQuote(found, /human toll has risen to 14/);
    expect(toll?.properties.category).toBe('casualties');
  });
});

describe('a city heading a compound name, as the theatre of an article with no place', () => {
  it('places the happening there ("the tragedy in Lucknow Mahotsav")', () => {
    const found = run('A crowd crush at the riverside fair left dozens of pilgrims injured before dawn, officials said. "The tragedy in Lucknow Mahotsav Grounds is deeply painful," the governor said on Friday.', '2023-06-03');
    const crush = withQuote(found, /A crowd crush at the riverside fair/);
    expect(crush).toBeDefined();
    expect(near(crush as Found[number], 80.92, 26.85, 0.5)).toBe(true);
  });
  it('leaves an article that names a place alone ("talks at Geneva Peace Centre" after "in Kabul")', () => {
    const found = run('A bomb exploded near a market in Kabul on Monday, killing six people. Envoys met at Geneva Peace Centre the next day.', '2023-06-03');
    const bomb = withQuote(found, /A bomb exploded/);
    expect(near(bomb as Found[number], 69.17, 34.53, 0.5)).toBe(true);
  });
});

describe('the time gone by since the happening', () => {
  it('is a claim on it ("Nearly 20 hours after the collapse, the number of dead was still unclear")', () => {
    const found = run('A five-storey apartment block collapsed in Tabriz on Monday, killing 11 people, officials said. Nearly 20 hours after the collapse, the number of dead was still unclear.', '2023-06-06');
    expect(found).toHaveLength(1);
    expect(found[0]?.properties.claims.some((q) => /Nearly 20 hours after the collapse/.test(q.quote))).toBe(true);
  });
  it('leaves a second happening apart ("Two hours after the blast, a second explosion hit")', () => {
    const found = run('A gas explosion tore through a shopping centre in Tabriz on Monday, killing 11 people, officials said. Two hours after the blast, a second explosion hit a fuel depot in the city, killing three firefighters.', '2023-06-06');
    expect(found.length).toBeGreaterThan(1);
  });
});
