/**
 * False candidates seen across many stories at once (every fresh part), each as a general
 * rule: a sentence that tells nothing new about a happening already told is a claim on it,
 * not a second event on the map.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, quotes, withQuote } from './test-support';

describe('more of the same toll ("Another 40 people were injured", "a further 300 are missing")', () => {
  const lede = 'A missile struck a shopping centre in Kharkiv on Monday morning, killing 12 people, regional officials said.';

  it('is a claim on the happening it counts, not another incident', () => {
    const found = run(`${lede} Another 40 people were injured, including six children.`, '2024-05-21');
    expect(found).toHaveLength(1);
    expect(quotes(found[0] as (typeof found)[number])).toContainEqual(expect.stringMatching(/^Another 40 people/));
  });

  it('holds for "a further" count too', () => {
    const found = run(`${lede} Doctors said a further 20 people were wounded.`, '2024-05-21');
    expect(found).toHaveLength(1);
  });

  it('holds for a count told earlier ("Earlier, the mayor said ...")', () => {
    const found = run(`${lede} Earlier, the city's mayor said three people were injured in the attack.`, '2024-05-21');
    expect(found).toHaveLength(1);
  });

  it('still keeps another attack apart', () => {
    const found = run(`${lede} Another attack hit the village of Vovchansk on Sunday, killing two.`, '2024-05-21');
    expect(found.length).toBeGreaterThan(1);
  });
});

describe('a forecast of the toll ("The death toll is likely to rise", "could reach 2,000")', () => {
  const lede = 'Floods swept through the town of Kamdesh in Nuristan province on Wednesday night, killing at least 40 people, officials said.';

  it('is a claim on the happening whose toll it forecasts, counting nothing', () => {
    const found = run(`${lede} "The death toll is likely to rise as many people are still missing," the governor added.`, '2021-07-29');
    expect(found).toHaveLength(1);
    const c = found[0] as (typeof found)[number];
    expect(quotes(c)).toContainEqual(expect.stringMatching(/likely to rise/));
  });

  it('keeps the forecast figure out of the happening\'s figures', () => {
    const found = run(`${lede} The provincial governor said the death toll could reach 2,000.`, '2021-07-29');
    expect(found).toHaveLength(1);
    expect(found[0]?.properties.figures.map((f) => f.value)).not.toContain(2000);
  });

  it('leaves a warning of losses still to come a statement of its own', () => {
    const found = run(`${lede} Intelligence officials caution that the troops are likely to sustain heavy casualties.`, '2021-07-29');
    expect(withQuote(found, /^Intelligence officials caution/)).toBeDefined();
  });
});

describe('a happening said to have taken place ("The incident occurred on Monday", "The explosion, which occurred on ...")', () => {
  it('is a claim on the happening told before it', () => {
    const found = run('A blast ripped through a fuel depot in the port of Mersin, killing three workers, officials said on Tuesday. The explosion, which occurred on Monday afternoon, caused a large fire.', '2024-06-04');
    expect(found).toHaveLength(1);
    expect(quotes(found[0] as (typeof found)[number])).toContainEqual(expect.stringMatching(/^The explosion, which occurred/));
  });

  it('dates a happening only its report dated, to the day it names', () => {
    const found = run('Pirates have hijacked an oil tanker off the coast of Eyl, Somalia, officials said. One official in the town of Eyl said the incident occurred on Monday.', '2017-03-15');
    expect(found).toHaveLength(1);
    expect([found[0]?.properties.start, found[0]?.properties.end]).toEqual(['2017-03-13', '2017-03-13']);
  });

  it('keeps another incident, or one at another place, apart', () => {
    expect(run('A blast ripped through a fuel depot in Mersin on Monday, killing three workers. In another incident, the explosion of a gas tank occurred in Ankara on Monday.', '2024-06-04').length).toBeGreaterThan(1);
    expect(run('A blast ripped through a fuel depot in Mersin on Monday, killing three workers. The attack occurred in Diyarbakir on Sunday, killing two soldiers.', '2024-06-04').length).toBeGreaterThan(1);
  });
});

describe('the toll of a natural disaster told before any toll ("made landfall", "the volcano erupted")', () => {
  it('is a claim on the disaster, as a toll of a strike is', () => {
    const found = run('Cyclone Dana made landfall near Puri in Odisha on Thursday night, the weather office said. Local officials said at least four people were killed.', '2024-10-25');
    expect(found).toHaveLength(1);
    expect(quotes(found[0] as (typeof found)[number])).toContainEqual(expect.stringMatching(/^Local officials said at least four/));
  });
});

describe('a natural disaster told again ("Dana started lashing the coast", "The storm flattened huts")', () => {
  const lede = 'Cyclone Dana made landfall near Puri in Odisha on Thursday night, the weather office said.';

  it('is a claim on the disaster told first', () => {
    for (const next of ['Dana, the strongest cyclone of the year, started lashing the coast of Puri on Thursday, the India Meteorological Department said.', 'The storm flattened thatched huts in Puri on Thursday night, the weather office said.']) {
      const found = run(`${lede} ${next}`, '2024-10-25');
      expect(found).toHaveLength(1);
      expect(quotes(found[0] as (typeof found)[number])).toContain(next);
    }
  });

  it('keeps another disaster, or an earlier one, apart', () => {
    expect(run(`${lede} Another cyclone made landfall near Puri on Thursday night, the weather office said.`, '2024-10-25')).toHaveLength(2);
    expect(run(`${lede} Earlier, a cyclone made landfall near Puri on Thursday night, the weather office said.`, '2024-10-25')).toHaveLength(2);
  });
});

describe('the dead found or counted a day or two later ("160 bodies were found on Sunday", "As of Thursday evening, 80 bodies were recovered")', () => {
  const lede = 'Gunmen attacked the village of Solenzo in northern Burkina Faso on Saturday, killing dozens of residents, officials said.';

  it('is the toll of the happening, not a happening of its own', () => {
    const found = run(`${lede} A total of 60 bodies were found in Solenzo on Sunday, officials said.`, '2021-06-07');
    expect(found).toHaveLength(1);
    expect(found[0]?.properties.start).toBe('2021-06-05');
  });

  it('keeps a death told days later, or not as a count, apart', () => {
    expect(run(`${lede} A total of 60 bodies were found in Solenzo on Wednesday, officials said.`, '2021-06-10')).toHaveLength(2);
    expect(run(`${lede} Gunmen killed 60 people in Solenzo on Sunday, officials said.`, '2021-06-07')).toHaveLength(2);
  });
});
