import { describe, expect, it } from 'vitest';
import { auc, main } from './train-keep';

describe('auc', () => {
  it('is 1 when every event outranks every non-event, 0 when the reverse, 0.5 for ties', () => {
    expect(auc([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0])).toBe(1);
    expect(auc([0.1, 0.2, 0.8, 0.9], [1, 1, 0, 0])).toBe(0);
    expect(auc([0.5, 0.5, 0.5], [1, 0, 0])).toBe(0.5);
    expect(auc([0.9, 0.3, 0.6, 0.1], [1, 1, 0, 0])).toBe(0.75);
  });

  it('is undefined with no events or no non-events', () => {
    expect(auc([0.3], [1])).toBeNaN();
  });
});

describe('npm run extract:train: bad options', () => {
  it('names an unknown option or a list left out, and reads nothing', () => {
    const lines: string[] = [];
    expect(main(['--exclude', 'fresh-3'], (l) => lines.push(l))).toBe(2);
    expect(lines[0]).toBe('extract:train: unknown option --exclude');
    expect(main(['--hold'], (l) => lines.push(l))).toBe(2);
    expect(lines.at(-1)).toBe('extract:train: --hold needs a comma-separated list of parts');
    expect(main(['--skip', '--dry'], (l) => lines.push(l))).toBe(2);
  });
});
