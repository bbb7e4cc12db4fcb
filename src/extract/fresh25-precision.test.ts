/**
 * What the second precision round on retellings fixed, each as a general rule: a report tells
 * one happening in many sentences, and the later ones come back to it: a forecast that its toll
 * may still rise; the happening told again with no day of its own, at its place and of its
 * kind ("Occupants hit a construction hypermarket in Kharkiv."). Such a sentence is a further
 * claim on the happening it speaks of, its quote kept, not a happening of its own. A spot
 * named with its noun ("the Saltivskyi district", "the Nabataea area") is a place of its own,
 * even one no gazetteer knows, so what is told there stays apart. Each rule's test also
 * holds sentences that must stay apart (another happening, another town's count), so it
 * cannot pass by joining everything.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, quotes, withQuote, type Found } from './test-support';

describe('a forecast that a happening\'s toll may still rise ("the death toll could rise")', () => {
  it('is a claim on the happening whose toll it forecasts, even naming where the hurt are taken', () => {
    const text = [
      'At least 26 people were killed when gunmen opened fire on tourists in Pahalgam on Tuesday.',
      'The gunmen fled into the forest, police said.',
      'Security forces cordoned off the meadow.',
      'The identities of the deceased are being verified, and the death toll may rise as critically injured victims are being airlifted to medical facilities in Srinagar.',
      'The governor of Jammu and Kashmir said the number of fatalities could rise.',
      'The death toll is anticipated to rise as search and rescue efforts continue.',
      'Another attack in Islamabad killed two people on Wednesday, police said.',
    ].join('\n\n');
    const found = run(text, '2025-04-22');
    expect(found).toHaveLength(2);
    const boat = withQuote(found, /^At least 26/);
    expect(boat && quotes(boat)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^The governor of Jammu/), expect.stringMatching(/^The identities/), expect.stringMatching(/^The death toll is anticipated/),
    ]));
    expect(withQuote(found, /^Another attack/)).not.toBe(boat);
  });
});

describe('a toll forecast after a lede that counts the dead as authorities tell it', () => {
  it('is a claim on the toll told, even when that lede reads as a statement', () => {
    const text = [
      'Heavy rains have wreaked havoc in the southern state of Parana, resulting in at least 39 fatalities and leaving 68 people missing, according to local authorities on Friday. The death toll is anticipated to rise as search and rescue efforts continue.',
    ].join('\n\n');
    const found = run(text, '2024-05-04');
    expect(found).toHaveLength(1);
    expect(quotes(found[0] as Found[number])).toEqual(expect.arrayContaining([expect.stringMatching(/^The death toll is anticipated/)]));
  });
});

describe('a happening told again with no day of its own, at its place and of its kind', () => {
  it('is a claim on it; a later strike with a count of its own, and another town\'s, stay apart', () => {
    const text = [
      'Two Russian guided bombs hit a construction hypermarket in Kharkiv, killing two people, the regional governor said.',
      'The Ukrainian air force said Russian missiles had also struck Odesa.',
      'Occupants hit a construction hypermarket in Kharkiv.',
      'A later strike hit a second building in Kharkiv, killing at least four people.',
    ].join('\n\n');
    const found = run(text, '2024-05-25');
    const store = withQuote(found, /^Two Russian guided bombs/);
    expect(store && quotes(store)).toEqual(expect.arrayContaining([expect.stringMatching(/^Occupants hit/)]));
    expect(withQuote(found, /^A later strike/)).not.toBe(store);
    expect(withQuote(found, /^The Ukrainian air force/)).not.toBe(store);
  });
});

describe('a named spot ("the Saltivskyi district", "the Nabataea area") no gazetteer knows', () => {
  it('keeps a count told there apart from the happening told before, as "the town of X" does', () => {
    const text = [
      'Two Russian guided bombs hit a construction hypermarket in Kharkiv, killing two people, the regional governor said.',
      'The mayor said that in the Saltivskyi district, the bodies of three more people were found under the rubble of a five-story building.',
    ].join('\n\n');
    const found = run(text, '2024-05-25');
    expect(found).toHaveLength(2);
  });
});
