import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openAtomic, writeFileAtomic } from './atomic-file';

const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('atomic files', () => {
  it('shows nothing at the target until commit, then the whole text', () => {
    const path = join(dir, 'sub', 'a.json');
    const file = openAtomic(path);
    file.write('{"a":');
    expect(existsSync(path)).toBe(false);
    file.write('1}');
    file.commit();
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['a.json']);
  });

  it('leaves the old file untouched and no temporary file behind on abort', () => {
    const path = join(dir, 'b.json');
    writeFileSync(path, 'old');
    const file = openAtomic(path);
    file.write('half');
    file.abort();
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(dir).filter((f) => f.startsWith('b.json'))).toEqual(['b.json']);
  });

  it('replaces a file whole', () => {
    const path = join(dir, 'c.txt');
    writeFileSync(path, 'old');
    writeFileAtomic(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
  });
});
