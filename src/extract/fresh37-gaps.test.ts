/**
 * What the fresh-37 round AA fixed, as general rules. Each test is a made-up wire sentence,
 * seen failing before its rule existed.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, where, withQuote } from './test-support';

describe('an earlier happening the news "follows", told with its month and place', () => {
  it('is a candidate of its own ("This crash follows one in March 2019, when ... in northern Ghana")', () => {
    const found = run('Two minibuses collided near Tamale on Sunday, killing 19 people, police said. This crash follows one in March 2019, when at least 60 people were killed and 30 more injured as two buses collided in northern Ghana.', '2023-05-08');
    const earlier = withQuote(found, /This crash follows one in March 2019/);
    expect(earlier?.properties.start).toBe('2019-03-01');
    expect(earlier?.properties.end).toBe('2019-03-31');
  });
  it('leaves a sentence that only compares, with no place, as background ("follows one in March 2019 that shocked the country")', () => {
    const found = run('Two minibuses collided near Tamale on Sunday, killing 19 people, police said. The crash follows one in March 2019 that shocked the country.', '2023-05-08');
    expect(found.some((c) => c.properties.start.startsWith('2019'))).toBe(false);
  });
});

describe('commanders meeting in the field, told only "in the area"', () => {
  it('is a happening of its own at the story\'s place, on its own day ("held a flag meeting with his counterpart on Monday")', () => {
    const found = run('Troops of the two armies clashed on the frontier near Kargil on March 3, the army said in a statement. "The local commander in the area held a flag meeting with his counterpart on Monday to discuss the issue."', '2023-03-07');
    const meeting = withQuote(found, /held a flag meeting/);
    expect(meeting?.properties.category).toBe('movement');
    expect(meeting?.properties.start).toBe('2023-03-06');
    const [lon, lat] = where(meeting as (typeof found)[number]);
    expect(Math.abs(lon - 76.13) < 0.5 && Math.abs(lat - 34.56) < 0.5).toBe(true);
  });
});

describe('an act done "as a follow-up of" the happening', () => {
  it('is news of its own, not the happening named back ("As a follow-up of the incident, the commander ... held a flag meeting")', () => {
    const found = run('Troops of the two armies were involved in a face off on the frontier near Kargil on March 3, leading to minor injuries on both sides, the army said. As a follow-up of the incident, the commander in the area held a flag meeting with his counterpart to discuss the issue, the army said.', '2023-03-07');
    expect(found.some((c) => /^As a follow-up of the incident/.test(c.properties.claims[0]?.quote ?? ''))).toBe(true);
  });
});

describe('an act done "as a follow-up of" the happening, with no day of its own', () => {
  it('is dated from the happening\'s day to the report ("As a follow-up of the incident, the commander ... held a flag meeting")', () => {
    const found = run('Troops of the two armies were involved in a face off on the frontier near Kargil on March 3, leading to minor injuries on both sides, the army said. As a follow-up of the incident, the commander in the area held a flag meeting with his counterpart to discuss the issue, the army said.', '2023-03-07');
    const meeting = found.find((c) => /^As a follow-up of the incident/.test(c.properties.claims[0]?.quote ?? ''));
    expect(meeting?.properties.start).toBe('2023-03-03');
    expect(meeting?.properties.end).toBe('2023-03-07');
  });
});
