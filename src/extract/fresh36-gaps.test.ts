/**
 * What the fresh-36 round Y fixed, as general rules. "According to the DIG": an all-capital
 * initialism after "the" is an office or a body, not a town that has it as a name.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, where } from './test-support';

const near = (c: Parameters<typeof where>[0], lon: number, lat: number, deg = 1) => Math.abs(where(c)[0] - lon) < deg && Math.abs(where(c)[1] - lat) < deg;

describe('an all-capital initialism after "the"', () => {
  it('is an office, not a town ("According to the DIG, the barricades gave way")', () => {
    const found = run('A wall collapsed at a crowded temple in Kolkata on Sunday, killing nine worshippers, officials said. According to the DIG, the barricades near the gate gave way as the crowd surged forward.', '2023-04-10');
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((c) => near(c, 77.33, 27.47, 1))).toBe(false);
  });
});

describe('a toll told of an "incident"', () => {
  it('is casualties, not a strike ("12 people lost their lives in the incident, 40 were injured")', () => {
    const found = run('A crowd crush broke out at a religious fair in Patna on Saturday. Officials said 12 people lost their lives in the incident, while 40 others were injured.', '2023-04-09');
    const toll = found.find((c) => c.properties.claims.some((q) => /lost their lives in the incident/.test(q.quote)));
    expect(toll).toBeDefined();
    expect(toll?.properties.category).toBe('casualties');
  });
});

describe('"lost their lives"', () => {
  it('tells a toll ("Twelve people have lost their lives after a boat overturned")', () => {
    const found = run('Twelve people have lost their lives after a boat overturned on a river near Patna, a district official said on Monday.', '2023-04-10');
    const toll = found.find((c) => c.properties.claims.some((q) => /have lost their lives/.test(q.quote)));
    expect(toll).toBeDefined();
    expect(toll?.properties.category).toBe('casualties');
  });
});

describe('a rescue and relief operation launched', () => {
  it('is the response to the happening ("officials launched a rescue and relief operation")', () => {
    const found = run('Nine passengers were killed when a bus plunged into a gorge in Uttarakhand\'s Almora district on Tuesday, police said. District officials and fire crews launched a rescue and relief operation.', '2023-04-11');
    const rescue = found.find((c) => c.properties.claims.some((q) => /launched a rescue and relief operation/.test(q.quote)));
    expect(rescue).toBeDefined();
    expect(rescue?.properties.category).toBe('other');
  });
});
