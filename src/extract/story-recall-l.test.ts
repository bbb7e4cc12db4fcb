/**
 * What the L story-recall round fixed, as general rules. "The Lee County sheriff said hundreds
 * could be dead", in a story that names Florida beside its towns: a county named after a town is
 * around a town of that name in the state the article names, not around a namesake in another
 * state; with none there, the county is no place the gazetteer can put.
 */
import { describe, expect, it } from 'vitest';
import { distanceKm } from './geo';
import { candidatesOf as run, where, withQuote } from './test-support';

describe('a county named after a town, in a story that names its state', () => {
  const text = [
    'Hurricane Ian made landfall near Fort Myers on Wednesday, and Naples and Punta Gorda were flooded across Florida.',
    'The Lee County sheriff told a national audience on Thursday that hundreds could be dead from the storm.',
  ].join('\n\n');
  const fortMyers: [number, number] = [-81.87, 26.62];
  it('is not put around a namesake town in another state', () => {
    const sheriff = withQuote(run(text, '2022-09-30'), /^The Lee County sheriff/);
    expect(sheriff).toBeDefined();
    expect(distanceKm(where(sheriff as never), fortMyers)).toBeLessThan(600);
  });
  it('but with no state named, the county is still around the town of its name', () => {
    const alone = 'The Lee County sheriff said on Thursday that two people were killed in a crash.';
    expect(withQuote(run(alone, '2022-09-30'), /^The Lee County sheriff/)?.properties.place).toBe('lee-county');
  });
});
