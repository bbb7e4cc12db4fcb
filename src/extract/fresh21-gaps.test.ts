/**
 * What the fresh-21 round fixed, each as a general rule: a dateline that stands as a sentence
 * of its own ("Pretoria, Republic of South Africa (Weltexpress).") names where the report was
 * filed, not where its news happened, and gives the article no theatre; a dateline naming two
 * places joined by a slash ("Harda/Bhopal (Madhya Pradesh):") is a dateline for both, so
 * neither is where the sentence's happening is.
 */
import { describe, expect, it } from 'vitest';
import { distanceKm } from './geo';
import { candidatesOf as run, quotes, where } from './test-support';

describe('a dateline standing as a sentence of its own', () => {
  it('does not put the news where the report was filed', () => {
    const text = [
      'Pretoria, Republic of South Africa (Weltexpress). The death toll from the cyclone, which hit the north of the country on 15 December 2024, has risen to 45.',
      'Earlier reports spoke of 34 deaths.',
      'The provinces of Cabo Delgado and Nampula were the most affected, with roads flooded.',
    ].join('\n\n');
    const found = run(text, '2024-12-19');
    const PRETORIA: [number, number] = [28.19, -25.75];
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(distanceKm(where(c), PRETORIA)).toBeGreaterThan(500);
  });
});

describe('a dateline naming two places joined by a slash', () => {
  it('puts the happening at neither dateline place but where the text says it was', () => {
    const text = [
      'Harda/Bhopal (Madhya Pradesh): An explosion and subsequent blaze at a firecrackers factory in the town killed 11 people and left 200 others injured on Tuesday, officials said.',
      'The incident occurred in Bairagarh locality on the outskirts of Harda town.',
    ].join('\n\n');
    const found = run(text, '2024-02-07').filter((c) => quotes(c).some((q) => /An explosion/.test(q)));
    const BHOPAL: [number, number] = [77.4, 23.26];
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(distanceKm(where(c), BHOPAL)).toBeGreaterThan(60);
  });
});
