import { describe, expect, it } from 'vitest';
import model from './keep-model.json';
import { chance, FEATURES, featuresOf, fit } from './keep-score';
import { candidatesOf, withQuote } from './test-support';

const at = (name: string): number => FEATURES.indexOf(name);
const row = (signs: Record<string, number>): number[] => FEATURES.map((n) => (n === 'bias' ? 1 : (signs[n] ?? 0)));

describe('fit', () => {
  it('learns a sign that tells events apart, and nothing from one that does not', () => {
    const rows = [...Array.from({ length: 40 }, (_, i) => row({ first: i % 2, said: i % 4 < 2 ? 1 : 0 }))];
    const labels = rows.map((r) => r[at('first')] as number);
    const w = fit(rows, labels);
    expect(w.first).toBeGreaterThan(2);
    expect(Math.abs(w.said ?? 0)).toBeLessThan(0.1);
    expect(chance(w, row({ first: 1 }))).toBeGreaterThan(0.8);
    expect(chance(w, row({ first: 0 }))).toBeLessThan(0.2);
  });

  it('gives the same model for the same rows', () => {
    const rows = [row({ first: 1 }), row({ quoted: 1 }), row({ first: 1, said: 1 })];
    expect(fit(rows, [1, 0, 1])).toEqual(fit(rows, [1, 0, 1]));
  });
});

describe('the signs of a candidate', () => {
  const text = [
    'A drone strike killed six soldiers at a base near Dunmore on Monday, the army said.',
    '',
    'The strike came as talks on a truce stalled.',
    '',
    '"We are meeting the families today," the mayor of Dunmore told reporters on Monday.',
  ].join('\n');
  const found = candidatesOf(text, '2024-03-05');
  const rows = featuresOf(found, { text, bodyStart: 0 });
  const signsOf = (quote: RegExp) => rows[found.indexOf(withQuote(found, quote)!)];

  it('read a lede: first, at the top, telling a toll someone stated', () => {
    const lede = signsOf(/^A drone strike killed/);
    expect(lede?.[at('first')]).toBe(1);
    expect(lede?.[at('position')]).toBe(0);
    expect(lede?.[at('cue:toll')]).toBe(1);
    expect(lede?.[at('said')]).toBe(1);
    expect(lede?.[at('category:strike')]).toBe(1);
  });

  it('read a later quote: not first, further down, in quotation marks', () => {
    const quote = signsOf(/^"We are meeting the families/);
    expect(quote?.[at('first')]).toBe(0);
    expect(quote?.[at('order')]).toBeGreaterThan(0);
    expect(quote?.[at('position')]).toBeGreaterThan(0.5);
    expect(quote?.[at('quoted')]).toBe(1);
    expect(quote?.[at('cue:toll')]).toBe(0);
  });
});

describe('the shipped model', () => {
  it('weighs every sign keep-score.ts reads, and only those (refit with npm run extract:train after changing them)', () => {
    expect(Object.keys(model.weights).sort()).toEqual([...FEATURES].sort());
  });

  it('was never fitted on the held-out part', () => {
    expect(model.trainedOn.length).toBeGreaterThan(0);
    expect(model.trainedOn).not.toContain('held-out');
  });

  it('ranks a lede that reports a toll far above a later quote of a speaker', () => {
    const found = candidatesOf([
      'A drone strike killed six soldiers at a base near Dunmore on Monday, the army said.',
      '',
      '"We are meeting the families today," the mayor of Dunmore told reporters on Monday.',
    ].join('\n'), '2024-03-05');
    const lede = withQuote(found, /^A drone strike killed/);
    const speaker = withQuote(found, /^"We are meeting the families/);
    expect(lede?.candidate.confidence).toBeGreaterThan(0.5);
    expect(speaker).toBeDefined();
    expect(speaker).not.toBe(lede);
    expect(speaker?.candidate.confidence).toBeLessThan(0.3);
  });
});
