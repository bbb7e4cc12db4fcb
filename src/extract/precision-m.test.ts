/**
 * What precision round M fixed, as general rules. After a happening is told, a report says what
 * is not yet known of it ("It is not immediately clear if he was inside at the time of the
 * attack", "There were no immediate reports of casualties", "The governor gave no details of
 * the attack", "It could not confirm witness accounts that ..."): a sentence whose main clause
 * tells only what is not known, or not said, tells nothing that happened. It is a claim on the
 * happening told last, not a happening of its own. And a statement that opens with a speaker's
 * quoted words, even with a day in them ("“On this bright Palm Sunday, our community has suffered
 * a terrible tragedy,” the mayor wrote."), once a happening is told, is said about that one.
 * And who was aboard the craft of a crash or a sinking told ("A total of 68 passengers and four
 * crew members were on board the aircraft that crashed ...") is a detail of it, not a happening.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, withQuote, opensOne } from './test-support';

describe('what is not known, after a happening', () => {
  it('"it is not immediately clear if" is a claim on the happening told, not one of its own', () => {
    const text = [
      'Protesters stormed the residence of the president in Colombo on Saturday.',
      'The office of Prime Minister Ranil Wickremesinghe said the protesters forced their way into his Colombo home on Saturday evening.',
      'It is not immediately clear if he was inside at the time of the attack.',
    ].join('\n\n');
    const found = run(text, '2022-07-09');
    expect(opensOne(found, /not immediately clear/)).toBe(false);
    expect(withQuote(found, /not immediately clear/)).toBeDefined();
  });
  it('"there were no immediate reports of casualties" is a claim too', () => {
    const text = [
      'The La Soufriere volcano on the island of St. Vincent erupted on Friday morning.',
      'There were no immediate reports of casualties in Kingstown.',
    ].join('\n\n');
    const found = run(text, '2021-04-09');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /no immediate reports/)).toBeDefined();
  });
  it('and so is a source that gave no details, or could not confirm an account', () => {
    const text = [
      'A missile hit a shopping centre in Kremenchuk in central Ukraine on Monday, killing 11 people.',
      'Dmitry Lunin, the governor of the Poltava region, gave no details of the attack.',
      'The agency could not confirm witness accounts that the building was hit twice.',
    ].join('\n\n');
    const found = run(text, '2022-06-27');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /gave no details/)).toBeDefined();
  });
  it('and a speaker who said the damage was difficult to assess', () => {
    const text = [
      'Cyclone Amphan hit Kolkata on Wednesday, killing 12 people.',
      'Chief Minister Mamata Banerjee on Wednesday said that the damage in Kolkata was difficult to assess immediately.',
    ].join('\n\n');
    const found = run(text, '2020-05-21');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /difficult to assess/)).toBeDefined();
  });
  it('but a happening told first, with what is not known of it, stays a candidate', () => {
    const text = [
      'A strong earthquake struck western Afghanistan on Saturday, killing 14 people.',
      'A fire destroyed a market in Kabul on Sunday, but there were no reports of casualties.',
    ].join('\n\n');
    const found = run(text, '2023-10-09');
    expect(opensOne(found, /A fire destroyed a market/)).toBe(true);
  });
});

describe('a quotation with a day, after a happening', () => {
  it('a speaker\'s quoted words on the day of a strike told before are a claim on it', () => {
    const text = [
      'Russian ballistic missiles struck the centre of Sumy on Sunday morning, killing at least 21 civilians.',
      '“On this bright Palm Sunday, our community has suffered a terrible tragedy,” Kobzar wrote.',
    ].join('\n\n');
    const found = run(text, '2025-04-13');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /our community has suffered/)).toBeDefined();
  });
  it('and so is a quoted confirmation closed by its source', () => {
    const text = [
      'An Ethiopian Airlines plane crashed near the town of Bishoftu on Sunday morning, killing all 157 people on board.',
      '“We hereby confirm that our scheduled flight from Addis Ababa to Nairobi was involved in an accident today,” the airline said in a statement.',
    ].join('\n\n');
    const found = run(text, '2019-03-10');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /We hereby confirm/)).toBeDefined();
  });
  it('but a quotation with no happening told before it stays a candidate', () => {
    const found = run('“We are on maximum alert,” Acapulco mayor Abelina Lopez said on Tuesday night as she urged residents to shelter at home or move to the city’s shelters.', '2023-10-25');
    expect(withQuote(found, /maximum alert/)).toBeDefined();
  });
});

describe('who was aboard, after a crash', () => {
  it('the passengers on board the plane that crashed are a detail of the crash, not a happening', () => {
    const text = [
      'A Yeti Airlines plane crashed near Pokhara in Nepal on Sunday morning, killing at least 68 people.',
      'A total of 68 passengers and four crew members were on board the aircraft that crashed between the old airport and the Pokhara International Airport, Sudarshan Bartaula, spokesperson of Yeti Airlines, told the Kathmandu Post.',
    ].join('\n\n');
    const found = run(text, '2023-01-15');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /were on board the aircraft/)).toBeDefined();
  });
  it('and so are those aboard "of" the plane, told with where it flew', () => {
    const text = [
      'An Ethiopian Airlines flight crashed near Bishoftu on Sunday, killing all 157 people.',
      'According to the airline, the wreckage was found close to the town of Bishoftu and there were no survivors.',
      'Some 149 passengers and eight crew members were on board of the plane that crashed six minutes after taking off from Addis Ababa, on a flight to Nairobi, Kenya.',
    ].join('\n\n');
    const found = run(text, '2019-03-10');
    expect(opensOne(found, /Some 149 passengers/)).toBe(false);
    expect(withQuote(found, /were on board of the plane/)).toBeDefined();
  });
  it('but a craft whose crash is told with those on board stays a candidate of its own', () => {
    const text = [
      'A cyclone hit the coast of southern Spain on Tuesday.',
      'A high-speed train with nearly 300 people on board derailed near Malaga on Tuesday night.',
    ].join('\n\n');
    const found = run(text, '2024-10-30');
    expect(opensOne(found, /A high-speed train with nearly 300 people on board derailed/)).toBe(true);
  });
});
