/**
 * One happening, one candidate: a report's follow-up sentences join the happening they point
 * back at; background, general claims and a lone dateline are no events of their own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { worldGazetteer } from './world-gazetteer';
import { candidatesOf, quotes } from './test-support';

beforeAll(() => void worldGazetteer(), 60_000);

const run = (text: string, day = '2024-02-19') => candidatesOf(text, day);

describe('sentences about one happening', () => {
  it('gathers the follow-up sentences that point back at an attack into its candidate, each a claim at its offsets', () => {
    const text = [
      'The UKMTO said on Monday it had received a report of an attack on a vessel 100 nautical miles east of Aden, Yemen.',
      'The incident is classified as an attack. They said the missile was followed by three small crafts.',
    ].join('\n');
    const found = run(text);
    expect(found).toHaveLength(1);
    const [c] = found;
    expect(quotes(c!)).toHaveLength(3);
    for (const claim of c!.properties.claims) expect(text.slice(claim.offsets![0], claim.offsets![1])).toBe(claim.quote);
  });

  it('keeps a further incident and a turn to another time as candidates of their own; a count of the strike is a claim on it', () => {
    const text = [
      'An Israeli drone struck a house in the village of Khiam in southern Lebanon on Tuesday, the sources said.',
      'Another airstrike targeted a house in the village of Kfarkela, the sources added.',
      'Earlier, the strike on the area was condemned by the army.',
      'Five others were injured in the strike.',
    ].join('\n');
    const found = run(text, '2024-08-06');
    const all = found.flatMap(quotes);
    expect(all.filter((q) => /^Another airstrike/.test(q))).toHaveLength(1);
    expect(found.find((c) => quotes(c).some((q) => /^Another airstrike/.test(q)))!.properties.claims).toHaveLength(1);
    // "Five others were injured in the strike" counts the people a strike told just before hurt.
    expect(found.find((c) => quotes(c).some((q) => /^Five others/.test(q)))!.properties.claims.length).toBeGreaterThan(1);
  });

  it('proposes no event for background, a general claim, or a dateline standing alone', () => {
    const text = [
      'MOSCOW, Feb 19 - RIA Novosti.',
      'Houthi forces struck a cargo ship in the Red Sea on Monday, the group said.',
      '',
      'The group has historically used drones and missiles to target shipping in the Red Sea.',
      'The attacks have prompted shipping companies to avoid the Red Sea.',
      'Both sides say they do not target civilians in the Red Sea.',
    ].join('\n');
    const all = run(text).flatMap(quotes);
    expect(all.some((q) => /struck a cargo ship/.test(q))).toBe(true);
    expect(all.filter((q) => /RIA Novosti|historically|have prompted|do not target/.test(q))).toEqual([]);
  });

  it('dates a lede that states no day by the next sentence about the same happening', () => {
    const text = [
      'At least nine people were killed when military aircraft launched an attack in southern Lebanon, the ministry said.',
      'The strike targeted a structure northwest of the city of Nabatieh early Saturday.',
    ].join('\n');
    const lede = run(text, '2024-08-17').find((c) => quotes(c)[0]?.startsWith('At least nine'));
    expect(lede?.properties).toMatchObject({ start: '2024-08-17', end: '2024-08-17', datePrecision: 'day' });
    expect(lede?.candidate.reportDated).toBe(false);
  });

  it('reaches back over an empty paragraph with "the attack", and keeps where the wounded were taken as a detail', () => {
    const text = [
      'Houthi forces struck a cargo ship 45 nautical miles south of Aden on Monday, the UKMTO said.',
      '',
      'No further details were given.',
      '',
      'Maritime security authorities are investigating the attack.',
    ].join('\n');
    expect(run(text)).toHaveLength(1);
    const lebanon = [
      'An Israeli drone struck a house in southern Lebanon on Tuesday, killing two, the sources said.',
      'Casualties were transported to a hospital in the city of Nabatieh.',
    ].join('\n');
    expect(run(lebanon, '2024-08-06').map(quotes)).toEqual([[expect.stringMatching(/^An Israeli drone/), expect.stringMatching(/^Casualties were/)]]);
  });

  it('proposes no event for a trend told in the perfect', () => {
    const text = 'Russian drones struck the port of Izmail on Tuesday, the governor said.\nFollowing the collapse of the grain deal, Russia has ramped up attacks on Danube ports.';
    expect(run(text, '2023-09-06').flatMap(quotes).filter((q) => /ramped up/.test(q))).toEqual([]);
  });

  it('does not place a strike at the dateline city of the report', () => {
    const found = run('BEIRUT: The Lebanese health ministry said three people were killed in an Israeli strike in southern Lebanon on Thursday.', '2024-09-13');
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c.properties.place).not.toBe('beirut');
  });

  it("keeps a speaker's quoted view as a claim on what they reported, and proposes none from another's", () => {
    const text = [
      'Russian troops are fighting Ukrainian forces in the Kursk region on Thursday, the Russian Defense Ministry said.',
      '“We hope that in the near future the enemy will be stopped,” the Russian Defense Ministry said.',
      '“Our protests will continue no matter what,” a student leader said.',
    ].join('\n');
    const found = run(text, '2024-08-08');
    expect(found).toHaveLength(1);
    expect(quotes(found[0]!)).toEqual([expect.stringMatching(/^Russian troops/), expect.stringMatching(/^“We hope/)]);
  });
});

describe('quotations and reactions', () => {
  it('keeps the sentences of one quotation as one statement by its speaker', () => {
    const found = run([
      '“The enemy has not advanced a single meter near Sudzha on Thursday, on the contrary, it is retreating. The enemy’s equipment and combat forces are being actively destroyed. We hope that in the near future the enemy will be stopped,” the Kursk region’s acting deputy governor said.',
    ].join('\n'), '2024-08-08');
    expect(found).toHaveLength(1);
    expect(quotes(found[0]!)).toHaveLength(3);
  });

  it('takes a reaction to the attack just told as a claim on it, not another attack', () => {
    const found = run([
      'US and British forces struck Houthi targets near Hodeidah, Yemen, on Saturday.',
      'Mohammed Ali al-Houthi called these strikes terrorist barbarity and an aggression against Yemen.',
    ].join('\n'), '2024-02-05');
    expect(found).toHaveLength(1);
    expect(quotes(found[0]!)).toHaveLength(2);
  });
});
