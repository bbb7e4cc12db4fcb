/**
 * What the fresh-18 round fixed, each as a general rule: a toll told place by place is one
 * event per place, each with its own figure.
 */
import { describe, expect, it } from 'vitest';
import { distanceKm } from './geo';
import { splitSentences } from './sentences';
import { candidatesOf as run, quotes, where } from './test-support';

const at = (found: ReturnType<typeof run>, p: [number, number]) => found.find((c) => distanceKm(where(c), p) < 6);
const figuresOf = (c: ReturnType<typeof run>[number] | undefined) => c?.properties.figures.map((f) => f.value) ?? [];

describe('a toll told place by place', () => {
  it('is one candidate per place, each with its own figure ("A in the province of X, B in the province of Y")', () => {
    const text = 'A strong earthquake struck southern Spain late on Monday. The quake caused 41 deaths in the province of Granada, 17 in the province of Almeria and 6 in the province of Murcia, the interior ministry said.';
    const found = run(text, '2025-03-04').filter((c) => quotes(c).some((q) => /^The quake caused/.test(q)));
    // Each province's candidate carries its own figure and lies in that province.
    const withFigure = (n: number) => found.filter((c) => figuresOf(c).join() === String(n));
    const near = (n: number, p: [number, number]) => withFigure(n).some((c) => distanceKm(where(c), p) < 80);
    expect([near(41, [-3.6, 37.18]), near(17, [-2.46, 36.84]), near(6, [-1.13, 37.99])]).toEqual([true, true, true]);
    expect(withFigure(17)[0]?.properties.start).toBe('2025-03-03');
  });

  it('keeps the total on its own candidate and gives "two each in A and B" to both places', () => {
    const text = 'A powerful earthquake hit central Italy on Sunday. Of the 50 deaths, 30 were in Perugia, 12 in Terni, and two each in Assisi and Foligno.';
    const found = run(text, '2025-03-04').filter((c) => quotes(c).some((q) => /^Of the 50 deaths/.test(q)));
    expect(found.some((c) => figuresOf(c).includes(50))).toBe(true);
    expect(figuresOf(at(found, [12.64, 42.56]))).toEqual([12]);
    expect(figuresOf(at(found, [12.61, 43.07]))).toEqual([2]);
    expect(figuresOf(at(found, [12.7, 42.95]))).toEqual([2]);
  });

  it('gives a place one candidate when the list opens with a place no gazetteer knows', () => {
    const text = 'A strong earthquake struck southern Spain late on Monday. The quake caused 41 deaths in the province of Qwzarte, 17 in the province of Almeria and 6 in the province of Murcia.';
    const found = run(text, '2025-03-04').filter((c) => quotes(c).some((q) => /^The quake caused/.test(q)));
    const ids = found.map((c) => c.properties.place);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('leaves out a listed name read as a namesake far from every other place of the list', () => {
    const text = 'A strong earthquake hit the Noto Peninsula on Monday. The prefecture confirmed 12 deaths in Wajima, 9 in Nanao and 1 in Shika.';
    const found = run(text, '2024-01-03').filter((c) => quotes(c).some((q) => /^The prefecture confirmed/.test(q)));
    expect(found.length).toBeGreaterThan(1);
    expect(found.filter((c) => distanceKm(where(c), [136.9, 37.39]) > 500).map((c) => c.properties.place)).toEqual([]);
  });

  it('does not split a sentence that names where a single toll happened', () => {
    const text = 'At least 12 people were killed in Granada on Monday when the quake hit southern Spain, and 3 other people were hurt.';
    const found = run(text, '2025-03-04');
    expect(found.length).toBe(1);
  });
});

describe('a massacre told the morning before the day a video circulated', () => {
  const text = [
    'Gunfire was heard around Kaya, in north-central Burkina Faso, on Sunday, August 25, as a video of the dead circulated.',
    '',
    "The previous morning, dozens of men on motorcycles machine-gunned these villagers, who had been told to dig trenches by the head of Ouagadougou's ruling junta.",
  ].join('\n');
  const found = () => run(text, '2024-08-27').filter((c) => quotes(c).some((q) => /^The previous morning/.test(q)));

  it('is violence against civilians, dated the day before', () => {
    const c = found()[0];
    expect(c?.properties.category).toBe('violence-against-civilians');
    expect(c?.properties.start).toBe('2024-08-24');
  });

  it("is not placed at the capital whose rulers the sentence names", () => {
    const c = found()[0];
    expect(c).toBeDefined();
    expect(distanceKm(where(c!), [-1.53, 12.37])).toBeGreaterThan(50);
  });

  it('keeps soldiers firing on a base a strike, not violence against civilians', () => {
    const c = run('Soldiers fired on a rebel base near Kaya on Sunday.', '2024-08-27')[0];
    expect(c?.properties.category).not.toBe('violence-against-civilians');
  });
});

describe('sentences run together without a space after the stop', () => {
  it('are split between a word ending in lower case and a capitalised one', () => {
    const text = 'Rescue work went on in the valley, a militia stronghold.The army has not yet commented in Israel.Militants fired rockets at a base near Haifa on Monday, citing U.S. reports on News.Az.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Rescue work went on in the valley, a militia stronghold.',
      'The army has not yet commented in Israel.',
      'Militants fired rockets at a base near Haifa on Monday, citing U.S. reports on News.Az.',
    ]);
  });
});
