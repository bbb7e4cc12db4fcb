/**
 * What precision rounds DD and GG fixed, as general rules: the same happening told again, a later
 * sentence of the report that tells a detail, an account or a word on a happening that already
 * has a candidate, read as a claim on it rather than as a candidate of its own. The sentences
 * are made up, in the style of a wire report.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, opensOne, withQuote } from './test-support';

describe('a statement placed only at its speaker\'s seat, after a happening told elsewhere', () => {
  const lede = 'A car bomb exploded outside a police station in Mogadishu on Tuesday, killing at least nine people, police said.';
  const mid = 'Ambulances carried the wounded to the city\'s main hospital.';
  it('"US officials said they were still piecing together ..." is a word on the blast, no candidate at Washington', () => {
    const text = [lede, mid, 'US officials said they were still piecing together the chain of events that took place at the gate on Tuesday.'].join('\n\n');
    const found = run(text, '2024-05-08');
    expect(opensOne(found, /^US officials said/)).toBe(false);
    expect(withQuote(found, /^US officials said/)).toBeDefined();
  });
  it('so is a government\'s condemnation told far below it', () => {
    const text = [lede, mid, 'The militant group has carried out similar bombings in the past.', 'Meanwhile, the Kremlin spokesman condemned the act, calling it unacceptable.'].join('\n\n');
    const found = run(text, '2024-05-08');
    expect(opensOne(found, /^Meanwhile, the Kremlin spokesman/)).toBe(false);
  });
  it('but a word on troops stays a statement of its own', () => {
    const text = [lede, mid, 'US officials said they were still studying whether the army had been warned of the attack.'].join('\n\n');
    const found = run(text, '2024-05-08');
    expect(opensOne(found, /^US officials said/)).toBe(true);
  });
  it('and so does a word said on a day of its own', () => {
    const text = [lede, mid, 'On Thursday, US officials said they were still piecing together the chain of events.'].join('\n\n');
    const found = run(text, '2024-05-08');
    expect(opensOne(found, /^On Thursday, US officials said/)).toBe(true);
  });
  it('and a side\'s response, opening "In response", stays a statement of its own', () => {
    const text = [lede, mid, 'In response, the US State Department said it had ordered its embassy staff to leave the country.'].join('\n\n');
    const found = run(text, '2024-05-08');
    expect(opensOne(found, /^In response, the US State Department/)).toBe(true);
  });
});

describe('a harm told again with no day of its own, dated by the sentences before it', () => {
  const lede = 'Gunmen attacked an army post near the town of Djibo in northern Burkina Faso on Sunday, killing 11 soldiers.';
  it('"Militants fired rockets and mortars at the post" is a claim on the attack, no candidate of its own', () => {
    const text = [lede, 'Militants fired rockets and mortars at the post.'].join('\n\n');
    const found = run(text, '2024-05-14');
    expect(opensOne(found, /^Militants fired rockets/)).toBe(false);
    expect(withQuote(found, /^Militants fired rockets/)).toBeDefined();
  });
  it('so is the gunfire heard as they fought', () => {
    const text = [lede, 'Heavy gunfire was heard across the town as militants fought soldiers.'].join('\n\n');
    const found = run(text, '2024-05-14');
    expect(opensOne(found, /^Heavy gunfire was heard/)).toBe(false);
  });
  it('and so is one whose source is named after it', () => {
    const text = [lede, 'Heavy gunfire was heard across the town as militants fought soldiers, the army said in a statement.'].join('\n\n');
    const found = run(text, '2024-05-14');
    expect(opensOne(found, /^Heavy gunfire was heard/)).toBe(false);
  });
  it('but one a source tells, at a site of its own, stays a candidate', () => {
    const text = [lede, 'Militants fired rockets at a police station, a local official told reporters.'].join('\n\n');
    const found = run(text, '2024-05-14');
    expect(opensOne(found, /^Militants fired rockets at a police station/)).toBe(true);
  });
  it('and so is the harm told again with the happening two paragraphs before, a paragraph between', () => {
    const between = 'The soldiers had been sent to guard the road to the border, residents said.';
    const text = [lede, between, 'Militants fired rockets and mortars at the post.'].join('\n\n');
    const found = run(text, '2024-05-14');
    expect(opensOne(found, /^Militants fired rockets/)).toBe(false);
    expect(withQuote(found, /^Militants fired rockets/)).toBeDefined();
  });
});

describe('a harm of the same family told again with no day of its own', () => {
  const lede = 'Gunmen attacked an army post near the town of Djibo in northern Burkina Faso on Sunday, killing 11 soldiers.';
  it('"The food store at the post was broken into and looted" is a claim on the attack, though read as a riot', () => {
    const text = [lede, 'The food store at the post was broken into and looted.'].join('\n\n');
    const found = run(text, '2024-05-14');
    expect(opensOne(found, /^The food store/)).toBe(false);
    expect(withQuote(found, /^The food store/)).toBeDefined();
  });
});
