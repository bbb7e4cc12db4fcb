/**
 * What the fresh-16 round fixed, each as a general rule: a raid dated by its attackers told
 * again, and a day that belongs only to the telling of a raid.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, withQuote } from './test-support';

describe('a raid whose day comes with its attackers told again', () => {
  const text = [
    'About 50 bodies have been buried after gunmen suspected to be militants invaded several villages in Kaura district of Kaduna State.',
    '',
    'Residents said many people were still missing.',
    '',
    'The militants, who were about 100 and armed with rifles, had on Tuesday stormed the villages on motorcycles and opened fire.',
  ].join('\n');

  it('dates the lede to the day the attackers are said to have struck', () => {
    const c = withQuote(run(text, '2022-03-10'), /^About 50 bodies have been buried/);
    expect([c?.properties.start, c?.properties.end]).toEqual(['2022-03-08', '2022-03-08']);
  });

  it('leaves the lede on its report window when the attackers are told doing something else that day', () => {
    const other = text.replace('had on Tuesday stormed the villages on motorcycles and opened fire', 'were seen on Tuesday near the river');
    const c = withQuote(run(other, '2022-03-10'), /^About 50 bodies have been buried/);
    expect(c?.properties.datePrecision).not.toBe('day');
  });
});

describe('a day that dates only the telling of a raid', () => {
  it('does not give the raid the day an official confirmed it', () => {
    const c = withQuote(run('Dozens of gunmen on motorcycles attacked four villages in Kaduna State in northern Nigeria, killing civilians, an official confirmed to Reuters on Thursday.', '2022-03-10'), /^Dozens of gunmen/);
    expect(c?.properties.datePrecision).not.toBe('day');
  });

  it('keeps a day the sentence gives the raid itself', () => {
    const c = withQuote(run('Dozens of gunmen on motorcycles attacked four villages in Kaduna State on Thursday, killing civilians, an official told Reuters.', '2022-03-10'), /^Dozens of gunmen/);
    expect([c?.properties.start, c?.properties.end]).toEqual(['2022-03-10', '2022-03-10']);
  });
});

describe('a seizure dated only by its report, told again two paragraphs on', () => {
  const text = [
    'The navy said it had seized a cargo ship carrying smuggled fuel in the Red Sea off the coast of Sudan, state media reported on Monday.',
    '',
    'The ship was taken to port for legal proceedings.',
    '',
    'The vessel, which had a crew of 12, was seized by the navy about 40 miles off the coast of Port Sudan.',
  ].join('\n');

  it('keeps the second telling on the same seizure, where it says it was', () => {
    const found = run(text, '2024-01-29');
    const lede = withQuote(found, /^The navy said it had seized/);
    expect(lede).toBeDefined();
    expect(withQuote(found, /^The vessel, which had a crew/)).toBe(lede);
  });
});
