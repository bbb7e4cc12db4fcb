import { describe, expect, it } from 'vitest';
import { linkFetches } from './link-fetches';

describe('linkFetches', () => {
  it('lists one file for a link to a file, and our schema’s files for a folder', () => {
    expect(linkFetches('https://data.example.org/x/acled.csv')).toEqual(['https://data.example.org/x/acled.csv']);
    const folder = ['sources.json', 'gazetteer.json', 'events.geojson', 'claims.parquet', 'figures.parquet', 'events.parquet'].map((f) => `https://data.example.org/atlas/${f}`);
    expect(linkFetches('https://data.example.org/atlas/')).toEqual(folder);
    expect(linkFetches('https://data.example.org/atlas')).toEqual(folder);
    expect(linkFetches('https://data.example.org/atlas/events.parquet')).toEqual(folder.filter((u) => !u.endsWith('events.geojson')));
  });
});
