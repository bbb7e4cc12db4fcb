/**
 * Gaps a part of stories never looked at showed (an attack on a church, an air strike on a
 * village, a train collision, strikes on a fuel port, post-election protests), each as a
 * general rule: a place named with its country or region is the one there, never a larger
 * namesake abroad, and the country or region itself when the gazetteer has none there.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces, indexGazetteer } from './places';
import { worldGazetteer } from './world-gazetteer';
import { distanceKm } from './geo';
import { candidatesOf as run } from './test-support';

const point = (c: { geometry: { coordinates: unknown } }): [number, number] => c.geometry.coordinates as [number, number];

describe('a place named with its country ("the town of X in central <country>")', () => {
  it('is never a larger namesake abroad: with no X there, the part of the country named, said so', () => {
    // GeoNames has a Tempe of 175,000 in Arizona and none in Greece.
    const found = run('At least 20 people were killed when two trains collided near the town of Tempe in central Greece, the fire brigade said.', '2023-03-01');
    expect(found).toHaveLength(1);
    const c = found[0] as (typeof found)[number];
    expect(distanceKm(point(c), [22, 39])).toBeLessThan(150);
    expect(c.properties.place).toBe('tempe-central-greece');
    const greece = { countries: new Set(['GR']), points: [], persons: new Set<string>() };
    const tempe = findPlaces('near the town of Tempe in central Greece.', 0, indexGazetteer([]), worldGazetteer, greece)[0];
    expect(tempe?.place.note).toMatch(/Tempe not found in the gazetteer in central Greece \(only Tempe, US; Tempe, AU elsewhere\)/);
  });

  it('takes the namesake in the country named when there is one', () => {
    // Two Tripolis: Lebanon's and Libya's (the capital, far larger), in an article naming both countries.
    const found = run('Gunmen attacked a police station in Tripoli, in northern Lebanon, on Sunday, killing three Libyan officers.', '2024-05-06');
    expect(found).toHaveLength(1);
    expect(distanceKm(point(found[0] as (typeof found)[number]), [35.85, 34.43])).toBeLessThan(30);
  });
});

describe('a place named with its region ("X, in <country>\'s <region> State", "X of <region> Region")', () => {
  it('falls back to the region named when the gazetteer lacks the village', () => {
    const found = run('Jets bombed the village of Zyxwa in Sagaing Region on Tuesday, killing at least 30 people, residents said.', '2023-04-12');
    expect(found).toHaveLength(1);
    const c = found[0] as (typeof found)[number];
    // Sagaing Region's GeoNames seat-based centre, not a point elsewhere in Myanmar.
    expect(distanceKm(point(c), [95.3, 22.55])).toBeLessThan(60);
    expect(c.properties.place).toBe('zyxwa-sagaing-region');
  });
});

describe('"north of <capital>" with no distance stated', () => {
  it('reaches as far as a capital is named for, not 20 km beside it', () => {
    const found = run('Two trains collided late Tuesday north of Madrid, killing at least 40 people, officials said.', '2024-03-06');
    expect(found).toHaveLength(1);
    const c = found[0] as (typeof found)[number];
    const madrid: [number, number] = [-3.70, 40.42];
    expect(distanceKm(point(c), madrid)).toBeGreaterThan(100);
    expect(point(c)[1]).toBeGreaterThan(madrid[1] + 1);
  });

  it('stays beside a small town', () => {
    const found = run('Troops advanced on Tuesday northwest of the border town of Sudzha, the ministry said.', '2024-08-07');
    expect(found).toHaveLength(1);
    expect(distanceKm(point(found[0] as (typeof found)[number]), [35.27, 51.19])).toBeLessThan(40);
  });
});

describe('"<name> State" as a first-level region', () => {
  it('is the state, so the town named in it is where it happened, not the state\'s namesake town', () => {
    // Owo lies in Ondo State, 80 km from the town of Ondo.
    const found = run('Gunmen attacked a church in Owo local government area of Ondo State on Sunday, killing many worshippers.', '2022-06-05');
    expect(found).toHaveLength(1);
    expect(distanceKm(point(found[0] as (typeof found)[number]), [5.587, 7.196])).toBeLessThan(20);
  });
});

describe('the attackers named again ("the gunmen stormed ...")', () => {
  it('is a claim on the attack that introduced them, not an attack of its own', () => {
    const text = [
      'Gunmen on Friday attacked a mosque in Kano, killing several worshippers, police said.',
      '',
      'According to witnesses, the gunmen stormed the prayer hall in Kano during the service and opened fire on the congregation.',
    ].join('\n');
    const found = run(text, '2024-05-11');
    expect(found).toHaveLength(1);
    expect(found[0]?.properties.claims).toHaveLength(2);
  });

  it('stays apart when the sentence names no attackers the report introduced', () => {
    const text = [
      'A bomb exploded at a market in Kano on Friday, police said.',
      '',
      'According to witnesses, the gunmen stormed a church in Zaria on Friday and opened fire on the congregation.',
    ].join('\n');
    expect(run(text, '2024-05-11')).toHaveLength(2);
  });
});

describe('"<country>\'s army intercepted a missile from <country>"', () => {
  it('happened over the intercepting country, not in the story\'s theatre', () => {
    const text = [
      'Air strikes hit the port of Hodeidah in Yemen on Thursday, killing at least 20 people, officials said.',
      '',
      'Israel’s army said on Friday it had intercepted an incoming missile from Yemen.',
    ].join('\n');
    const found = run(text, '2025-04-18');
    const intercepted = found.find((c) => c.properties.claims.some((q) => q.quote.includes('intercepted')));
    expect(intercepted).toBeDefined();
    expect(distanceKm(point(intercepted as (typeof found)[number]), [35.13, 31.47])).toBeLessThan(150);
  });
});

describe('what is said or done about a disaster or an attack by those answerable for it', () => {
  it('a resignation, an arrest and the cause named are claims on it', () => {
    const text = [
      'A deadly bus crash Tuesday near Lyon killed at least 12 people, officials said.',
      'The transport minister resigned on Wednesday in Lyon, hours after the crash.',
      'Wednesday morning, police arrested the bus company’s manager in Lyon.',
      'The prime minister said in Lyon on Wednesday that the crash was mainly due to a tragic human error.',
    ].join('\n');
    const found = run(text, '2024-03-06');
    expect(found).toHaveLength(1);
    expect(found[0]?.properties.claims).toHaveLength(4);
  });

  it('a condemnation naming the strike in several words is a claim on it', () => {
    const text = [
      'US air strikes on the port of Hodeidah killed at least 30 people on Thursday, officials said.',
      'A foreign ministry spokesman on Friday strongly condemned the barbaric US air strike on the port of Hodeidah.',
    ].join('\n');
    expect(run(text, '2025-04-18')).toHaveLength(1);
  });

  it('stays apart after a protest: a resignation there is a move in the dispute', () => {
    const text = [
      'Police fired tear gas at protesters in Dhaka on Monday, killing two people.',
      'The prime minister resigned in Dhaka on Tuesday and left the country.',
    ].join('\n');
    expect(run(text, '2024-08-06')).toHaveLength(2);
  });
});

describe('a campaign begun or kept up ("began large-scale strikes last month")', () => {
  it('is background, not a happening', () => {
    const text = [
      'Air strikes on the port of Hodeidah in Yemen killed at least 30 people on Thursday, officials said.',
      '',
      'The coalition began large-scale strikes last month against the rebels in Yemen.',
      '',
      'The rebels began their attacks on shipping in late 2023 off the coast of Yemen.',
    ].join('\n');
    expect(run(text, '2025-04-18')).toHaveLength(1);
  });

  it('keeps an offensive launched on a day', () => {
    const text = 'The army launched large-scale strikes on Tuesday on rebel positions near Hodeidah, officials said.';
    expect(run(text, '2025-04-18')).toHaveLength(1);
  });
});

describe('a bare ", <country>" after a place', () => {
  it('qualifies it only where the clause ends, not when the country speaks', () => {
    const found = run('An air strike killed 12 people in Gaza, Israel said on Monday.', '2024-05-06');
    expect(found).toHaveLength(1);
    expect(distanceKm(point(found[0] as (typeof found)[number]), [34.45, 31.5])).toBeLessThan(30);
  });
});

describe('a day in ", as <work> continued <day>"', () => {
  it('dates the work going on at the telling, not the event beside it', () => {
    const found = run('Another 30 people were injured when the bridge collapsed near Lyon late Tuesday, officials said, as rescue operations continued Wednesday morning.', '2024-03-06');
    expect(found).toHaveLength(1);
    expect(found[0]?.properties.start).toBe('2024-03-05');
  });
});
