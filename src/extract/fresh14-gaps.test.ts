/**
 * What the fresh-14 round fixed, each as a general rule: a shooting told at a second named
 * venue of the same town is its own event, not folded into the first nor dropped because the
 * venue is no gazetteer place.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, withQuote } from './test-support';

describe('a gunman at two venues of one town the same evening', () => {
  const text = [
    'A gunman killed seven people at a bowling alley in Dunmore on Wednesday night, police said.',
    '',
    'At 6:41 p.m. Wednesday, police got a first call about a shooting at a bowling alley known as Lucky Lanes, the chief said. At 6:55 p.m., people reported an active shooter at the Harbour Tavern.',
  ].join('\n');

  it('keeps the report of a shooter at the second venue as an event of that evening', () => {
    const c = withQuote(run(text, '2023-10-27'), /^At 6:55 p\.m\., people reported an active shooter/);
    expect(c).toBeDefined();
    expect(c?.properties.start).toBe('2023-10-25');
  });

  it('does not fold the shooter at the second venue into the call about the first one', () => {
    const found = run(text, '2023-10-27');
    const second = withQuote(found, /^At 6:55 p\.m\., people reported/);
    const first = withQuote(found, /^At 6:41 p\.m\. Wednesday/);
    expect(first).toBeDefined();
    expect(second).not.toBe(first);
  });

  it('still folds a time of that evening at the same venue into it', () => {
    const found = run(text.replace('At 6:55 p.m., people reported an active shooter at the Harbour Tavern.', 'At 6:52 p.m., officers reached Lucky Lanes and found the shooter gone.'), '2023-10-27');
    expect(withQuote(found, /^At 6:52 p\.m\., officers reached/)).toBe(withQuote(found, /^At 6:41 p\.m\. Wednesday/));
  });

  it('does not make "shooting" an event where it names no shooting ("a shooting star", "the film\'s shooting schedule")', () => {
    const found = run('The film\'s shooting schedule was published in Dunmore on Wednesday, the studio said.', '2023-10-27');
    expect(found.every((c) => c.properties.category === 'statement')).toBe(true);
  });
});

describe('"shooting" as a verb', () => {
  it('does not make "started shooting" a strike by itself (the toll or the attack says what it was)', () => {
    const found = run('The militants went upstairs in Dunmore on Wednesday and started shooting.', '2023-10-27');
    expect(found.every((c) => c.properties.category !== 'strike')).toBe(true);
  });
});

describe('"Minutes after ..." in a story told over two days', () => {
  it('dates the next moment of the happening to its day, not to a later day the report mentioned in between', () => {
    const found = run([
      'The usual crowd of a Wednesday night was bowling at Lucky Lanes in Dunmore when a gunman walked in and opened fire.',
      '',
      'Her sister had not been identified among the victims Thursday, but the family feared the worst.',
      '',
      'Minutes after attacking the alley, the gunman showed up at a bar a few miles away and opened fire again.',
    ].join('\n'), '2023-10-27');
    const c = withQuote(found, /^Minutes after attacking the alley/);
    expect(c?.properties.start).toBe('2023-10-25');
    expect(c?.properties.end).toBe('2023-10-25');
  });
});

describe('a dateline whose country runs into its date with no comma', () => {
  it('takes "NAIROBI, Kenya Apr 29 –" for the filing, not the day of the happening', () => {
    const found = run('NAIROBI, Kenya Apr 29 – At least 45 people have been confirmed dead after a dam burst and swept away homes in Naivasha due to heavy rains.', '2024-04-29');
    const c = withQuote(found, /At least 45 people have been confirmed dead/);
    expect(c).toBeDefined();
    expect(c?.properties.datePrecision).not.toBe('day');
  });
});

describe('a happening told again with where its victims were travelling', () => {
  it('joins "The attack happened when passengers were waiting for a train to X from Y" to the bombing told just before', () => {
    const found = run([
      'A suicide bomber blew himself up at the railway station in Quetta on Saturday, killing at least 24 people, police said.',
      '',
      'The attack happened as passengers were waiting for a train to travel to Rawalpindi from Quetta.',
    ].join('\n'), '2024-11-09');
    expect(withQuote(found, /^The attack happened as passengers/)).toBe(withQuote(found, /^A suicide bomber blew himself up/));
  });

  it('keeps an attack told with a place where it struck as a happening of its own', () => {
    const found = run([
      'A suicide bomber blew himself up at the railway station in Quetta on Saturday, killing at least 24 people, police said.',
      '',
      'The attack happened hours after a bomb hit a market in Peshawar.',
    ].join('\n'), '2024-11-09');
    expect(withQuote(found, /^The attack happened hours after/)).not.toBe(withQuote(found, /^A suicide bomber blew himself up/));
  });
});
