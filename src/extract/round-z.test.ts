/**
 * What round Z fixed, as general rules: the three stories under 70% recall, then precision.
 * Each test is a made-up wire sentence, seen failing before its rule existed.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, withQuote } from './test-support';

describe('corpses counted as bodies', () => {
  it('tells a toll ("the corpses of three men lay face down")', () => {
    const found = run('Armed men attacked a prison in Kananga overnight and freed hundreds of inmates, officials said on Monday. Two bodies lay at the main gate. In another district, the corpses of three men lay face down beside a burning barricade.', '2023-05-09');
    const toll = withQuote(found, /the corpses of three men/);
    expect(toll?.properties.category).toBe('casualties');
  });
});

describe('a toll risen to a number', () => {
  it('tells a toll with no word of death ("The storm\'s human toll has risen to 14")', () => {
    const found = run('The storm\'s human toll has risen to 14 in Queensland, with police holding grave concerns for a dozen more, four days after it swept ashore.', '2023-03-02');
    const toll = withQuote(found, /human toll has risen to 14/);
    expect(toll?.properties.category).toBe('casualties');
  });
});
