import { describe, expect, it } from 'vitest';
import { tooLargeForPage } from './load';

const response = (headers: Record<string, string>, status = 200) => new Response(status === 200 ? '' : null, { status, headers });

describe('tooLargeForPage', () => {
  it('reads small files on the page and hands large ones, or ones of unknown size, to the worker', () => {
    expect(tooLargeForPage(response({ 'content-length': '83683' }))).toBe(false);
    expect(tooLargeForPage(response({ 'content-length': '250000' }))).toBe(false);
    expect(tooLargeForPage(response({ 'content-length': '250001' }))).toBe(true);
    expect(tooLargeForPage(response({}))).toBe(true);
  });

  it('counts a compressed length as eight times as much', () => {
    expect(tooLargeForPage(response({ 'content-length': '31250', 'content-encoding': 'gzip' }))).toBe(false);
    expect(tooLargeForPage(response({ 'content-length': '31251', 'content-encoding': 'gzip' }))).toBe(true);
  });

  it('leaves a failed request to the page, which reports it as it always has', () => {
    expect(tooLargeForPage(null)).toBe(false);
    expect(tooLargeForPage(response({}, 404))).toBe(false);
  });
});
