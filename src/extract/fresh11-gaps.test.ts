/**
 * Dates and places the fresh-11 round fixed, each as a general rule: an undated lede takes
 * the day a sentence further down gives for that same happening ("the blaze broke out early
 * Tuesday", "the deaths occurred on Friday night"), never a day of another incident.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, where, withQuote } from './test-support';
import { distanceKm } from './geo';

const km = distanceKm;

describe('an undated lede and its day told further down', () => {
  it('takes the day a later sentence gives the same happening by its definite noun ("the blaze broke out early Tuesday")', () => {
    const found = run([
      'At least 25 migrant workers were killed and dozens injured in Qatar after a blaze tore through a four-storey building housing labourers.',
      '',
      'Firefighters worked through the night, a civil defence spokesman told reporters, and rescuers were still searching the upper floors.',
      '',
      'The blaze broke out early Tuesday in a storeroom on the ground floor, the spokesman said.',
    ].join('\n'), '2024-03-13');
    const lede = withQuote(found, /^At least 25 migrant workers/);
    expect(lede?.properties.start).toBe('2024-03-12');
    expect(lede?.properties.end).toBe('2024-03-12');
    expect(lede?.candidate.reportDated).toBe(false);
  });

  it('holds for the toll named again ("the deaths occurred on Friday night") in the next paragraph', () => {
    const found = run([
      'Two soldiers and a farmer have been killed by artillery fire across the border in Armenia\'s Tavush province.',
      '',
      'The army said in a statement that the deaths occurred on Friday night when troops opened fire on posts near the villages of Tarkal and Menor.',
    ].join('\n'), '2021-05-08');
    const lede = withQuote(found, /^Two soldiers and a farmer/);
    expect(lede?.properties.start).toBe('2021-05-07');
    expect(lede?.candidate.reportDated).toBe(false);
  });

  it('holds for a volcano named again ("when the volcano erupted on Saturday")', () => {
    const found = run([
      'Nine hikers have been killed and four more are missing after the eruption of Mount Merapi in Indonesia, officials have said.',
      '',
      'About 40 people were on the slopes when the volcano in Central Java erupted on Saturday, according to the rescue agency.',
    ].join('\n'), '2023-06-12');
    const lede = withQuote(found, /^Nine hikers/);
    expect(lede?.properties.start).toBe('2023-06-10');
  });

  it('keeps the report window when the later day is another incident\'s ("A smaller blaze on Monday")', () => {
    const found = run([
      'At least 25 migrant workers were killed and dozens injured in Qatar after a blaze tore through a four-storey building housing labourers.',
      '',
      'A smaller blaze on Monday forced firefighters to evacuate a nearby block.',
    ].join('\n'), '2024-03-13');
    const lede = withQuote(found, /^At least 25 migrant workers/);
    expect(lede?.candidate.reportDated).toBe(true);
  });

  it('keeps the report window when the day is the telling\'s ("the spokesman said on Tuesday the fire ...")', () => {
    const found = run([
      'At least 25 migrant workers were killed and dozens injured in Qatar after a blaze tore through a four-storey building housing labourers.',
      '',
      'The civil defence said on Tuesday that the blaze had been put out.',
    ].join('\n'), '2024-03-13');
    const lede = withQuote(found, /^At least 25 migrant workers/);
    expect(lede?.candidate.reportDated).toBe(true);
  });
});

describe('an earthquake\'s epicentre told after a lede that names only a part of the country', () => {
  const article = [
    'A strong earthquake killed at least 300 people in eastern Turkey on Monday, officials said.',
    '',
    'The US Geological Survey said the quake\'s epicentre was about 30 kilometres southeast of Malatya.',
  ].join('\n');

  it('places the quake at the epicentre, not at the part of the country, and joins the agency\'s words to it', () => {
    const found = run(article, '2023-02-07');
    const quake = withQuote(found, /^A strong earthquake/);
    // 30 km south-east of Malatya (38.35 N 38.31 E): about 38.16 N 38.55 E.
    expect(km(where(quake as NonNullable<typeof quake>), [38.55, 38.16])).toBeLessThan(15);
    expect(found).toHaveLength(1);
  });

  it('is never put at the agency\'s seat', () => {
    const found = run(article, '2023-02-07');
    // Washington, DC lies about 38.9 N 77.0 W.
    expect(found.every((c) => km(where(c), [-77.04, 38.9]) > 1000)).toBe(true);
  });
});

describe('a place name joined by a lower-case "del" or "da" ("Zamboanga del Sur", "Mar del Plata")', () => {
  it('is read whole: "Sur" alone is never the Lebanese port that bears that name', () => {
    const found = run('CAMP BAGONG DIWA, Agusan del Sur - Two soldiers were killed inside an army camp gymnasium when a grenade exploded on Sunday morning, police said.', '2023-12-04');
    // Tyre (Sur), Lebanon, lies about 33.27 N 35.2 E.
    for (const c of found) expect(km(where(c), [35.2, 33.27])).toBeGreaterThan(1000);
  });
});

describe('a wire dateline with the country in square brackets ("Kabul [Afghanistan], October 8 :")', () => {
  it('is where the report was filed, and its date the filing\'s: one candidate, at the place and on the day the sentence gives', () => {
    const found = run('New Delhi [India], March 9 : As many as 12 people have been killed in Tuesday\'s landslide in Nepal\'s Pokhara, local media reported.', '2024-03-09');
    expect(found).toHaveLength(1);
    const c = found[0] as (typeof found)[number];
    expect(c.properties.start).toBe('2024-03-05');
    // Pokhara lies about 28.2 N 83.99 E; New Delhi about 28.6 N 77.2 E.
    expect(km(where(c), [83.99, 28.21])).toBeLessThan(50);
  });
});

describe('a happening said to have taken place, with an apposition between ("The blast, the result of a gas leak at a shop, happened ...")', () => {
  it('is a claim on the happening it names, not a second one', () => {
    const found = run([
      'Twenty people were killed in an explosion at a noodle shop in Lanzhou, the capital of China\'s Gansu province, state media reported on Thursday.',
      'The blast, the result of a gas leak at the shop on a busy street, happened about 7:30 p.m. Wednesday, the news agency said.',
    ].join(' '), '2023-07-06');
    expect(found).toHaveLength(1);
  });
});

describe('a train or road collision ("The express train collided with a freight train")', () => {
  const article = [
    'The Sabari Express passenger train collided with a freight train in Andhra Pradesh\'s Vizianagaram district on Sunday.',
    'The collision took place near the Kantakapalle railway station in Vizianagaram district and several passengers are feared dead.',
  ].join(' ');

  it('is a happening (a train is no training), and its retelling ("The collision took place ...") a claim on it', () => {
    const found = run(article, '2023-10-29');
    expect(found).toHaveLength(1);
    expect(found[0]?.properties.category).not.toBe('training');
  });

  it('is no strike when the engine "hit" the other train', () => {
    const found = run('The engine of the passenger train hit the goods train near Vizianagaram on Sunday, killing 13 people, officials said.', '2023-10-29');
    expect(found[0]?.properties.category).toBe('casualties');
  });

  it('leaves a plan to train troops as training', () => {
    const found = run('Britain will train Ukrainian troops at bases in Salisbury from next month, the ministry said.', '2023-10-29');
    expect(found[0]?.properties.category).toBe('training');
  });
});

describe('"today" in a quotation whose speaker the sentence dates ("X on Monday said, \\"today we had a flood ...\\"")', () => {
  it('is the day the speaker spoke, not the report\'s: one candidate on that day', () => {
    const found = run('The provincial disaster spokesperson, Ahmad Wali, on Monday said, "Unfortunately, today we had a flood in Khost, in eastern Afghanistan."', '2023-10-11');
    expect(found).toHaveLength(1);
    expect(found[0]?.properties.start).toBe('2023-10-09');
  });
});
