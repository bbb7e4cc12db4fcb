/**
 * What precision round GG fixed, as general rules: a later sentence of the report that tells a
 * happening already told again, read as a claim on it rather than as a candidate of its own. The
 * sentences are made up, in the style of a wire report.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, opensOne, withQuote } from './test-support';

describe('a harm told again with its day carried, the happening told two paragraphs before', () => {
  const lede = 'Gunmen attacked an army post near the town of Djibo in northern Burkina Faso on Sunday, killing 11 soldiers.';
  const between = 'The soldiers had been sent to guard the road to the border, residents said.';
  it('"Militants fired rockets and mortars at the post", a paragraph between, is a claim on the attack', () => {
    const text = [lede, between, 'Militants fired rockets and mortars at the post.'].join('\n\n');
    const found = run(text, '2024-05-14');
    expect(opensOne(found, /^Militants fired rockets/)).toBe(false);
    expect(withQuote(found, /^Militants fired rockets/)).toBeDefined();
  });
});
