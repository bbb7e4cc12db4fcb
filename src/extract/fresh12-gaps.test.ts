/**
 * Dates, categories and places the fresh-12 round fixed, each as a general rule: a crowd
 * crush named again by its crowd, an occasion ("the wedding was held on Saturday") giving the
 * day of what happened at it, and a day of mourning after a toll dating the mourning only.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, withQuote } from './test-support';

describe('a lede dated further down, by its crowd or its occasion', () => {
  it('takes the day a later sentence gives the crowd of a crush ("what led the crowd to surge ... on Friday night")', () => {
    const found = run([
      'JAKARTA, Indonesia -- Families searched hospitals for relatives after a crush that killed more than 80 people when a packed concert crowd pushed into a narrow gate at a stadium in Jakarta.',
      '',
      'It was still unclear what made the crowd surge towards the gate in the Senayan area on Friday night, and the police promised an inquiry.',
    ].join('\n'), '2023-05-14');
    const lede = withQuote(found, /^JAKARTA, Indonesia -- Families/);
    expect(lede?.properties.start).toBe('2023-05-12');
    expect(lede?.candidate.reportDated).toBe(false);
  });

  it('takes the day the occasion was held on ("The funeral was held on Sunday") for a blast at it', () => {
    const found = run([
      'A suicide bomber has detonated explosives at a funeral in Bama town, Borno State, killing nine mourners and wounding others.',
      '',
      'According to a witness, the bomber walked in among the mourners before setting off the device.',
      '',
      'The funeral was held on Sunday near the central mosque in Bama town.',
    ].join('\n'), '2024-03-19');
    const lede = withQuote(found, /^A suicide bomber has detonated/);
    expect(lede?.properties.start).toBe('2024-03-17');
    expect(lede?.candidate.reportDated).toBe(false);
  });

  it('keeps the report window when the occasion named further down is another one ("another wedding on Sunday")', () => {
    const found = run([
      'A suicide bomber has detonated explosives at a wedding in Bama town, Borno State, killing nine guests and wounding others.',
      '',
      'Guests at another wedding on Sunday fled when shots were heard near the central mosque in Bama town.',
    ].join('\n'), '2024-03-19');
    const lede = withQuote(found, /^A suicide bomber has detonated/);
    expect(lede?.candidate.reportDated).toBe(true);
  });
});

describe('a day of mourning after a toll', () => {
  it('dates the mourning, not the deaths ("was in mourning on Tuesday after more than 80 people ... died")', () => {
    const found = run([
      'Indonesia was in mourning on Tuesday after more than 80 people, most of them teenagers, died when a packed concert crowd pushed into a narrow gate at a stadium in Jakarta.',
      '',
      'It was still unclear what made the crowd surge towards the gate in the Senayan area on Saturday night, and the police promised an inquiry.',
    ].join('\n'), '2023-05-16');
    const lede = withQuote(found, /^Indonesia was in mourning/);
    expect(lede?.properties.start).toBe('2023-05-13');
  });
});
