/**
 * What precision round U fixed, as general rules. Once a report has told a happening, it goes on
 * with sentences that tell what came of it without telling it again: how many of its people are
 * in hospital ("37 people were still being treated in hospital, the health service said."), and
 * more below. Each is a claim on the happening told, not a candidate of its own; a sentence that
 * tells a happening of its own in the same words stays one. The sentences are made up, in the
 * style of a wire report.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, withQuote, opensOne } from './test-support';

describe('those in hospital, counted after a happening', () => {
  it('"people were still being treated in hospital" is a claim on the fire told', () => {
    const text = [
      'A fire tore through a 20-storey apartment block in west London on Tuesday night, killing at least six people, fire officials said.',
      'In an update on Wednesday morning, NHS England said 37 people were still being treated in hospital, 17 of them in a critical condition.',
    ].join('\n\n');
    const found = run(text, '2024-06-12');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /still being treated in hospital/)).toBeDefined();
  });
  it('and so is "had sought medical help", after unrest', () => {
    const text = [
      'Police fired tear gas at protesters who stormed the mayor\'s office in Almaty on Monday, officials said.',
      'The Almaty city health department said 190 people had sought medical help, including 37 police officers.',
    ].join('\n\n');
    const found = run(text, '2024-06-11');
    expect(opensOne(found, /^The Almaty city health department said 190/)).toBe(false);
  });
  it('and so are "20 hospitalized", after a sinking, and "sent to hospitals", after a blast', () => {
    const wreck = [
      'A migrant boat broke apart off the coast of Calabria in southern Italy on Sunday, killing at least 59 people, officials said.',
      'She added there were 81 survivors, 20 hospitalized, including one in intensive care.',
    ].join('\n\n');
    expect(opensOne(run(wreck, '2024-06-10'), /^She added there were 81 survivors/)).toBe(false);
    const blast = [
      'A chemical plant exploded in the city of Yancheng in eastern China on Thursday, killing 47 people.',
      'Officials in Yancheng said 23 people had been sent to hospitals.',
    ].join('\n\n');
    expect(opensOne(run(blast, '2024-06-08'), /^Officials in Yancheng said 23/)).toBe(false);
  });
  it('but people hospitalized after a blast of their own, at a town of its own on a later day, stay a candidate', () => {
    const text = [
      'A chemical plant exploded in the city of Yancheng in eastern China on Thursday, killing 47 people.',
      'On Saturday, a gas explosion at a market in Nanjing wounded 14 people, who were hospitalized.',
    ].join('\n\n');
    const found = run(text, '2024-06-10');
    expect(opensOne(found, /^On Saturday, a gas explosion/)).toBe(true);
  });
});

describe('where a wrecked craft set out from', () => {
  it('"The flight had departed from the capital ... bound for" is a detail of the crash told', () => {
    const text = [
      'A passenger plane crashed into a river gorge near Pokhara in Nepal on Sunday, killing all 72 people on board, officials said.',
      'The flight had departed from the capital, Kathmandu, at about 10:30 a.m. on Sunday bound for Pokhara.',
    ].join('\n\n');
    const found = run(text, '2024-06-10');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /had departed from the capital/)).toBeDefined();
  });
  it('and so are "Flight 2216 left Bangkok", "the vessel left Izmir" after a speaker, and "the ferry got under way from"', () => {
    const jet = [
      'A passenger jet crashed while landing at Muan airport in South Korea on Sunday, killing 179 people.',
      'Flight 2216 left Bangkok early on Sunday to head to Muan.',
    ].join('\n\n');
    expect(opensOne(run(jet, '2024-06-10'), /^Flight 2216 left Bangkok/)).toBe(false);
    const boat = [
      'A wooden boat carrying migrants sank off the coast of Calabria in southern Italy on Sunday, killing at least 59 people.',
      'A coast guard official said the vessel left Izmir in western Turkey four days ago.',
    ].join('\n\n');
    expect(opensOne(run(boat, '2024-06-10'), /^A coast guard official said the vessel left Izmir/)).toBe(false);
    const ferry = [
      'A ferry sank in the Bali Strait late on Wednesday, leaving 38 people missing.',
      'At about 11 p.m. on Wednesday, the ferry got under way from Ketapang in East Java and began the short crossing to Gilimanuk.',
    ].join('\n\n');
    expect(opensOne(run(ferry, '2024-06-13'), /^At about 11 p\.m\. on Wednesday, the ferry got under way/)).toBe(false);
  });
  it('but a craft that set out and sank on a day of its own stays a candidate', () => {
    const text = [
      'A ferry sank in the Bali Strait late on Wednesday, leaving 38 people missing.',
      'On Friday, a second ferry that left Ketapang sank off Gilimanuk, killing 12 people.',
    ].join('\n\n');
    expect(opensOne(run(text, '2024-06-15'), /^On Friday, a second ferry/)).toBe(true);
  });
});

describe('a storm\'s course, told after the storm', () => {
  it('"Lena grew to a Category 4 hurricane overnight" is a claim on the hurricane told', () => {
    const text = [
      'Hurricane Lena made landfall near Cayo Costa in southwest Florida on Wednesday as a Category 4 storm, killing 12 people.',
      'Fueled by warm waters, Lena grew to a Category 4 hurricane overnight with top winds of 150 mph, according to the National Hurricane Center.',
    ].join('\n\n');
    const found = run(text, '2024-06-12');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /grew to a Category 4 hurricane overnight/)).toBeDefined();
  });
  it('and so is "the cyclone had moved off the coast"', () => {
    const text = [
      'Cyclone Tomas struck the coast of New Zealand\'s North Island on Monday, killing four people.',
      'The civil defence minister said the cyclone had moved off the coast of New Zealand and the worst of the storm was over.',
    ].join('\n\n');
    expect(opensOne(run(text, '2024-06-12'), /^The civil defence minister said the cyclone had moved off/)).toBe(false);
  });
  it('but the weakened storm hitting another country, killing people there, stays a candidate', () => {
    const text = [
      'Cyclone Tomas made landfall near the port of Chittagong in Bangladesh on Sunday night, killing at least 10 people.',
      'On Tuesday, the weakened storm hit Myanmar, killing 20 people in Sittwe.',
    ].join('\n\n');
    expect(opensOne(run(text, '2024-06-12'), /^On Tuesday, the weakened storm hit Myanmar/)).toBe(true);
  });
});

describe('the dead handed back, after a happening', () => {
  it('"Meanwhile, the authorities have begun to return the bodies to their families" is a claim on the crash told', () => {
    const text = [
      'A passenger plane crashed into a river gorge near Pokhara in Nepal on Sunday, killing all 72 people on board, officials said.',
      'Meanwhile, the authorities in Pokhara have begun to return the bodies to their families.',
    ].join('\n\n');
    const found = run(text, '2024-06-11');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /return the bodies to their families/)).toBeDefined();
  });
  it('and so is "Earlier, six bodies were handed over to the families"', () => {
    const text = [
      'A launch capsized in the Shitalakshya river in Narayanganj on Sunday after being hit by a cargo vessel, killing at least eight people.',
      'Earlier, six bodies were handed over to the families in Narayanganj, said the chief of the river police station.',
    ].join('\n\n');
    expect(opensOne(run(text, '2024-06-11'), /^Earlier, six bodies were handed over/)).toBe(false);
  });
  it('but an attack of its own, at another town on a day of its own, stays a candidate', () => {
    const text = [
      'A fuel tanker exploded after a collision in Freetown on Friday night, killing at least 90 people.',
      'On Sunday, gunmen attacked a village near Kenema and their bodies were returned to families after 12 people were killed.',
    ].join('\n\n');
    expect(opensOne(run(text, '2024-06-11'), /^On Sunday, gunmen attacked a village/)).toBe(true);
  });
});

describe('a toll summed over months or a war', () => {
  it('"have been killed in floods across the country in the last month" is background, no candidate', () => {
    const text = [
      'A dam burst near the town of Mai Mahiu in Kenya early on Monday, killing at least 42 people, officials said.',
      'More than 100 people have been killed in floods across Kenya in the last month.',
    ].join('\n\n');
    const found = run(text, '2024-04-30');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /in the last month/)).toBeUndefined();
  });
  it('and so is "has recorded ... 32 deaths since October"', () => {
    const text = [
      'A boat capsized off Mozambique\'s Nampula province on Sunday, killing 94 people.',
      'The country has recorded almost 15,000 cases of cholera and 32 deaths since October, according to government data.',
    ].join('\n\n');
    expect(opensOne(run(text, '2024-04-30'), /^The country has recorded almost 15,000 cases/)).toBe(false);
  });
  it('but a toll since a day, at a town of its own, stays a candidate', () => {
    const text = [
      'A dam burst near the town of Mai Mahiu in Kenya early on Monday, killing at least 42 people, officials said.',
      'Twelve people have been killed since Monday in floods in the town of Garissa, police said.',
    ].join('\n\n');
    expect(opensOne(run(text, '2024-04-30'), /^Twelve people have been killed since Monday/)).toBe(true);
  });
});

describe('what was done "in the past"', () => {
  it('"has been cited and fined for safety violations in the past" is background, no candidate', () => {
    const text = [
      'An explosion at a chemical plant in Yancheng in eastern China on Thursday killed 47 people, state media said.',
      'However, the company, which makes more than 30 compounds, has been cited and fined for safety violations in the past, the China Daily newspaper reported.',
    ].join('\n\n');
    const found = run(text, '2024-04-30');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /in the past/)).toBeUndefined();
  });
  it('but deaths "in the past 24 hours" stay news', () => {
    const text = [
      'An explosion at a chemical plant in Yancheng in eastern China on Thursday killed 47 people, state media said.',
      'Floods in the southern city of Guangzhou have killed 12 people in the past 24 hours, officials said.',
    ].join('\n\n');
    expect(opensOne(run(text, '2024-04-30'), /^Floods in the southern city of Guangzhou/)).toBe(true);
  });
});

describe('a place still without power, after a happening', () => {
  it('"about 11,000 people in West Maui were still without power" is a claim on the fire told', () => {
    const text = [
      'A wildfire swept through the town of Lahaina on the island of Maui on Tuesday, killing at least 36 people, officials said.',
      'The governor said that about 11,000 people in West Maui were still without power.',
    ].join('\n\n');
    const found = run(text, '2024-04-30');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /still without power/)).toBeDefined();
  });
  it('and so is "Many areas of Durban remain without electricity or water"', () => {
    const text = [
      'Floods and landslides hit the city of Durban in South Africa on Monday, killing at least 45 people.',
      'Many areas of Durban remain without electricity or water.',
    ].join('\n\n');
    expect(opensOne(run(text, '2024-04-30'), /^Many areas of Durban remain without/)).toBe(false);
  });
  it('but a second storm that left a country of its own without power stays a candidate', () => {
    const text = [
      'Cyclone Tomas struck the coast of New Zealand\'s North Island on Monday, killing four people.',
      'A week later, a second storm hit Fiji, and 50,000 people there remain without power.',
    ].join('\n\n');
    expect(opensOne(run(text, '2024-04-30'), /^A week later, a second storm hit Fiji/)).toBe(true);
  });
});

describe('what residents tell, after a happening', () => {
  it('"a local resident, Asad Rehman, said: ..." is an account of the clash told', () => {
    const text = [
      'Pakistani and Afghan border forces exchanged fire near the Chaman crossing on Sunday, killing six civilians, officials said.',
      'As quoted by the news agency Reuters, a local resident, Asad Rehman, said: "There was fighting going on between the two forces.',
    ].join('\n\n');
    const found = run(text, '2024-04-30');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /a local resident, Asad Rehman, said/)).toBeDefined();
  });
  it('and so is a bystander named with his age, "Mickey Paramasivan, 37, told reporters: ..."', () => {
    const text = [
      'A fire tore through a 24-storey tower block in west London early on Wednesday, killing at least six people, police said.',
      'Mickey Paramasivan, 37, told reporters: "There were explosions everywhere you looked, lots of bangs."',
    ].join('\n\n');
    expect(opensOne(run(text, '2024-04-30'), /^Mickey Paramasivan, 37, told reporters/)).toBe(false);
  });
  it('but residents telling a second blast at another city, on a day of its own, stay a candidate', () => {
    const text = [
      'An explosion at a fireworks factory in Harda in central India on Tuesday killed 11 people and injured 170 others.',
      'Residents said a second blast hit a warehouse in Indore on Thursday, killing three people.',
    ].join('\n\n');
    expect(opensOne(run(text, '2024-04-30'), /^Residents said a second blast/)).toBe(true);
  });
});
