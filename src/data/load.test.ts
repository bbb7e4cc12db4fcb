import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSource, prepareToOpen, tooLargeForPage } from './load';

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

describe('the load worker, started ahead', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** Workers made, and the messages each was sent. */
  function stubWorkers() {
    const made: Array<{ sent: unknown[] }> = [];
    vi.stubGlobal(
      'Worker',
      class {
        sent: unknown[] = [];
        onmessage = null;
        constructor() {
          made.push(this);
        }
        postMessage(m: unknown) {
          this.sent.push(m);
        }
        terminate() {}
      },
    );
    return made;
  }
  const big = () => [new File([new Uint8Array(300_000)], 'big.csv')];

  it('is started for files too large for the page, and the load then uses it rather than a new one', () => {
    const made = stubWorkers();
    vi.stubGlobal('document', { baseURI: 'http://test/' });
    prepareToOpen([new File(['a,b\n1,2'], 'small.csv')]);
    expect(made).toHaveLength(0);
    prepareToOpen(big());
    prepareToOpen(big());
    expect(made).toHaveLength(1);
    void openSource({ kind: 'files', files: big() });
    expect(made).toHaveLength(1);
    expect(made[0]!.sent).toMatchObject([{ type: 'load', request: { kind: 'files', name: 'big.csv' } }]);
    // Taken: the next load starts its own.
    void openSource({ kind: 'files', files: big() });
    expect(made).toHaveLength(2);
  });
});
