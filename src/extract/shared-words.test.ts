/**
 * The word lists the rules share: the words that count the dead or hurt, the nouns a report
 * names a happening by, and the words that turn to another happening or time. Each rule reads
 * these lists, so one rule does not see a toll or a happening another misses.
 */
import { describe, expect, it } from 'vitest';
import { ACCIDENT_NOUN, DEATHS, HAPPENING_NOUN, OTHER_HAPPENING, OTHER_NAMED_HAPPENING, TOLL } from './words';

const noun = (list: string): RegExp => new RegExp(String.raw`\b(?:the|this|that)\s+(?:${list})\b`, 'i');

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


describe('the nouns a report names a happening by', () => {
  it.each(['the incident', 'the attack', 'the airstrikes', 'the raid', 'the shelling', 'the clashes', 'the fire', 'the blaze', 'the explosion', 'the crash', 'the collapse', 'the accident', 'the eruption', 'the landslide', 'the flooding', 'the quake', 'the stampede', 'the sinking', 'the tragedy'])('"%s" names a happening', (text) => {
    expect(noun(HAPPENING_NOUN).test(text)).toBe(true);
  });
  it.each(['the fireworks', 'the strikers', 'the crashing waves', 'the attackers', 'the raiders'])('"%s" names none', (text) => {
    expect(noun(HAPPENING_NOUN).test(text)).toBe(false);
  });
  it('the accidents and disasters alone leave out attacks, which are named back by the noun they were told with', () => {
    expect(noun(ACCIDENT_NOUN).test('the blaze')).toBe(true);
    expect(noun(ACCIDENT_NOUN).test('the incident')).toBe(true);
    expect(noun(ACCIDENT_NOUN).test('the attack')).toBe(false);
    expect(noun(ACCIDENT_NOUN).test('the airstrike')).toBe(false);
  });
});

describe('the words that turn to another happening or time', () => {
  const other = new RegExp(String.raw`\b(?:${OTHER_HAPPENING})\b`, 'i');
  it.each([
    'In another attack, two soldiers were hurt.',
    'A second blast followed.',
    'A third fire broke out.',
    'A further strike hit the port.',
    'A previous fire gutted the market.',
    'The depot was hit earlier.',
    'The site had previously been struck.',
    'A similar blast killed 12 last year.',
    'The bridge was hit two weeks ago.',
    'Elsewhere, rockets hit a school.',
    'Separately, police arrested two men.',
    'Meanwhile, rescuers reached the village.',
    'The port has been shelled since May.',
  ])('"%s" turns to another happening or time', (text) => {
    expect(other.test(text)).toBe(true);
  });
  it.each([
    'The fire gutted the market.',
    'Rescuers searched the rubble of the hotel.',
    'The seconds ticked by.',
  ])('"%s" stays with the happening told', (text) => {
    expect(other.test(text)).toBe(false);
  });
});

describe('another happening named, for sentences that count people as they go', () => {
  const named = new RegExp(String.raw`\b(?:${OTHER_NAMED_HAPPENING})\b`, 'i');
  it('"another fire" and "another deadly attack" turn to another happening', () => {
    expect(named.test('Another fire broke out in the market.')).toBe(true);
    expect(named.test('Another deadly attack hit the town.')).toBe(true);
    expect(named.test('The wounded of an earlier blast were treated there.')).toBe(true);
  });
  it('"another 3 were rescued alive" is more people, not another happening', () => {
    expect(named.test('Eight students were injured and are nursing injuries at the hospital, another 3 were rescued alive.')).toBe(false);
  });
});
