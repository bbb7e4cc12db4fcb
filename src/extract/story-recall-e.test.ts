/**
 * What story-recall round E fixed, as general rules. "It capsized near the port": only a boat
 * capsizes, so the word is a vessel lost with no vessel named beside it. "The wooden ferry, which
 * may have had aboard five times the passengers it could carry when it went down on Monday":
 * "may have had", "might have been" guess at what was, not a forecast, so the sentence is placed
 * and dated as a happening told.
 */
import { describe, expect, it } from 'vitest';
import { categorize, statusOf } from './classify';
import { distanceKm } from './geo';
import { candidatesOf as run, where, withQuote } from './test-support';

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
