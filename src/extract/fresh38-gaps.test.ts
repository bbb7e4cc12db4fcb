/**
 * What the fresh-38 round CC fixed, as general rules. Each test is a made-up wire sentence,
 * seen failing before its rule existed.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, withQuote } from './test-support';

describe('a crowd of people evacuated or rescued, told with no other cue', () => {
  it('is a happening of its own ("Hundreds of residents and campers have been evacuated from villages")', () => {
    const found = run('Hundreds of residents and campers have been evacuated from villages near Split, on the Adriatic coast.', '2024-07-13');
    expect(withQuote(found, /Hundreds of residents and campers have been evacuated/)).toBeDefined();
  });
  it('leaves an evacuation only planned alone ("residents may be evacuated")', () => {
    const found = run('Hundreds of residents may be evacuated from villages near Split if the wind turns.', '2024-07-13');
    expect(withQuote(found, /may be evacuated/)).toBeUndefined();
  });
});

describe('a town named right after "the capital", with no comma', () => {
  it('is a place ("rioters on the streets of the capital Mamoudzou")', () => {
    const found = run('Police said some 2,000 rioters were still on the streets of the capital Mamoudzou on Thursday.', '2024-05-17');
    const riot = withQuote(found, /rioters were still on the streets/);
    expect(riot?.properties.place).toBe('mamoudzou');
  });
});

describe('a day told as the happening\'s "third day" or "fourth night"', () => {
  it('is counted back to the happening\'s first day ("faced its fourth day of rioting on Thursday")', () => {
    const found = run('The island faced its fourth day of rioting in Mamoudzou on Thursday, police said.', '2024-05-17');
    const riot = withQuote(found, /fourth day of rioting/);
    expect(riot?.properties.start).toBe('2024-05-13');
    expect(riot?.properties.end).toBe('2024-05-16');
  });
});

describe('a dateline closed by ".-" after the outlet, as some wire services set it', () => {
  it('is not where the lead\'s happening is ("Madrid, Aug 4 (EFE).- ... on the island of Tenerife")', () => {
    const found = run('Madrid, Aug 4 (EFE).- At least 8,000 people have been evacuated on the island of Tenerife because of a forest fire on Friday.', '2024-08-04');
    const lead = withQuote(found, /At least 8,000 people have been evacuated/);
    expect(lead?.properties.place).not.toBe('madrid');
  });
});
