/**
 * What precision round N fixed, as general rules: the same happening told again with nothing
 * that points back to it. A toll "told earlier" that day by another source ("Earlier Tuesday,
 * fire service officials told the news agency that at least 35 people had been killed") is an
 * earlier count of the toll told, not an earlier happening. What a witness or a survivor tells
 * of a happening just told ("A survivor said the vessel was rocked by high waves before it
 * sank", "Witnesses reported ash was falling over the capital") is an account of it, not a
 * happening of its own. And a storm told again with only its winds' speed or its track ("The
 * hurricane's maximum sustained winds had slowed to 140 mph by 11 a.m.") counts no one: the
 * speed is no toll, so it is the storm told again.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, withQuote, opensOne } from './test-support';

describe('a toll told earlier that day, with the day named', () => {
  it('"Earlier Tuesday, officials told the agency that 35 had been killed" is a count of the toll told', () => {
    const text = [
      'A highway bridge in the Italian port city of Genoa collapsed in a driving rain Tuesday, killing at least 26 people and injuring 16 others.',
      'Earlier Tuesday, Italian fire service officials told the ANSA news agency that at least 35 people had been killed.',
    ].join('\n\n');
    const found = run(text, '2018-08-14');
    expect(opensOne(found, /^Earlier Tuesday/)).toBe(false);
    expect(withQuote(found, /^Earlier Tuesday/)).toBeDefined();
  });
  it('but an earlier strike told that day at another place stays one of its own', () => {
    const text = [
      'An Israeli strike on a house in the southern village of Maifadoun killed five people on Monday.',
      'Earlier on Monday, Israeli air strikes on the coastal city of Tyre left seven dead and 17 injured, the health ministry said.',
    ].join('\n\n');
    const found = run(text, '2024-10-28');
    expect(opensOne(found, /^Earlier on Monday/)).toBe(true);
  });
});

describe('what a witness or a survivor tells, after a happening', () => {
  it('a survivor\'s account of how a ferry sank is a claim on the sinking', () => {
    const text = [
      'A ferry carrying about 80 people sank on Lake Toba in North Sumatra on Monday evening, officials said.',
      'A survivor identified by Indonesian television as Juwita Sumbayak said the vessel was rocked by high waves and hit by a wooden boat before suddenly sinking.',
    ].join('\n\n');
    const found = run(text, '2018-06-19');
    expect(opensOne(found, /^A survivor/)).toBe(false);
    expect(withQuote(found, /^A survivor/)).toBeDefined();
  });
  it('and so are witnesses who reported what fell on the capital', () => {
    const text = [
      'The Hunga Tonga-Hunga Haapai volcano erupted on Saturday, sending shockwaves across the South Pacific, and a tsunami flooded parts of Nuku\'alofa.',
      'Witnesses reported ash was falling over Nuku\'alofa.',
    ].join('\n\n');
    const found = run(text, '2022-01-15');
    expect(opensOne(found, /^Witnesses reported/)).toBe(false);
    expect(withQuote(found, /^Witnesses reported/)).toBeDefined();
  });
  it('but a witness telling of another attack at another place stays one of its own', () => {
    const text = [
      'Gunmen attacked a village in Zamfara state on Tuesday, killing 30 people, police said.',
      'Witnesses said another attack on a market in Gusau killed 12 people on Wednesday.',
    ].join('\n\n');
    const found = run(text, '2022-01-07');
    expect(opensOne(found, /^Witnesses said another attack/)).toBe(true);
  });
  it('and a witness\'s account that is the first happening told stays a candidate', () => {
    const text = 'Two opposition lawyers were shot dead in their car in Maputo on Saturday, witnesses said.';
    const found = run(text, '2024-10-19');
    expect(opensOne(found, /shot dead/)).toBe(true);
  });
});

describe('a storm told again with only its winds', () => {
  it('its winds slowing after landfall are a claim on the storm', () => {
    const text = [
      'Hurricane Maria made landfall near Yabucoa, Puerto Rico, on Wednesday morning as a Category 4 storm.',
      'The hurricane\'s maximum sustained winds had slowed to 140 mph by 11 a.m., the National Hurricane Center said.',
    ].join('\n\n');
    const found = run(text, '2017-09-20');
    expect(opensOne(found, /maximum sustained winds had slowed/)).toBe(false);
    expect(withQuote(found, /maximum sustained winds had slowed/)).toBeDefined();
  });
  it('but a storm that kills people, told with its winds, still counts its toll', () => {
    const text = [
      'Hurricane Maria made landfall near Yabucoa, Puerto Rico, on Wednesday morning as a Category 4 storm.',
      'In Dominica, the storm killed 15 people with winds of 160 mph on Monday night.',
    ].join('\n\n');
    const found = run(text, '2017-09-20');
    expect(opensOne(found, /^In Dominica/)).toBe(true);
  });
});

describe('who was there when it happened', () => {
  it('those attending a wake when the missile hit are a detail of the strike, not a strike of their own', () => {
    const text = [
      'A Russian missile struck a cafe and shop in the village of Hroza in the Kharkiv region on Thursday, killing at least 51 people.',
      'Around 60 people, including children, were attending a wake at the cafe when the missile hit, Ukrainian officials said.',
    ].join('\n\n');
    const found = run(text, '2023-10-05');
    expect(opensOne(found, /^Around 60 people/)).toBe(false);
    expect(withQuote(found, /^Around 60 people/)?.properties.figures.map((f) => f.value)).not.toContain(60);
  });
  it('but a strike told with what its people were doing, first in the report, stays a candidate', () => {
    const text = 'Around 60 people were attending a wake at a cafe in Kupiansk on Thursday when a Russian missile hit it, killing 51 people.';
    const found = run(text, '2023-10-05');
    expect(opensOne(found, /^Around 60 people/)).toBe(true);
  });
});

describe('a happening ranked, after it is told', () => {
  it('"Maria is the first storm of such magnitude to strike Puerto Rico since 1932" is a claim on the storm told', () => {
    const text = [
      'Hurricane Maria made landfall near Yabucoa, Puerto Rico, on Wednesday morning as a Category 4 storm.',
      'Maria is the first storm of such magnitude to directly strike Puerto Rico since 1932.',
    ].join('\n\n');
    const found = run(text, '2017-09-20');
    expect(opensOne(found, /^Maria is the first storm/)).toBe(false);
    expect(withQuote(found, /^Maria is the first storm/)).toBeDefined();
  });
  it('and so is a storm reported as the worst in 90 years', () => {
    const text = [
      'Cyclone Chido made landfall in the French territory of Mayotte on Saturday.',
      'Chido was reportedly the worst storm to hit Mayotte in 90 years.',
    ].join('\n\n');
    const found = run(text, '2024-12-15');
    expect(opensOne(found, /^Chido was reportedly/)).toBe(false);
    expect(withQuote(found, /^Chido was reportedly/)).toBeDefined();
  });
  it('but a visit ranked as the first in years stays the visit', () => {
    const text = [
      'Blinken arrived in Manila on Saturday for talks with President Marcos.',
      'Blinken’s visit to Manila is the first for a US secretary of state since 2019.',
    ].join('\n\n');
    const found = run(text, '2022-08-06');
    expect(opensOne(found, /^Blinken’s visit/)).toBe(true);
  });
});

describe('a toll told in a news release on a later day', () => {
  it('"said in a news release on Sunday that 14 people had been killed" is the eruption\'s toll, dated by its telling', () => {
    const text = [
      'Mount Semeru in Lumajang district, East Java, erupted on Saturday, killing at least 13 people.',
      'Abdul Muhari, a spokesperson for the disaster mitigation agency, said in a news release on Sunday that 14 people had been killed in the eruption.',
    ].join('\n\n');
    const found = run(text, '2021-12-06');
    expect(opensOne(found, /^Abdul Muhari/)).toBe(false);
    expect(withQuote(found, /^Abdul Muhari/)).toBeDefined();
  });
  it('but deaths on a day of their own, closed by a statement, stay apart', () => {
    const text = [
      'Mount Semeru in Lumajang district, East Java, erupted on Saturday, killing at least 13 people.',
      'Three more people were killed on Monday when a lahar hit a village in Lumajang, the agency said in a statement.',
    ].join('\n\n');
    const found = run(text, '2021-12-06');
    expect(opensOne(found, /^Three more people/)).toBe(true);
  });
});

describe('those rescued, after a happening', () => {
  it('"helicopters had rescued 10 people" is the eruption\'s aftermath, not a happening of its own', () => {
    const text = [
      'The Fuego volcano west of Guatemala City erupted on Sunday, sending lava flows into the hamlets on its slopes.',
      'Disaster agency chief Sergio Cabanas also said Monday that helicopters had rescued 10 people from areas hit by thick ash, mud or lava.',
    ].join('\n\n');
    const found = run(text, '2018-06-04');
    expect(opensOne(found, /^Disaster agency chief/)).toBe(false);
    expect(withQuote(found, /^Disaster agency chief/)).toBeDefined();
  });
  it('and so are those rescued beside the dead counted, after a sinking', () => {
    const text = [
      'A ferry carrying 65 people sank in the Bali Strait off Gilimanuk late on Wednesday, officials said.',
      'Of those, 29 were rescued safely, while 6 have been confirmed dead.',
    ].join('\n\n');
    const found = run(text, '2025-07-03');
    expect(opensOne(found, /^Of those, 29 were rescued/)).toBe(false);
    expect(withQuote(found, /^Of those, 29 were rescued/)).toBeDefined();
  });
  it('but people rescued at another town stay apart', () => {
    const text = [
      'A ferry carrying 65 people sank in the Bali Strait off Gilimanuk late on Wednesday, officials said.',
      'In Surabaya, 12 fishermen were rescued from a burning boat on Thursday.',
    ].join('\n\n');
    const found = run(text, '2025-07-03');
    expect(opensOne(found, /^In Surabaya/)).toBe(true);
  });
});
