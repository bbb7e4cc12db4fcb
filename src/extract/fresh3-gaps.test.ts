/**
 * Gaps a part of stories never looked at showed (border clashes between Thailand and
 * Cambodia and between Armenia and Azerbaijan, hostage handovers in Gaza, a protest at an
 * airport in Peru), each as a general rule: one happening told from both sides, as a
 * timeline of one morning or through the reactions to it is one candidate; a time of day
 * takes the story's day.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from './candidates';
import { indexGazetteer } from './places';
import { worldGazetteer } from './world-gazetteer';

// The world gazetteer takes seconds to load on a busy machine; load it once, before the tests' own time starts.
beforeAll(() => void worldGazetteer(), 60_000);

const ctx = { gazetteer: indexGazetteer([]), world: worldGazetteer };
const run = (text: string, day: string) =>
  extractArticle({ path: 'x.txt', source: 'x.txt', text, bodyStart: 0, published: { start: day, end: day, outlet: 'Wire', headline: null } }, ctx).candidates;
const quotes = (c: { properties: { claims: Array<{ quote: string }> } }): string[] => c.properties.claims.map((q) => q.quote);
const withQuote = (found: ReturnType<typeof run>, start: RegExp) => found.find((c) => quotes(c).some((q) => start.test(q)));

describe('a time of day', () => {
  it('takes the day the lede gives, however many paragraphs later it comes', () => {
    const text = [
      'Troops opened fire at a military base in the province of Surin on Thursday morning, the army said.',
      'Soldiers heard a drone circling the base, the army said.',
      'Residents were told to stay indoors.',
      'Since then, the army has reported continued clashes.',
      'Schools in the area were closed.',
      'At 9.40am, rockets hit a temple in Si Sa Ket province, the army said.',
    ].join('\n');
    const c = withQuote(run(text, '2025-07-24'), /^At 9\.40am/);
    expect(c?.properties.start).toBe('2025-07-24');
    expect(c?.properties.end).toBe('2025-07-24');
    expect(c?.properties.datePrecision).toBe('day');
  });

  it('is no day at all when the article gives none', () => {
    const c = withQuote(run('At 9.40am, rockets hit a temple in Si Sa Ket province, the army said.', '2025-07-24'), /^At 9\.40am/);
    expect(c?.properties.datePrecision).toBe('approximate');
  });
});
