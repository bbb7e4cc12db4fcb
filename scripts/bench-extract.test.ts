import { resolve } from 'node:path';
import { describe, expect, it, beforeAll } from 'vitest';
import { worldGazetteer as loadWorld } from '../src/extract/world-gazetteer';
import { bench, formatTable } from './bench-extract';

// The world gazetteer takes seconds to load on a busy machine; load it once, before the tests' own time starts.
beforeAll(() => void loadWorld(), 60_000);

describe('bench:extract', () => {
  it('runs on a small deterministic corpus and reports every checkpoint', () => {
    const rows = bench(resolve(__dirname, '..'), 12, [6, 12]);
    expect(rows.map((r) => r.articles)).toEqual([6, 12]);
    const [six, twelve] = rows;
    // 3-6 KB per article, and the same corpus every run (seeded).
    expect((six?.bytes ?? 0) / 6).toBeGreaterThan(3000);
    expect((twelve?.bytes ?? 0) / 12).toBeLessThan(6500);
    expect(bench(resolve(__dirname, '..'), 6, [6])[0]?.bytes).toBe(six?.bytes);
    expect(twelve?.candidates).toBeGreaterThan(six?.candidates ?? 0);
    expect(formatTable(rows).split('\n')[0]).toMatch(/articles \| total bytes \| seconds \| articles\/s \| peak RSS MB \| peak heap MB/);
    // Extracting 24 articles takes seconds on a busy machine; the test checks the table, not the speed.
  }, 60_000);
});
