/**
 * The development set's own files are well formed: every gold file parses under the gold
 * schema with each quote found verbatim in its article, and every article `split.json` names
 * exists and sits in exactly one part. Nothing here runs the extractor, so a part not yet run
 * stays unseen. A gold file that does not parse is left out of `--evaluate`'s figures with only
 * a line among the problems, which is easy to miss on the one run an unseen part gets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../src/extract/runner';
import { goldPath, nameOf, readArticleGold, readSplit } from './extract-dev';

const ROOT = resolve(__dirname, '../eval/dev');

// The articles as `--evaluate` and `extract:train` find them; one it cannot read is a problem too.
const inputs = () => [...expandInputs([ROOT])];
const articles = (): string[] => inputs().filter((i) => i.error === undefined).map((i) => i.path);

describe('the development set', () => {
  const split = readSplit(ROOT);

  it('has a gold file that parses beside every article, its quotes found in the text', () => {
    const problems: string[] = inputs().flatMap((i) => (i.error === undefined ? [] : [`${nameOf(ROOT, i.path)}: ${i.error}`]));
    const paths = articles();
    for (const path of paths) {
      if (!existsSync(goldPath(path))) {
        problems.push(`${nameOf(ROOT, path)}: no gold file`);
        continue;
      }
      const read = readArticleGold(ROOT, split, path, readFileSync(path, 'utf8'));
      if (read && 'error' in read) problems.push(read.error);
    }
    expect(paths.length).toBeGreaterThan(280);
    expect(problems).toEqual([]);
  });

  it('puts every article in exactly one part, and names only articles that exist', () => {
    expect(split).toBeDefined();
    const names = articles().map((p) => nameOf(ROOT, p));
    const listed = [...split!.values()].flat();
    expect(listed.filter((n) => !names.includes(n))).toEqual([]);
    expect(listed.filter((n, i) => listed.indexOf(n) !== i)).toEqual([]);
    expect(names.filter((n) => !listed.includes(n))).toEqual([]);
  });
});
