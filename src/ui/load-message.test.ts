import { describe, expect, it } from 'vitest';
import { loadFraction, loadMessage } from './load-message';

describe('loadMessage', () => {
  it('says which step a load is at, with its counts', () => {
    expect(loadMessage(null)).toBe('Loading events…');
    expect(loadMessage({ phase: 'download', done: 0, total: null })).toBe('Loading events…');
    expect(loadMessage({ phase: 'download', done: 120_400_000, total: 507_051_541 })).toBe('Loading events… 120 of 507 MB downloaded');
    expect(loadMessage({ phase: 'download', done: 1_200_000_000, total: null })).toBe('Loading events… 1,200 MB downloaded');
    expect(loadMessage({ phase: 'parse', done: 0, total: null })).toBe('Loading events… reading the file');
    expect(loadMessage({ phase: 'validate', done: 350_000, total: 1_000_000 })).toBe('Loading events… 350,000 of 1,000,000 validated');
    expect(loadMessage({ phase: 'prepare', done: 0, total: 1_000_000 })).toBe('Loading events… sorting 1,000,000 events by date');
    expect(loadMessage({ phase: 'receive', done: 20_000, total: 1_000_000 })).toBe('Loading events… 20,000 of 1,000,000 ready');
  });

  it('a step’s fraction is known only with its total', () => {
    expect(loadFraction(null)).toBeNull();
    expect(loadFraction({ phase: 'download', done: 5, total: null })).toBeNull();
    expect(loadFraction({ phase: 'validate', done: 250, total: 1000 })).toBe(0.25);
    expect(loadFraction({ phase: 'receive', done: 0, total: 0 })).toBeNull();
  });
});
