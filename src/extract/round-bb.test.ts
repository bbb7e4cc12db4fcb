/**
 * What precision round BB fixed, as general rules. A statement that tells what could, would,
 * may or might be ("said several people could still be trapped", "said the talks would resume
 * unless ...") tells no happening of its own: it is a speaker's word on what may come, read
 * beside the happening told before it, not a candidate. The sentences are made up, in the
 * style of a wire report.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, opensOne, withQuote } from './test-support';

describe('a statement of what could, would, may or might be', () => {
  const lede = 'A landslide buried part of a village in the hills above Kisumu on Sunday, killing at least nine people, police said.';
  it('"The district commander said several people could still be trapped" is no candidate of its own', () => {
    const text = [lede, 'Rescue teams worked through the night with shovels and their bare hands.', 'The district police commander said on Monday that several more people could still be trapped under the mud.'].join('\n\n');
    const found = run(text, '2024-03-02');
    expect(opensOne(found, /^The district police commander said/)).toBe(false);
    expect(withQuote(found, /^The district police commander said/)).toBeDefined();
  });
  it('nor is a warning of what would follow', () => {
    const text = [lede, 'The interior minister said on Monday that the government would declare a national disaster if the rains continued.'].join('\n\n');
    const found = run(text, '2024-03-02');
    expect(opensOne(found, /^The interior minister said/)).toBe(false);
  });
  it('but a statement of what happened stays a candidate', () => {
    const text = [lede, 'The interior minister said on Monday that the government had declared a national disaster in three counties.'].join('\n\n');
    const found = run(text, '2024-03-02');
    expect(opensOne(found, /^The interior minister said/)).toBe(true);
  });
  it('and a month called May is no modal', () => {
    const text = [lede, 'The interior minister said the government had declared a national disaster in three counties in May.'].join('\n\n');
    const found = run(text, '2024-06-02');
    expect(opensOne(found, /^The interior minister said/)).toBe(true);
  });
});

describe('a statement opening with "Earlier", after a harm told', () => {
  const lede = 'A fire tore through a twelve-storey apartment block in Nairobi on Tuesday night, killing at least 14 people, police said.';
  it('"Earlier, the governor told reporters ..." is a claim on the fire told, no candidate of its own', () => {
    const text = [lede, 'Firefighters battled the blaze for six hours before bringing it under control.', 'Earlier, Nairobi governor Peter Kamau told reporters that the building had failed a fire inspection.'].join('\n\n');
    const found = run(text, '2024-03-06');
    expect(opensOne(found, /^Earlier, Nairobi governor Peter Kamau told/)).toBe(false);
    expect(withQuote(found, /^Earlier, Nairobi governor Peter Kamau told/)).toBeDefined();
  });
  it('but "Earlier" telling a harm of its own stays a candidate', () => {
    const text = [lede, 'Earlier on Tuesday, a second fire destroyed a market in Mombasa, killing two people, police said.'].join('\n\n');
    const found = run(text, '2024-03-06');
    expect(opensOne(found, /^Earlier on Tuesday, a second fire/)).toBe(true);
  });
});

describe('a reaction or a denial naming no place, after a harm told', () => {
  const lede = 'A missile struck a crowded shopping centre in Odesa on Saturday afternoon, killing at least 11 people, the regional governor said.';
  it('"Russia has denied its forces hit the centre ..." is no candidate of its own', () => {
    const text = [lede, 'Rescuers pulled survivors from the rubble through the night.', 'Russia has denied its forces hit the centre, claiming instead that a Ukrainian air-defence missile fell on it.'].join('\n\n');
    const found = run(text, '2024-03-03');
    expect(opensOne(found, /^Russia has denied/)).toBe(false);
  });
  it('nor is "... have expressed shock and sorrow"', () => {
    const text = [lede, 'Rescuers pulled survivors from the rubble through the night.', 'The Pope, the UN secretary-general and a number of European leaders have expressed shock and sorrow.'].join('\n\n');
    const found = run(text, '2024-03-03');
    expect(opensOne(found, /^The Pope, the UN secretary-general/)).toBe(false);
  });
  it('but a denial naming a place of its own stays a candidate', () => {
    const text = [lede, 'The militia denied firing rockets at civilian targets in Kherson on Saturday, though it admitted striking a nearby military base.'].join('\n\n');
    const found = run(text, '2024-03-03');
    expect(opensOne(found, /^The militia denied firing rockets/)).toBe(true);
  });
});
