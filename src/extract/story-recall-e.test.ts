/**
 * What story-recall round E fixed, as general rules. "The Mount Kerinci volcano erupted in
 * Indonesia", "a ferry sank on Indonesia's Lake Toba": a mountain, volcano, lake, port or airport
 * the gazetteer lacks, told only with the country it is in, lies in the part of that country the
 * article names most (a province, or a town, with a radius for the town's surroundings), not at
 * the country's centre. "It capsized near the port": only a boat
 * capsizes, so the word is a vessel lost with no vessel named beside it. "The wooden ferry, which
 * may have had aboard five times the passengers it could carry when it went down on Monday":
 * "may have had", "might have been" guess at what was, not a forecast, so the sentence is placed
 * and dated as a happening told. "Special Task Force (STF)": capitals alone in brackets after a
 * name are its initials, not a town GeoNames lists under that alternate name.
 */
import { describe, expect, it } from 'vitest';
import { categorize, statusOf } from './classify';
import { distanceKm } from './geo';
import { candidatesOf as run, where, withQuote } from './test-support';

describe('a feature the gazetteer lacks, told with its country only', () => {
  const volcano = [
    'Twelve climbers were killed when the Mount Kerinci volcano erupted in Indonesia on Sunday.',
    'One climber remained missing, said the deputy police chief in Jambi province.',
  ].join('\n\n');
  it('lies in the province the article names', () => {
    const c = withQuote(run(volcano, '2023-12-05'), /^Twelve climbers/);
    expect(c).toBeDefined();
    expect(c?.properties.place).not.toBe('indonesia');
    expect(distanceKm(where(c!), [101.6, -1.6])).toBeLessThan(150);
  });
  it('or near the town it names nearby, with a radius for its surroundings', () => {
    const lake = [
      "A ferry carrying about 150 people sank on Indonesia's Lake Toba on Monday, leaving dozens missing.",
      'The head of the search and rescue agency in the nearby city of Medan said the boat was overcrowded.',
    ].join('\n\n');
    const c = withQuote(run(lake, '2018-06-19'), /^A ferry carrying/);
    expect(c).toBeDefined();
    expect(distanceKm(where(c!), [98.67, 3.58])).toBeLessThan(10);
    expect(c?.candidate.newPlace?.radiusKm ?? 0).toBeGreaterThanOrEqual(50);
  });
  it('but with no part of the country named, the country stays', () => {
    const c = withQuote(run(volcano.split('\n\n')[0] ?? '', '2023-12-05'), /^Twelve climbers/);
    expect(c?.properties.place).toBe('indonesia');
  });
  it('and a happening told with its country and no feature stays there', () => {
    const text = ['Floods killed twelve people in Indonesia on Sunday.', 'One person remained missing, said the deputy police chief in Jambi province.'].join('\n\n');
    const c = withQuote(run(text, '2023-12-05'), /^Floods killed/);
    expect(c?.properties.place).toBe('indonesia');
  });
});

describe('"it capsized", the vessel named before', () => {
  it('is a vessel lost, though the sentence names no vessel', () => {
    expect(categorize('It capsized near the port around half an hour later.', undefined)).toEqual({ category: 'other', cue: 'capsized' });
  });
  it('but "the deal went down" names no vessel and is none', () => {
    expect(categorize('The deal went down badly with investors.', undefined).cue).toBeUndefined();
  });
});

describe('"may have had aboard", said of what happened', () => {
  const text = [
    'A ferry sank on Lake Toba in North Sumatra, Indonesia, on Monday, leaving at least 192 people missing.',
    'Divers resumed a search for the wooden ferry, which may have had aboard five times the passengers it could carry when it went down in bad weather on Monday.',
  ].join('\n\n');
  it('is a guess about the past, placed and dated as the happening', () => {
    const c = withQuote(run(text, '2018-06-21'), /^Divers resumed/);
    expect(c).toBeDefined();
    expect(c?.properties.start).toBe('2018-06-18');
    expect(distanceKm(where(c!), [99.0, 2.6])).toBeLessThan(250);
  });
  it('while "may" before a day to come stays a forecast', () => {
    expect(statusOf('The ferry may sail again on Friday.', undefined, '2018-06-21', 'movement')).toBe('forecast');
  });
});

describe('initials in brackets after a name', () => {
  const text = [
    "Anti-government protesters on Saturday set fire to the Prime Minister's private residence in the heart of Colombo.",
    "However, the police's elite Special Task Force (STF) attacked the protesters and six journalists on Saturday.",
  ].join('\n\n');
  it('are the name\'s initials, not a town of that alternate name', () => {
    const c = withQuote(run(text, '2022-07-09'), /^However, the police/);
    expect(c).toBeDefined();
    expect(distanceKm(where(c!), [79.85, 6.93])).toBeLessThan(50);
  });
});
