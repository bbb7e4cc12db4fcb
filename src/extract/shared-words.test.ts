/**
 * The word lists the rules share: the words that count the dead or hurt, the nouns a report
 * names a happening by, and the words that turn to another happening or time. Each rule reads
 * these lists, so one rule does not see a toll or a happening another misses.
 */
import { describe, expect, it } from 'vitest';
import { DEATHS, TOLL } from './words';

describe('the words that count the dead or hurt', () => {
  it.each([
    'At least 12 people were killed.',
    'Three soldiers died in the blast.',
    'The dead included two children.',
    'Nine people perished in the fire.',
    'The death toll rose to 40.',
    'Dozens were wounded.',
    'Five were injured and taken to hospital.',
    'Seven people were hurt.',
    'There were heavy casualties.',
    'Officials reported four fatalities.',
    'Eleven fishermen are missing.',
    'Rescuers pulled 20 bodies from the rubble.',
  ])('"%s" counts a toll', (text) => {
    expect(TOLL.test(text)).toBe(true);
  });
  it.each([
    'The minister visited the town on Monday.',
    'Police deadlocked with protesters.',
    'The tolling of church bells marked the hour.',
    'The attacker targeted security personnel, with many victims being soldiers.',
  ])('"%s" counts no toll', (text) => {
    expect(TOLL.test(text)).toBe(false);
  });
  it('the dead alone are the deaths a rescue or care sentence must not count', () => {
    expect(DEATHS.test('The fire killed 30 people.')).toBe(true);
    expect(DEATHS.test('The blaze claimed 12 lives.')).toBe(true);
    expect(DEATHS.test('The death toll stands at nine.')).toBe(true);
    expect(DEATHS.test('Rescuers searched for the injured and the missing.')).toBe(false);
  });
});

