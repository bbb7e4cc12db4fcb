/**
 * What precision round J fixed, as general rules. After a happening is told, a report goes on
 * with what will follow from it ("He will then visit towns in four provinces", "Bodies will be
 * airlifted to the capital on Monday, he said"): a sentence whose main clause is only what will
 * be, with no count of its own, is a claim on the happening told last, not a happening of its
 * own on the day it names. And what happened years ago, or over a span of years ("a mudslide
 * that killed more than 1,000 people four years ago", "a 1991-2002 civil war"), told with no
 * day of its own, is the place's history, no candidate.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, withQuote } from './test-support';

describe('what only will be, after a happening', () => {
  it('"will then visit" the stricken towns is a claim on the happening told, not one of its own', () => {
    const text = [
      'A cyclone hit the port city of Beira in central Mozambique on Thursday night, killing 19 people.',
      'President Filipe Nyusi will then visit towns and districts in Sofala and Manica provinces, where he will meet victims of the cyclone.',
    ].join('\n\n');
    const found = run(text, '2019-03-17');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /will then visit towns/)).toBeDefined();
  });
  it('what will be done on a day, closed by its speaker, is a claim too', () => {
    const text = [
      'A passenger plane crashed near the airport of Pokhara in Nepal on Sunday, killing 68 people.',
      'Bodies of foreigners that have been identified will be airlifted to Kathmandu on Monday, he said.',
    ].join('\n\n');
    const found = run(text, '2023-01-16');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /will be airlifted to Kathmandu/)).toBeDefined();
  });
  it('and so is what a speaker said would follow', () => {
    const text = [
      'The La Soufriere volcano on the island of St. Vincent erupted on Friday morning.',
      'He said three Royal Caribbean cruise ships and two Carnival cruise ships would be arriving on Friday and Saturday.',
    ].join('\n\n');
    const found = run(text, '2021-04-09');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /would be arriving on Friday/)).toBeDefined();
  });
  it('but a happening told first, with what will follow it, stays a candidate', () => {
    const text = [
      'A cyclone hit the port city of Beira in central Mozambique on Thursday night, killing 19 people.',
      'President Filipe Nyusi cut short a state visit to Eswatini on Saturday, and will visit Beira on Sunday.',
    ].join('\n\n');
    const found = run(text, '2019-03-17');
    expect(found.some((c) => withQuote([c], /cut short a state visit/) && !withQuote([c], /^A cyclone hit/))).toBe(true);
  });
  it('and so does a count of what will be', () => {
    const text = [
      'A cyclone hit the port city of Beira in central Mozambique on Thursday night, killing 19 people.',
      'The army will deploy 300 soldiers to Beira on Monday to help with the rescue, officials said.',
    ].join('\n\n');
    const found = run(text, '2019-03-17');
    expect(found.some((c) => withQuote([c], /will deploy 300 soldiers/) && !withQuote([c], /^A cyclone hit/))).toBe(true);
  });
});

describe('what happened years ago, with no day of its own', () => {
  it('a disaster "four years ago" is background, no candidate', () => {
    const text = [
      'A fuel tanker exploded in Freetown, the capital of Sierra Leone, on Friday, killing 99 people.',
      'The city was struck by a mudslide that killed more than 1,000 people four years ago.',
    ].join('\n\n');
    const found = run(text, '2021-11-15');
    expect(found.some((c) => withQuote([c], /four years ago/))).toBe(false);
  });
  it('"a 1991-2002 civil war" is background too', () => {
    const text = [
      'A fuel tanker exploded in Freetown, the capital of Sierra Leone, on Friday, killing 99 people.',
      'Its economy is still struggling with the aftermath of a 1991-2002 civil war that left 120,000 dead.',
    ].join('\n\n');
    const found = run(text, '2021-11-15');
    expect(found.some((c) => withQuote([c], /1991-2002 civil war/))).toBe(false);
  });
  it('but a happening told with a day of its own beside it stays a candidate', () => {
    const found = run('Kazakhstan this week saw its worst street protests since gaining independence three decades ago, and dozens have been killed in the unrest in Almaty.', '2022-01-07');
    expect(withQuote(found, /worst street protests/)).toBeDefined();
  });
});
