import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

// Tuesday 29 October 2024, as for seed 001 ("a warning on Monday").
const TUESDAY = { start: '2024-10-29', end: '2024-10-29' };

const one = (text: string, anchor = TUESDAY) => {
  const found = findDates(text, anchor);
  expect(found, text).toHaveLength(1);
  const [d] = found;
  return { text: d?.text, from: d?.from, to: d?.to, precision: d?.precision };
};

describe('findDates', () => {
  it('resolves a weekday to the most recent one on or before publication', () => {
    expect(one('The United States issued a warning on Monday.')).toMatchObject({ from: '2024-10-28', to: '2024-10-28', precision: 'day' });
    // chrono alone would say Thursday 31 October, after publication.
    expect(one('Zelensky said Thursday that troops took part.')).toMatchObject({ from: '2024-10-24', precision: 'day' });
    // News style names the day of publication by its weekday too: Tuesday's paper, "on Tuesday".
    expect(one('Officials met on Tuesday.')).toMatchObject({ from: '2024-10-29' });
    expect(one('Officials met on Wednesday.')).toMatchObject({ from: '2024-10-23' });
  });

  it('resolves "next Friday" forward', () => {
    expect(one('They will meet next Friday.')).toMatchObject({ from: '2024-11-01', precision: 'day' });
  });

  it('reads "last week" as the previous Monday-Sunday, approximate', () => {
    expect(one('Officials had indicated last week that troops arrived.')).toEqual({
      text: 'last week', from: '2024-10-21', to: '2024-10-27', precision: 'approximate',
    });
  });

  it('reads "late October" as October 21-31, approximate', () => {
    expect(one('In late October, intelligence reported it.')).toEqual({
      text: 'late October', from: '2024-10-21', to: '2024-10-31', precision: 'approximate',
    });
  });

  it('reads "the end of October" as an approximate range in late October', () => {
    expect(one('Soldiers were sent to Russia at the end of October.')).toMatchObject({
      from: '2024-10-21', to: '2024-10-31', precision: 'approximate',
    });
  });

  it('reads "July 2024" and a bare "August" as months', () => {
    expect(one('Troops will go to Donetsk in July 2024.')).toMatchObject({ from: '2024-07-01', to: '2024-07-31', precision: 'month' });
    expect(one('Ukraine invaded in August.')).toMatchObject({ from: '2024-08-01', to: '2024-08-31', precision: 'month' });
  });

  it('reads "October 27-28" as a range and "on October 23" as a day', () => {
    expect(one('They would be used on October 27-28.')).toEqual({ text: 'October 27-28', from: '2024-10-27', to: '2024-10-28', precision: 'range' });
    expect(one('The military was spotted on October 23 in Kursk.')).toMatchObject({ from: '2024-10-23', to: '2024-10-23', precision: 'day' });
  });

  it('puts a month without a year in the year nearest publication', () => {
    expect(one('A summit is planned for December 5.', { start: '2024-10-29', end: '2024-10-29' })).toMatchObject({ from: '2024-12-05' });
    expect(one('It happened on December 5.', { start: '2025-02-01', end: '2025-02-01' })).toMatchObject({ from: '2024-12-05' });
  });

  it('widens a weekday when the publication date is only known as a span', () => {
    expect(one('Zelensky said Thursday that.', { start: '2024-11-01', end: '2024-11-08' })).toMatchObject({
      from: '2024-10-31', to: '2024-11-07', precision: 'approximate',
    });
    // ...but not when every possible publication day gives the same Thursday (seed 003).
    expect(one('Rutte said Thursday that.', { start: '2024-11-08', end: '2024-11-13' })).toMatchObject({
      from: '2024-11-07', to: '2024-11-07', precision: 'day',
    });
  });

  it('runs "since early October" on to publication', () => {
    expect(one('They have been training there since early October.')).toMatchObject({ from: '2024-10-01', to: '2024-10-29', precision: 'approximate' });
  });

  it('reads a month without its year that the text tells in the past as the one before publication', () => {
    const august = { start: '2024-08-18', end: '2024-08-18' };
    expect(findDates('Firefights have gone on since the Gaza war began in October.', august)[0]).toMatchObject({ from: '2023-10-01', to: '2023-10-31', precision: 'month' });
    expect(findDates('Elections will be held in October.', august)[0]).toMatchObject({ from: '2024-10-01', to: '2024-10-31' });
    expect(findDates('Fire has been traded since Hamas attacked Israel on October 7.', { start: '2024-09-13', end: '2024-09-13' })[0]).toMatchObject({ from: '2023-10-07' });
    expect(findDates('The vote is scheduled on October 7.', { start: '2024-09-13', end: '2024-09-13' })[0]).toMatchObject({ from: '2024-10-07' });
  });

  it('reads "in 2019" as that year, and "only hours after" or "weeks after" as that long before publication', () => {
    const august = { start: '2022-08-06', end: '2022-08-06' };
    expect(findDates("Pompeo's trip to Manila in 2019.", august)[0]).toMatchObject({ from: '2019-01-01', to: '2019-12-31', precision: 'approximate' });
    expect(findDates('It comes weeks after Wang Yi traveled there.', august)[0]).toMatchObject({ from: '2022-06-25', to: '2022-07-23', precision: 'approximate' });
    expect(findDates('The rebels resumed attacks only hours after the strikes.', august)[0]).toMatchObject({ from: '2022-08-05', to: '2022-08-06' });
    expect(findDates('Elections are planned in 2030.', august)).toEqual([]);
  });

  it('ignores verbs, model numbers, years alone and durations', () => {
    expect(findDates('North Korea may deploy troops; they march with AK-12 rifles and KN-23 missiles since 1953 for six months.', TUESDAY)).toEqual([]);
  });

  it('reports offsets into the file when given the text\'s offset', () => {
    const [d] = findDates('seen on October 23.', TUESDAY, 100);
    expect([d?.start, d?.end]).toEqual([108, 118]);
  });
});
