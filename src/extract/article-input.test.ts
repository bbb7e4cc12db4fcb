import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHeader, parsePublished, readArticle } from './article-input';

const dir = mkdtempSync(join(tmpdir(), 'article-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('parseHeader', () => {
  it('reads Published/Outlet/Headline up to the blank line and keeps offsets into the file', () => {
    const text = 'Published: 2024-10-29\nOutlet: Test Wire\n\nBody starts here.';
    expect(parseHeader(text)).toEqual({ header: { published: { start: '2024-10-29', end: '2024-10-29' }, outlet: 'Test Wire' }, bodyStart: 41 });
    expect(text.slice(41)).toBe('Body starts here.');
  });

  it('reads a URL line, kept as where the article came from', () => {
    const text = 'Published: 2024-02-15\nURL: https://example.org/a?b=1\nOutlet: Wire\n\nBody.';
    const parsed = parseHeader(text);
    expect(parsed.header).toEqual({ published: { start: '2024-02-15', end: '2024-02-15' }, url: 'https://example.org/a?b=1', outlet: 'Wire' });
    expect(text.slice(parsed.bodyStart)).toBe('Body.');
  });

  it('accepts a span and CRLF line ends', () => {
    expect(parseHeader('published: 2024-10-28..2024-10-29\r\n\r\nBody').header.published).toEqual({ start: '2024-10-28', end: '2024-10-29' });
  });

  it('treats an article without a header as all body', () => {
    expect(parseHeader('Published reports say troops moved.\n\nMore.')).toEqual({ header: {}, bodyStart: 0 });
  });

  it('rejects a malformed date in the header', () => {
    expect(parseHeader('Published: 2024-02-30\n\nBody').error).toMatch(/not YYYY-MM-DD/);
    expect(parsePublished('2024-10-29..2024-10-01')).toBeUndefined();
  });
});

describe('readArticle', () => {
  it('reads UTF-8 text, keeping a byte-order mark so offsets match the file', () => {
    const read = readArticle(file('bom.txt', '\uFEFFKyiv said so.'));
    expect(read).toMatchObject({ ok: true, bodyStart: 0 });
    expect(read.ok && read.text.charCodeAt(0)).toBe(0xfeff);
  });

  it.each([
    ['empty.txt', '', /empty file/],
    ['blank.txt', ' \n\n ', /white space only/],
    ['binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /binary file/],
    ['latin1.txt', new Uint8Array([0x4b, 0x79, 0x69, 0x76, 0x20, 0xe9, 0x74, 0xe9]), /not UTF-8/],
  ])('refuses %s with one reason', (name, content, reason) => {
    const read = readArticle(file(name, content));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error).toMatch(reason);
  });

  it('refuses a file over the size limit without reading it', () => {
    const read = readArticle(file('big.txt', 'x'.repeat(2048)), 1024);
    expect(!read.ok && read.error).toMatch(/too large: 2,048 bytes, the limit is 1,024/);
  });

  it('names a missing file', () => {
    expect(readArticle(join(dir, 'nope.txt'))).toEqual({ ok: false, error: 'cannot read: ENOENT' });
  });
});
