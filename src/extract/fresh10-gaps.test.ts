/**
 * Places and happenings the fresh-10 stories showed wrong, each as a general rule: a boat
 * capsizing on a named lake is on the lake, and a town named with "district" or "area" ("the
 * Jahra district", "the Salmiya area") is that town, not a wide region around it.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, where } from './test-support';
import { distanceKm } from './geo';

const km = distanceKm;

describe('a happening on a named lake ("capsized on Lake Victoria")', () => {
  it('is placed on the lake, not at the country\'s centre', () => {
    const found = run('At least 20 people drowned when a boat carrying traders capsized on Lake Victoria in Uganda on Tuesday, police said.', '2024-05-08');
    expect(found).toHaveLength(1);
    const c = found[0] as (typeof found)[number];
    // Lake Victoria's centre lies about 1 S 33 E; Uganda's about 1.3 N 32.3 E.
    expect(km(where(c), [33.0, -1.0])).toBeLessThan(60);
    expect(c.candidate.newPlace?.radiusKm ?? 0).toBeGreaterThan(100);
  });

  it('holds for a smaller lake, with a radius that covers only it', () => {
    const found = run('A ferry sank on Lake Tana in Ethiopia on Sunday, killing 15 passengers, officials said.', '2024-05-08');
    const c = found[0] as (typeof found)[number];
    expect(km(where(c), [37.3, 12.0])).toBeLessThan(30);
    expect(c.candidate.newPlace?.radiusKm ?? 0).toBeLessThan(80);
  });
});

describe('a town named with "district" or "area" ("the southern Salmiya district")', () => {
  it('is the town itself, not a 40 km region around it', () => {
    const found = run('At least 30 workers were killed when a fire swept through a building in the southern Salmiya district of Kuwait early on Wednesday, officials said.', '2024-06-12');
    expect(found).toHaveLength(1);
    const c = found[0] as (typeof found)[number];
    expect(c.candidate.newPlace?.kind).toBe('city');
    expect(c.candidate.newPlace?.radiusKm ?? 0).toBeLessThan(20);
  });

  it('leaves a district that is a unit of government around its seat ("Poonch district" in India)', () => {
    const found = run('Two soldiers were killed in shelling across the Line of Control in Poonch district on Friday, the army said.', '2017-10-13');
    const c = found[0] as (typeof found)[number];
    expect(c.candidate.newPlace?.kind).toBe('region');
  });

  it('holds for "the ... area"', () => {
    const found = run('A fire broke out in a kitchen of a building in the Fahaheel area on Wednesday, killing 30 workers, police said.', '2024-06-12');
    const c = found[0] as (typeof found)[number];
    expect(c.candidate.newPlace?.kind).toBe('city');
  });
});

describe('a first-level "department" ("in Haiti\'s Artibonite department", "Colombia\'s Cauca department")', () => {
  it('is that region, found without the elided article its outline is named with ("L\'Artibonite")', () => {
    const found = run('Gang members attacked the town of Liancourt in Haiti\'s Artibonite department on Thursday, killing at least 20 people, the police said.', '2024-10-04');
    const c = found[0] as (typeof found)[number];
    expect(c.candidate.newPlace?.kind).toBe('region');
    // The outline's centre lies about 19.3 N 72.7 W, 80 km north of Port-au-Prince.
    expect(km(where(c), [-72.66, 19.34])).toBeLessThan(30);
  });

  it('holds for a department named without an article', () => {
    const found = run('Rebels attacked a police post in Colombia\'s Cauca department on Monday, killing two officers, the army said.', '2024-10-04');
    const c = found[0] as (typeof found)[number];
    expect(c.candidate.newPlace?.kind).toBe('region');
  });
});

describe('a happening placed only in a country whose listed centre lies outside it ("in Kuwait")', () => {
  it('is put among the country\'s places, not beyond its border', () => {
    const found = run('At least 41 people died when a fire swept through a building that housed workers in Kuwait early Wednesday, officials said.', '2024-06-12');
    const c = found[0] as (typeof found)[number];
    // Kuwait City lies at 29.37 N 47.98 E; world-countries lists Kuwait's centre at 45.75 E, in Iraq's desert.
    expect(km(where(c), [47.98, 29.37])).toBeLessThan(50);
  });
});

describe('a fire told again ("The fire started early Wednesday ...") after the lede told its toll', () => {
  const lede = 'At least 12 workers were killed when a fire engulfed a residential building in the Fahaheel area of Kuwait on Wednesday, officials said.';

  it('is a claim on the happening, not a second event of no kind', () => {
    const found = run(`${lede} The fire started early Wednesday morning, apparently in a kitchen on a lower floor, and quickly spread.`, '2024-06-12');
    expect(found).toHaveLength(1);
    expect(found[0]?.properties.claims.map((c) => c.quote)).toContainEqual(expect.stringMatching(/^The fire started/));
  });

  it('still keeps another fire apart', () => {
    const found = run(`${lede} Another fire broke out at a warehouse in Jahra on Thursday, injuring two people.`, '2024-06-13');
    expect(found.length).toBeGreaterThan(1);
  });
});

describe('the same count told again paragraphs later ("confirming that 23 people have died")', () => {
  const lede = 'Authorities have confirmed that 18 people have died after a ferry capsized on Lake Victoria in Uganda on Tuesday.';
  const middle = '\n\nThe ferry was carrying traders and their goods to a market on an island.\n\nWitnesses said it began to sink a few metres from the shore.\n\nSoldiers and fishermen rescued some of the passengers.\n\n';

  it('is a claim on the happening it counts, however far down it comes', () => {
    const found = run(`${lede}${middle}On Tuesday, the district commissioner released a statement confirming that 18 people have died.`, '2024-05-08');
    const lede0 = found.find((c) => c.properties.claims.some((q) => /^Authorities/.test(q.quote)));
    expect(lede0?.properties.claims.map((q) => q.quote)).toContainEqual(expect.stringMatching(/^On Tuesday, the district commissioner/));
  });

  it('keeps a different count that far down apart', () => {
    const found = run(`${lede}${middle}On Tuesday, the district commissioner said 25 people had died.`, '2024-05-08');
    const lede0 = found.find((c) => c.properties.claims.some((q) => /^Authorities/.test(q.quote)));
    expect(lede0?.properties.claims.map((q) => q.quote)).not.toContainEqual(expect.stringMatching(/^On Tuesday, the district commissioner/));
  });
});
