/**
 * What the fresh-23 round fixed, each as a general rule: a single name beside a vessel noun
 * ("the container vessel named Dali", "the Dali cargo vessel") is the ship's name, not a town
 * that bears it, and neither its flag ("Singapore-flagged") nor where it was bound is where the
 * happening was; a harbour written "the Port of Baltimore" or "Baltimore Harbor" is that
 * city's; a town's name before "Industrial Park" is where the park is, not an organisation's
 * name.
 */
import { describe, expect, it } from 'vitest';
import { distanceKm } from './geo';
import { candidatesOf as run, where } from './test-support';

const BALTIMORE: [number, number] = [-76.61, 39.29];

describe('a single name beside a vessel noun', () => {
  it('is the ship, not a town of that name', () => {
    const text = [
      'Six workers were missing and presumed dead from a bridge that collapsed in Baltimore Harbor early on Tuesday when a massive cargo ship crippled by a power loss rammed it.',
      'The Singapore-flagged container vessel named Dali, heading out of the harbor bound for Sri Lanka, plowed into a support pylon of the bridge.',
      'Investigators recovered the data recorder from the Dali cargo vessel on Wednesday.',
    ].join('\n\n');
    const found = run(text, '2024-03-26');
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(distanceKm(where(c), BALTIMORE)).toBeLessThan(50);
  });
});

describe('"the Port of" before a city', () => {
  it('is that city\'s port, not a town named Port', () => {
    const text = 'At 1:29 a.m. on March 26, a container ship struck a bridge in the Port of Baltimore, an officer told dispatch.';
    const found = run(text, '2024-05-22');
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(distanceKm(where(c), BALTIMORE)).toBeLessThan(50);
  });
});

const XIANGSHUI_PLANT: [number, number] = [119.78, 34.34];

describe('a town\'s name before "Industrial Park"', () => {
  it('is the town the park is at, not an organisation\'s name', () => {
    const text = 'The blast happened on Thursday at the Chenjiagang Industrial Park in the city of Yancheng, in China\'s Jiangsu province, killing 64 people.';
    const found = run(text, '2019-03-22');
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(distanceKm(where(c), XIANGSHUI_PLANT)).toBeLessThan(40);
  });
});
