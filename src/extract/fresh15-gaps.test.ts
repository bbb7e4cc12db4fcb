/**
 * What the fresh-15 round fixed, each as a general rule: a night named by its day, a sinking
 * dated at the end of its report.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, quotes, withQuote } from './test-support';

describe('"overnight" in a sentence that names the day', () => {
  const lede = 'Storm Alda killed at least 40 people after floods washed away homes overnight in Malawi on Sunday, officials said.';

  it('dates the happening to the day named, not to the night before publication', () => {
    const found = run(lede, '2023-03-14');
    const mine = found.filter((c) => quotes(c).some((q) => q.startsWith('Storm Alda killed')));
    expect(mine.map((c) => [c.properties.start, c.properties.end])).toEqual([['2023-03-12', '2023-03-12']]);
  });

  it('still reads a bare "overnight" as the night into the publication day', () => {
    const c = withQuote(run('Floods washed away homes overnight in Malawi, killing 12 people, officials said.', '2023-03-14'), /^Floods washed away/);
    expect([c?.properties.start, c?.properties.end]).toEqual(['2023-03-13', '2023-03-14']);
  });
});

describe('a sinking whose day comes at the end of the report', () => {
  const text = [
    'Rescuers have recovered one more body after a passenger ferry hit by a barge sank in the Meghna river with 40 people on board near Chandpur.',
    '',
    'The death toll now stands at six, as divers found the body of a woman on Monday, the fire service said.',
    '',
    'Earlier, five bodies were handed over to the families, police said.',
    '',
    'At least four passengers are still missing, according to relatives.',
    '',
    'The missing passengers are from two villages upstream.',
    '',
    'The barge rammed the side of the ferry with great force and pushed it under the water near the market in Chandpur on Sunday.',
  ].join('\n');

  it('dates the lede to the day the last sentence gives the sinking', () => {
    const c = withQuote(run(text, '2022-03-21'), /^Rescuers have recovered one more body/);
    expect([c?.properties.start, c?.properties.end]).toEqual(['2022-03-20', '2022-03-20']);
  });
});

describe('a country-wide toll, then a city\'s own toll and a neighbouring country\'s', () => {
  const text = 'Storm Alda killed at least 99 people in Malawi on Sunday, officials said. Another 134 people were hurt. Blantyre, the commercial capital, recorded 85 deaths, the commissioner added. At least 10 people were killed and 14 were injured in neighbouring Mozambique.';

  it('keeps the city\'s toll as an event of its own, at the city', () => {
    const found = run(text, '2023-03-14');
    const city = withQuote(found, /^Blantyre, the commercial capital/);
    expect(city).toBeDefined();
    expect(city).not.toBe(withQuote(found, /^Storm Alda killed/));
  });

  it('keeps the neighbouring country\'s toll apart from both', () => {
    const found = run(text, '2023-03-14');
    const other = withQuote(found, /^At least 10 people were killed/);
    expect(other).toBeDefined();
    expect(other).not.toBe(withQuote(found, /^Storm Alda killed/));
    expect(other).not.toBe(withQuote(found, /^Blantyre, the commercial capital/));
  });

  it('makes no event of its own of "Another 134 people were hurt" (the same toll)', () => {
    const found = run(text, '2023-03-14');
    const lede = withQuote(found, /^Storm Alda killed/);
    expect(lede).toBeDefined();
    expect(found.filter((c) => c !== lede && quotes(c).some((q) => q.startsWith('Another 134')))).toEqual([]);
  });
});

describe('what was done "shortly after the accident"', () => {
  const text = [
    'The death toll from the ferry capsize in the Meghna river near Chandpur rose to 10 on Tuesday.',
    '',
    'On Sunday, a Chandpur-bound ferry carrying about 50 passengers capsized in the river as a cargo vessel hit it, the fire service said.',
    '',
    'Some 15 passengers managed to swim ashore.',
    '',
    'Relatives waited on the bank through the night.',
    '',
    'Most of the passengers were traders from nearby villages.',
    '',
    'The coast guard seized the cargo vessel after it docked at Chandpur port shortly after the accident and detained its crew.',
  ].join('\n');

  it('takes the day of the happening it follows, not the report window', () => {
    const c = withQuote(run(text, '2022-03-22'), /^The coast guard seized the cargo vessel/);
    expect([c?.properties.start, c?.properties.end]).toEqual(['2022-03-20', '2022-03-20']);
  });
});

describe('a bare "overnight" in a report filed days after', () => {
  it('is a night of the time the sentence before gives, not the night into publication', () => {
    const found = run('Storm Alda barrelled through southern Africa at the weekend, officials said. Malawi bore the brunt, counting at least 99 deaths after mudslides overnight washed away houses.', '2023-03-15');
    const c = withQuote(found, /^Malawi bore the brunt/);
    expect([c?.properties.start, c?.properties.end]).toEqual(['2023-03-11', '2023-03-13']);
  });
});

describe('a storm\'s path told with the harm it did', () => {
  it('places the flooding at the port it names, not where the storm moved on to', () => {
    const found = run('Storm Alda killed 12 people in Mozambique on Sunday, officials said. It also ripped roofs off buildings and caused widespread flooding around the port of Quelimane before moving inland and causing landslides in Malawi.', '2023-03-14');
    const c = withQuote(found, /^It also ripped roofs off/);
    expect(c?.properties.category).toBe('other');
    expect(c?.properties.place).toBe('quelimane');
  });

  it('leaves a convoy moving north a movement', () => {
    const c = withQuote(run('A convoy of troops was seen moving north from Quelimane on Sunday, officials said.', '2023-03-14'), /^A convoy of troops/);
    expect(c?.properties.category).toBe('movement');
  });
});

describe('"overnight" in a report whose dateline is days before the page\'s date', () => {
  it('is the night into the day the report was filed', () => {
    const found = run('DAKAR, June 3 (Reuters) - Protesters clashed with police in Dakar, officials said. Mobs looted two shops overnight in Dakar\'s Ouakam district, witnesses said.', '2023-06-05');
    const c = withQuote(found, /^Mobs looted two shops overnight/);
    expect([c?.properties.start, c?.properties.end]).toEqual(['2023-06-02', '2023-06-03']);
  });
});

describe('a running toll of a happening the report has not yet dated', () => {
  const text = [
    'Rescuers have recovered one more body after a passenger ferry hit by a barge sank in the Meghna river with 40 people on board near Chandpur.',
    '',
    'The death toll now stands at seven, as divers found the body of a man on Monday, the fire service said.',
  ].join('\n');

  it('is a claim on that happening, not an event of its own', () => {
    const found = run(text, '2022-03-21');
    const lede = withQuote(found, /^Rescuers have recovered one more body/);
    expect(lede).toBeDefined();
    expect(withQuote(found, /^The death toll now stands at seven/)).toBe(lede);
  });

  it('leaves a toll that turns to another incident apart', () => {
    const found = run(text.replace('The death toll now stands at seven, as divers', 'The death toll in another sinking now stands at seven, as divers'), '2022-03-21');
    expect(withQuote(found, /^The death toll in another sinking/)).not.toBe(withQuote(found, /^Rescuers have recovered one more body/));
  });
});

describe('what is done about a sinking afterwards', () => {
  const lede = 'On Sunday, a ferry carrying about 50 passengers capsized in the Meghna river near Chandpur as a cargo vessel hit it, killing six people, the fire service said.';

  it('makes cases filed against the crew a claim on the sinking, not an event', () => {
    const found = run(`${lede}\n\nSome 15 passengers managed to swim ashore.\n\nRelatives waited on the bank through the night.\n\nMost passengers were traders.\n\nThe river authority filed two separate cases in Chandpur against eight staffers of the cargo vessel that had hit the ferry.`, '2022-03-22');
    expect(withQuote(found, /^The river authority filed/)).toBe(withQuote(found, /^On Sunday, a ferry/));
  });

  it('makes the vessel salvaged a claim on the sinking, not an event', () => {
    const found = run(`${lede}\nThe river authority later salvaged the ferry near Chandpur on Monday.`, '2022-03-22');
    expect(withQuote(found, /^The river authority later salvaged/)).toBe(withQuote(found, /^On Sunday, a ferry/));
  });
});

describe('a riot or a fire said to have broken out', () => {
  it('is a claim on the riot the lede told, not a second one', () => {
    const found = run('A riot at a prison in Tamara, Honduras, on Tuesday killed at least 41 women, police said. The spokesman said the riot broke out at the prison after gang members attacked guards.', '2023-06-21');
    expect(withQuote(found, /^The spokesman said the riot broke out/)).toBe(withQuote(found, /^A riot at a prison/));
  });

  it('still makes "The fire broke out in the kitchen" a claim on the fire the lede told (held before too)', () => {
    const found = run('A fire at a workers\' building in Mangaf, Kuwait, on Wednesday killed at least 35 people, officials said. The fire broke out in the kitchen on the ground floor.', '2024-06-13');
    expect(withQuote(found, /^The fire broke out in the kitchen/)).toBe(withQuote(found, /^A fire at a workers/));
  });
});

describe('what goes on, told in the present', () => {
  it('makes no event of "groups are again attacking soldiers in the Sahel" nor of "it is widely believed that ..."', () => {
    const found = run([
      'Bamako - Jihadist groups are again attacking soldiers from the regular armed forces in Mali.',
      'Yesterday, August 19, a military convoy was attacked near Boni, Mali, and fifteen soldiers were killed.',
      'In Mali, it is widely believed that jihadist groups are increasingly attacking the military in order to control the area.',
    ].join('\n'), '2021-08-20');
    expect(withQuote(found, /^Bamako - Jihadist groups are again attacking/)).toBeUndefined();
    expect(withQuote(found, /^In Mali, it is widely believed/)).toBeUndefined();
    expect(withQuote(found, /^Yesterday, August 19, a military convoy/)).toBeDefined();
  });
});

describe('an earlier toll told in the past perfect', () => {
  const text = 'Storm Alda killed at least 99 people in Malawi on Sunday, officials said. It caused widespread flooding around the port of Quelimane.\n\nThe storm had killed over 100 people and injured dozens in late February.';

  it('is the story\'s past, not an event, when it names no place and lies weeks back', () => {
    expect(withQuote(run(text, '2023-03-14'), /^The storm had killed over 100/)).toBeUndefined();
  });

  it('stays an event when it names a place of its own', () => {
    expect(withQuote(run(text.replace('in late February', 'in Quelimane in late February'), '2023-03-14'), /^The storm had killed over 100/)).toBeDefined();
  });
});

describe('"perished"', () => {
  it('tells a toll: "Many people perished in mudslides ... in Blantyre" is a casualties event there', () => {
    const c = withQuote(run('Many people perished in mudslides that washed away homes in the commercial capital, Blantyre.', '2023-03-15'), /^Many people perished/);
    expect(c?.properties.category).toBe('casualties');
    expect(c?.properties.place).toBe('blantyre');
  });
});

describe('a toll with no date of its own, after the report said when the story began', () => {
  const text = [
    'The death toll from Storm Alda in Malawi passed 200 on Tuesday, officials said.',
    '',
    'The fierce storm delivered its second punch to southern Malawi starting at the weekend, its second landfall in a month.',
    '',
    'Malawi\'s government said at least 190 people were killed in Blantyre.',
  ].join('\n');

  it('counts from that start to the report, not over the two weeks before it', () => {
    const c = withQuote(run(text, '2023-03-15'), /^Malawi's government said at least 190/);
    expect([c?.properties.start, c?.properties.end]).toEqual(['2023-03-11', '2023-03-15']);
  });

  it('keeps the report window (the report\'s day and the day before) for a toll told before any such start', () => {
    const c = withQuote(run('Storm Alda killed more than 190 people in Malawi, authorities said.', '2023-03-15'), /^Storm Alda killed/);
    expect([c?.properties.start, c?.properties.end]).toEqual(['2023-03-14', '2023-03-15']);
  });
});

describe('the day of what is only expected, beside the day of what happened', () => {
  it('proposes one candidate, of the day that happened', () => {
    const found = run('Storm Alda was still causing heavy rains in southern Malawi on Tuesday, but conditions were expected to ease from Wednesday evening, forecasters said.', '2023-03-15');
    const mine = found.filter((c) => quotes(c).some((q) => q.startsWith('Storm Alda was still causing')));
    expect(mine.map((c) => c.properties.start)).toEqual(['2023-03-14']);
  });
});
