import { describe, expect, it } from 'vitest';
import { resolvePath } from './server';

describe('the bench server’s paths', () => {
  const roots = { '/ours/': '/srv/dist', '/bench-data/': '/srv/data' };

  it('map each prefix to its folder, a folder to its index.html', () => {
    expect(resolvePath(roots, '/ours/')).toBe('/srv/dist/index.html');
    expect(resolvePath(roots, '/ours/assets/index-abc.js')).toBe('/srv/dist/assets/index-abc.js');
    expect(resolvePath(roots, '/bench-data/100k/events.geojson')).toBe('/srv/data/100k/events.geojson');
  });

  it('never leave the folders', () => {
    expect(resolvePath(roots, '/ours/../../etc/passwd')).toBeNull();
    expect(resolvePath(roots, '/ours/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolvePath(roots, '/ours/%E0%A4%A')).toBeNull();
    expect(resolvePath(roots, '/elsewhere/x')).toBeNull();
  });
});
