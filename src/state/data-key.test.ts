import { describe, expect, it } from 'vitest';
import type { DatasetSource } from '../data/ingest/types';
import { dataKeyOf, parseDataKey, sameData } from './data-key';

describe('parseDataKey', () => {
  it('reads a folder on this site, a file opened from disk and an https address', () => {
    expect(parseDataKey('bench/100k/')).toEqual({ kind: 'folder', path: 'bench/100k/' });
    expect(parseDataKey('file:acled 2024 (1).csv')).toEqual({ kind: 'file', name: 'acled 2024 (1).csv' });
    expect(parseDataKey('https://data.example.org/atlas/')).toEqual({ kind: 'link', url: 'https://data.example.org/atlas/' });
  });

  it('names what is wrong with anything else', () => {
    for (const bad of ['//evil.example/x/', '../secret/', 'a/../../b/', 'javascript:alert(1)/', 'events.geojson', 'http://plain.example/x.csv']) {
      expect(parseDataKey(bad)).toMatch(/not a folder on this site/);
    }
    expect(parseDataKey('file:')).toBe('not a file name');
    expect(parseDataKey('file:a\u0000b')).toBe('not a file name');
    expect(parseDataKey('https://user:pw@example.org/x.csv')).toBe('a web address with a user name or password');
    expect(parseDataKey('https://')).toBe('not a web address');
    expect(parseDataKey(`https://example.org/${'x'.repeat(2000)}`)).toMatch(/longer than/);
  });
});

describe('dataKeyOf', () => {
  it('writes what parseDataKey reads back', () => {
    const cases: [DatasetSource, string][] = [
      [{ kind: 'folder', path: 'datasets/x/' }, ''],
      [{ kind: 'link', url: 'https://example.org/e.csv' }, ''],
      [{ kind: 'files', files: [] }, 'ucdp-ged.csv'],
    ];
    for (const [source, name] of cases) {
      const key = dataKeyOf(source, name)!;
      expect(parseDataKey(key)).toEqual(
        source.kind === 'files' ? { kind: 'file', name } : source.kind === 'folder' ? { kind: 'folder', path: source.path } : source,
      );
    }
  });

  it('writes nothing for the shipped data set', () => {
    expect(dataKeyOf({ kind: 'shipped' }, 'anything')).toBeUndefined();
    expect(dataKeyOf(null, '')).toBeUndefined();
  });
});

describe('sameData', () => {
  it('compares what two values name, not how they are written', () => {
    expect(sameData(undefined, undefined)).toBe(true);
    expect(sameData('file:a.csv', 'file:a.csv')).toBe(true);
    expect(sameData('https://Example.org/x.csv', 'https://example.org/x.csv')).toBe(true);
    expect(sameData('file:a.csv', 'file:b.csv')).toBe(false);
    expect(sameData('file:a.csv', undefined)).toBe(false);
    expect(sameData('../bad/', '../bad/')).toBe(false);
  });
});
