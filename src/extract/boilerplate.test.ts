import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBoilerplate, isExcluded } from './boilerplate';

const seed = (name: string): string => readFileSync(join(__dirname, '../../seeds', name), 'utf8');

const BODY = [
  'North Korean soldiers arrived in Russia, Ukrainian intelligence said on Monday.',
  'The North Korean soldiers are training in Russia before deployment against Ukraine.',
  'Russia denies that North Korean soldiers are in Russia, but Ukraine says they are.',
].join('\n');

describe('findBoilerplate', () => {
  it('excludes the sidebar of Azerbaijani news under seed 004, and nothing of the article', () => {
    const text = seed('004_e456b5185205f1be.txt');
    const ranges = findBoilerplate(text);
    const sidebarAt = text.indexOf('Politics\n-');
    expect(ranges.some((r) => r.start === sidebarAt && r.end === text.length && /sidebar/.test(r.reason))).toBe(true);
    for (const phrase of ['Jeyhun Bayramov', 'hunger strike', 'November 22', 'Leave a review']) {
      const at = text.indexOf(phrase);
      expect(isExcluded({ start: at, end: at + phrase.length }, ranges), phrase).toBe(true);
    }
    const article = text.indexOf('In late October');
    expect(isExcluded({ start: article, end: article + 15 }, ranges)).toBe(false);
    const lastArticleLine = text.indexOf('The ISW notes');
    expect(isExcluded({ start: lastArticleLine, end: lastArticleLine + 10 }, ranges)).toBe(false);
  });

  it('excludes the "Related News" tail of seed 003 and the site name above it', () => {
    const text = seed('003_b6baa4e05f504048.txt');
    const ranges = findBoilerplate(text);
    const related = text.indexOf('Related News');
    expect(isExcluded({ start: related, end: related + 5 }, ranges)).toBe(true);
    expect(isExcluded({ start: 0, end: 5 }, ranges)).toBe(true);
    const heading = text.indexOf('NATO wants to convince Trump');
    expect(isExcluded({ start: heading, end: heading + 4 }, ranges)).toBe(false);
  });

  it('excludes an unlabelled list of off-topic items after a separator', () => {
    const text = `${BODY}\n-\nThe football club won the league cup final yesterday.\n-\nA bakery opened downtown with new cakes.\n`;
    const ranges = findBoilerplate(text);
    const at = text.indexOf('football');
    expect(isExcluded({ start: at, end: at + 8 }, ranges)).toBe(true);
  });

  it('keeps an article\'s own on-topic bullet list', () => {
    const text = `${BODY}\nKey points\n-\nNorth Korean soldiers are in Russia, Ukraine says.\n-\nRussia trains North Korean soldiers.\n`;
    const ranges = findBoilerplate(text);
    const at = text.indexOf('Russia trains');
    expect(isExcluded({ start: at, end: at + 5 }, ranges)).toBe(false);
  });

  it('excludes a "Related News" list even when its items are on the same topic', () => {
    const text = `${BODY}\nRelated News :\n-\nNorth Korean soldiers seen in Russia, Ukraine says.\n-\nRussia trains North Korean soldiers.\n`;
    const at = text.indexOf('Russia trains');
    expect(isExcluded({ start: at, end: at + 5 }, findBoilerplate(text))).toBe(true);
  });

  it('excludes a single unrelated teaser after a closing separator', () => {
    const text = `${BODY}\n-\nCooking tips: how to bake sourdough bread at home this winter.\n`;
    const at = text.indexOf('Cooking');
    expect(isExcluded({ start: at, end: at + 7 }, findBoilerplate(text))).toBe(true);
  });
});
