/**
 * What precision round X fixed, as general rules. Once a report has told a happening, it goes
 * on with sentences that tell more of it without telling it again: what the person or people
 * just named said or did ("He said many of the victims died of smoke inhalation.", "They
 * ransacked offices ..."), and more below. Each is a claim on the happening told, not a
 * candidate of its own; a sentence that tells a happening of its own stays one. The sentences
 * are made up, in the style of a wire report.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, opensOne, withQuote } from './test-support';

describe('a sentence opening with "he", "she", "they" or "we", after a happening', () => {
  it('"He said many of the victims died ..." is a claim on the fire told, a sentence of its own between', () => {
    const text = [
      'A fire swept through a seven-storey shopping building in Dhaka on Thursday night, killing at least 46 people, the health minister said.',
      'Police arrested the owner of a restaurant on the ground floor on Friday.',
      'There were cooking gas cylinders on almost every floor of the building, the fire chief said, adding that a stove could have caused the fire.',
      'He said many of the victims died of asphyxiation because of the smoke.',
    ].join('\n\n');
    const found = run(text, '2024-03-02');
    expect(opensOne(found, /^He said many of the victims/)).toBe(false);
    expect(withQuote(found, /^He said many of the victims/)).toBeDefined();
  });
  it('and so is "They proceeded to hack ...", after an attack', () => {
    const text = [
      'Gunmen attacked a secondary school in the western Ugandan town of Mpondwe late on Friday, killing 41 people, police said.',
      'Police arrested two suspects in Kasese on Saturday.',
      'The band then moved to the girls\' dormitory, which was unlocked.',
      'They proceeded to hack the students to death, killing 20 of them in their dormitory.',
    ].join('\n\n');
    const found = run(text, '2024-03-02');
    expect(opensOne(found, /^They proceeded to hack/)).toBe(false);
  });
  it('but one turning to another happening stays a candidate', () => {
    const text = [
      'A fire swept through a seven-storey shopping building in Dhaka on Thursday night, killing at least 46 people, the health minister said.',
      'He said another fire had destroyed a market in Chittagong on Friday, killing three people.',
    ].join('\n\n');
    const found = run(text, '2024-03-02');
    expect(opensOne(found, /^He said another fire/)).toBe(true);
  });
});

describe('a happening told again behind "According to ..."', () => {
  const lede = [
    'A Russian missile struck a railway station in Kramatorsk in eastern Ukraine on Friday, killing at least 50 people, officials said.',
    'The station was crowded with women and children waiting to be evacuated.',
  ];
  it('"According to the head of the railway company, two missiles were fired at the station." is a claim on the strike told', () => {
    const found = run([...lede, 'According to the head of the national railway company, two missiles were fired at the station.'].join('\n\n'), '2024-03-02');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /^According to the head of the national railway company/)).toBeDefined();
  });
  it('but a strike at a town of its own, so told, stays a candidate', () => {
    const found = run([...lede, 'According to the regional governor, a missile hit a hospital in Sloviansk on Friday, wounding four people.'].join('\n\n'), '2024-03-02');
    expect(opensOne(found, /^According to the regional governor/)).toBe(true);
  });
});

describe('what pictures of a happening show', () => {
  it('"Images shared on social media showed a man being tackled ..." is a claim on a happening told, not a strike of its own', () => {
    const text = [
      'Former prime minister Shinzo Abe was shot while giving a campaign speech in the western city of Nara on Friday, police said.',
      'He was airlifted to a hospital in Kashihara, where he later died.',
      'Images shared on social media showed a man being tackled following the shooting, with the man dropping his suspected weapon to the ground.',
    ].join('\n\n');
    const found = run(text, '2024-03-02');
    expect(opensOne(found, /^Images shared on social media/)).toBe(false);
    expect(withQuote(found, /^Images shared on social media/)).toBeDefined();
  });
  it('but footage of harm at a neighbourhood of its own stays a candidate', () => {
    const text = [
      'Heavy rain set off landslides in Petropolis in Brazil on Tuesday, killing at least 38 people, officials said.',
      'Rescuers searched for survivors through the night.',
      'Drone footage shows damage left behind in the Alto da Serra neighbourhood.',
    ].join('\n\n');
    expect(opensOne(run(text, '2024-03-02'), /^Drone footage shows damage/)).toBe(true);
  });
});
