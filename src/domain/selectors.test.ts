import { describe, expect, it } from 'vitest';
import { visibleEvents } from '../test-support/oracles';
import { eventsInTimeOrder, NO_FILTERS, openingWindow } from './selectors';
import { testEvent } from '../test-support/fixtures';

const events = [
  testEvent({ id: 'a', start: 1, end: 1, category: 'strike', title: 'Missile strike on Donetsk', sourceFiles: ['000.txt'] }),
  testEvent({ id: 'b', start: 3, end: 9, category: 'training', title: 'Training in eastern Russia', sourceFiles: ['001.txt'] }),
  testEvent({ id: 'c', start: 10, end: 10, category: 'deployment', title: 'Troops seen in Kursk', claims: [{ source: '003.txt', quote: '“Dangerous expansion”', attribution: 'NATO', status: 'reported' }], sourceFiles: ['000.txt', '003.txt'] }),
].map((e, index) => ({ ...e, index }));

describe('the window and filter rules, by the reference scan', () => {
  it('shows a range event whenever it overlaps the window', () => {
    expect(visibleEvents(events, { start: 8, end: 8 }, NO_FILTERS).map((e) => e.id)).toEqual(['b']);
    expect(visibleEvents(events, { start: 0, end: 3 }, NO_FILTERS).map((e) => e.id)).toEqual(['a', 'b']);
    expect(visibleEvents(events, { start: 11, end: 20 }, NO_FILTERS)).toEqual([]);
  });
  it('applies category, source and search filters together', () => {
    const all = { start: 0, end: 20 };
    expect(visibleEvents(events, all, { ...NO_FILTERS, categories: ['strike', 'deployment'] }).map((e) => e.id)).toEqual(['a', 'c']);
    expect(visibleEvents(events, all, { ...NO_FILTERS, sources: ['003.txt'] }).map((e) => e.id)).toEqual(['c']);
    expect(visibleEvents(events, all, { ...NO_FILTERS, search: 'DANGEROUS kursk' }).map((e) => e.id)).toEqual(['c']);
    expect(visibleEvents(events, all, { ...NO_FILTERS, search: 'kursk donetsk' })).toEqual([]);
    expect(visibleEvents(events, all, { ...NO_FILTERS, categories: [] })).toEqual([]);
  });
});

describe('eventsInTimeOrder', () => {
  it('lists stacked events by time, once each, skipping unknown ids', () => {
    const byId = new Map(events.map((e) => [e.id, e]));
    expect(eventsInTimeOrder(byId, ['c', 'zzz', 'a', 'c']).map((e) => e.id)).toEqual(['a', 'c']);
  });
});

describe('openingWindow', () => {
  it('starts at the earliest end, so every event shows and a long lead-in does not fill the window', () => {
    const events = [
      testEvent({ id: 'previously', start: 0, end: 880 }),
      testEvent({ id: 'june', start: 870, end: 870 }),
      testEvent({ id: 'october', start: 990, end: 1000 }),
    ];
    const domain = { start: 0, end: 1000 };
    const w = openingWindow(events, domain);
    expect(w).toEqual({ start: 870, end: 1000 });
    expect(visibleEvents(events, w, NO_FILTERS).map((e) => e.id)).toEqual(['previously', 'june', 'october']);
  });

  it('is the whole domain for no events', () => {
    expect(openingWindow([], { start: 5, end: 9 })).toEqual({ start: 5, end: 9 });
  });
});
