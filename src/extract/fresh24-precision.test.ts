/**
 * What the precision round after fresh-24 fixed, each as a general rule: a report tells one
 * happening in many sentences, and the later ones retell it (how it began, what was seen at
 * the time, what caused it); such a retelling is a further claim on the happening it retells,
 * its quote kept, not a second happening. Each rule's test also holds sentences that must stay
 * apart (another happening, a count of its own, an act done after it), so it cannot pass by
 * joining everything.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, quotes, withQuote } from './test-support';

describe('a happening named back by its definite noun ("the fire", "the crash", "the incident")', () => {
  it('is a claim on the happening told before it, not a second one', () => {
    const text = [
      'At least 16 people were killed after a fire broke out at a container depot in Chittagong on Saturday night.',
      'According to locals, the fire originated on the ground floor of the depot and later engulfed the containers.',
    ].join('\n\n');
    const found = run(text, '2022-06-05');
    expect(found).toHaveLength(1);
    const fire = withQuote(found, /^At least 16/);
    expect(fire && quotes(fire)).toEqual(expect.arrayContaining([expect.stringMatching(/^According to locals/)]));
  });

  it('joins the crash it retells; another crash, and an act done after it, stay apart', () => {
    const text = [
      'At least 28 passengers died after a plane crashed while landing at the airport in Muan on Sunday morning.',
      'According to footage from a local broadcaster, the aircraft appeared to have made a belly landing before the crash and hit a wall.',
      'The incident follows a previous crash in Muan in February that killed nine people.',
      'Police seized the airline\'s records in Muan after the crash on Monday.',
    ].join('\n\n');
    const found = run(text, '2024-12-29');
    expect(found).toHaveLength(3);
    const crash = withQuote(found, /^At least 28/);
    expect(crash && quotes(crash)).toEqual(expect.arrayContaining([expect.stringMatching(/^According to footage/)]));
    expect(withQuote(found, /^The incident follows/)).not.toBe(crash);
    expect(withQuote(found, /^Police seized/)).not.toBe(crash);
  });
});

describe('the people a happening touched, told where they are cared for or kept', () => {
  it('is a claim on the happening, even on the next day; another attack stays apart', () => {
    const text = [
      'At least 44 people were killed in a fire at a seven-storey building in Dhaka on Thursday night.',
      'Some 10 of the injured were undergoing treatment at the Dhaka Medical College Hospital on Friday morning, officials said.',
      'Bodies of 33 were kept at the Dhaka Medical College Hospital, Inspector Bacchu Miah said.',
      'Another attack in Chittagong killed two people on Friday, police said.',
    ].join('\n\n');
    const found = run(text, '2024-03-01');
    expect(found).toHaveLength(2);
    const fire = withQuote(found, /^At least 44/);
    expect(fire && quotes(fire)).toEqual(expect.arrayContaining([expect.stringMatching(/^Some 10 of the injured/), expect.stringMatching(/^Bodies of 33/)]));
    expect(fire?.properties.start).toBe('2024-02-29');
    expect(withQuote(found, /^Another attack/)).not.toBe(fire);
  });
});

describe('the rescue, search or firefighting at a happening\'s site', () => {
  it('is a claim on the happening; another attack stays apart', () => {
    const text = [
      'After the bomb exploded at the railway station in Quetta on Saturday morning, at least 24 people were killed.',
      'After the bomb exploded, police and rescue teams arrived at the scene to offer aid.',
      'Firefighters brought the blaze at the station under control by noon, officials in Quetta said.',
      'Another attack in Peshawar on Saturday wounded three policemen, police said.',
    ].join('\n\n');
    const found = run(text, '2024-11-09');
    expect(found).toHaveLength(2);
    const blast = withQuote(found, /^After the bomb exploded at/);
    expect(blast && quotes(blast)).toEqual(expect.arrayContaining([expect.stringMatching(/rescue teams arrived/), expect.stringMatching(/^Firefighters/)]));
    expect(withQuote(found, /^Another attack/)).not.toBe(blast);
  });
});

describe('an arrest or inquiry "in connection with" the happening', () => {
  it('is a claim on it; another explosion stays apart', () => {
    const text = [
      'At least 11 people were killed in an explosion at a firecracker factory in Harda on Tuesday.',
      'Meanwhile, two people have been arrested in connection with the factory blast, police said.',
      'Another explosion at a factory in Bhopal on Wednesday killed two workers.',
    ].join('\n\n');
    const found = run(text, '2024-02-07');
    expect(found).toHaveLength(2);
    const blast = withQuote(found, /^At least 11/);
    expect(blast && quotes(blast)).toEqual(expect.arrayContaining([expect.stringMatching(/arrested in connection/)]));
    expect(withQuote(found, /^Another explosion/)).not.toBe(blast);
  });
});
