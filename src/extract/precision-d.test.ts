/**
 * What precision round D fixed, as general rules. A report goes on with a happening's details
 * as its sources tell them, the source named first ("Terekhov said that Russian troops struck a
 * residential area of the city"): with no day, place or count of its own, such a detail is a
 * claim on the happening told last, not a happening of its own at the article's theatre.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, withQuote } from './test-support';

describe('a detail told with its source first', () => {
  it('"the mayor said that ..." going on with a strike told before is a claim on it', () => {
    const text = [
      'A Russian strike hit a hypermarket in Kharkiv on Saturday, killing 12 people.',
      'Terekhov said that Russian troops struck a residential area of the city, in a densely populated civilian area.',
    ].join('\n\n');
    const found = run(text, '2024-05-25');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /^Terekhov said that Russian troops/)).toBeDefined();
  });
  it('but one with a count of its own stays a candidate', () => {
    const text = [
      'Hurricane Otis hit Acapulco on Wednesday as a Category 5 storm.',
      'Security Minister Rosa Icela Rodriguez told a news conference Thursday that 27 people were dead and four were missing.',
    ].join('\n\n');
    const found = run(text, '2023-10-26');
    expect(found.some((c) => withQuote([c], /27 people were dead/) && !withQuote([c], /^Hurricane Otis hit/))).toBe(true);
  });
  it('and so does one naming a place of its own', () => {
    const text = [
      'An Israeli strike hit a house in the town of Bint Jbeil in southern Lebanon on Monday, killing two people.',
      'The Israeli army said the air force had attacked a Hezbollah weapons depot in the town of Khiam.',
    ].join('\n\n');
    const found = run(text, '2023-10-24');
    expect(found.some((c) => withQuote([c], /attacked a Hezbollah weapons depot/) && !withQuote([c], /^An Israeli strike hit/))).toBe(true);
  });
});

describe('what is only expected, after a happening', () => {
  it('"was expected to visit" the scene is a claim on the happening told, not one of its own', () => {
    const text = [
      'An explosion at a coal mine in northern Turkey killed 41 miners on Friday.',
      'Turkish President Recep Tayyip Erdogan was expected to visit Amasra on Saturday.',
    ].join('\n\n');
    const found = run(text, '2022-10-15');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /was expected to visit Amasra/)).toBeDefined();
  });
  it('but a visit made, with what is expected after it, stays a candidate', () => {
    const text = [
      'The two countries signed a trade agreement in Islamabad on Friday.',
      'Foreign Minister Bilawal Bhutto reached Tokyo on Saturday, where he is expected to meet key Japanese officials.',
    ].join('\n\n');
    const found = run(text, '2023-07-01');
    expect(found.some((c) => withQuote([c], /reached Tokyo/) && !withQuote([c], /signed a trade agreement/))).toBe(true);
  });
});

describe('happenings told as recurring, with no day of their own', () => {
  it('"has faced increasing attacks in its northern region" is background, no candidate', () => {
    const text = [
      'Gunmen killed 28 soldiers in an attack on a military post in northern Benin on Wednesday.',
      'Benin has faced increasing attacks in its northern region, often linked to jihadist groups from neighbouring countries.',
    ].join('\n\n');
    const found = run(text, '2025-01-09');
    expect(found.some((c) => withQuote([c], /^Benin has faced increasing attacks/))).toBe(false);
  });
  it('"there are repeated attacks" in a region is background too', () => {
    const text = [
      'Jihadists ambushed a convoy near Boni in central Mali on Wednesday, killing 15 soldiers.',
      'Especially in central Mali and in the border regions between Mali, Niger and Burkina Faso, there are repeated attacks with explosive devices.',
    ].join('\n\n');
    const found = run(text, '2021-08-19');
    expect(found.some((c) => withQuote([c], /there are repeated attacks/))).toBe(false);
  });
  it('but repeated attacks told with the span they began is a candidate', () => {
    const found = run("Yemen's Houthis have launched repeated drone and missile attacks against commercial shipping in the Red Sea since mid-November.", '2024-02-15');
    expect(withQuote(found, /have launched repeated drone/)).toBeDefined();
  });
});
