/**
 * Dates, categories and places the fresh-12 round fixed, each as a general rule: a crowd
 * crush named again by its crowd, an occasion ("the wedding was held on Saturday") giving the
 * day of what happened at it, and a day of mourning after a toll dating the mourning only.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, withQuote } from './test-support';

describe('a lede dated further down, by its crowd or its occasion', () => {
  it('takes the day a later sentence gives the crowd of a crush ("what led the crowd to surge ... on Friday night")', () => {
    const found = run([
      'JAKARTA, Indonesia -- Families searched hospitals for relatives after a crush that killed more than 80 people when a packed concert crowd pushed into a narrow gate at a stadium in Jakarta.',
      '',
      'It was still unclear what made the crowd surge towards the gate in the Senayan area on Friday night, and the police promised an inquiry.',
    ].join('\n'), '2023-05-14');
    const lede = withQuote(found, /^JAKARTA, Indonesia -- Families/);
    expect(lede?.properties.start).toBe('2023-05-12');
    expect(lede?.candidate.reportDated).toBe(false);
  });

  it('takes the day the occasion was held on ("The funeral was held on Sunday") for a blast at it', () => {
    const found = run([
      'A suicide bomber has detonated explosives at a funeral in Bama town, Borno State, killing nine mourners and wounding others.',
      '',
      'According to a witness, the bomber walked in among the mourners before setting off the device.',
      '',
      'The funeral was held on Sunday near the central mosque in Bama town.',
    ].join('\n'), '2024-03-19');
    const lede = withQuote(found, /^A suicide bomber has detonated/);
    expect(lede?.properties.start).toBe('2024-03-17');
    expect(lede?.candidate.reportDated).toBe(false);
  });

  it('keeps the report window when the occasion named further down is another one ("another wedding on Sunday")', () => {
    const found = run([
      'A suicide bomber has detonated explosives at a wedding in Bama town, Borno State, killing nine guests and wounding others.',
      '',
      'Guests at another wedding on Sunday fled when shots were heard near the central mosque in Bama town.',
    ].join('\n'), '2024-03-19');
    const lede = withQuote(found, /^A suicide bomber has detonated/);
    expect(lede?.candidate.reportDated).toBe(true);
  });
});

describe('a day of mourning after a toll', () => {
  it('dates the mourning, not the deaths ("was in mourning on Tuesday after more than 80 people ... died")', () => {
    const found = run([
      'Indonesia was in mourning on Tuesday after more than 80 people, most of them teenagers, died when a packed concert crowd pushed into a narrow gate at a stadium in Jakarta.',
      '',
      'It was still unclear what made the crowd surge towards the gate in the Senayan area on Saturday night, and the police promised an inquiry.',
    ].join('\n'), '2023-05-16');
    const lede = withQuote(found, /^Indonesia was in mourning/);
    expect(lede?.properties.start).toBe('2023-05-13');
  });
});

describe('a bomb set off by a person, and an attack on a post of the security forces', () => {
  const category = (text: string, published: string): string | undefined => run(text, published)[0]?.properties.category;

  it('calls a suicide bombing with a toll an explosion, not casualties', () => {
    expect(category('A suicide bomber killed at least 14 people and wounded dozens at a crowded bus station in Kirkuk on Monday.', '2023-03-07')).toBe('explosion');
    expect(category('Three people were killed on Friday when a man detonated an improvised explosive device (IED) at a checkpoint market in Maiduguri.', '2023-03-11')).toBe('explosion');
    expect(category('A car bomb attack on a market in Kirkuk killed 20 people on Sunday.', '2023-03-07')).toBe('explosion');
  });

  it('keeps a bombing from the air a strike', () => {
    expect(category('Jets bombed a market in Kirkuk on Monday, killing 12 people, in an air strike the army denied.', '2023-03-07')).not.toBe('explosion');
  });

  it('calls armed men attacking a prison, a police station or a base ground fighting, not a strike', () => {
    expect(category('Gunmen armed with rockets and rifles attacked a police station in Tank district on Monday, killing six policemen.', '2024-02-06')).toBe('ground-fighting');
    expect(category('Hundreds of inmates escaped after insurgents attacked a prison in Kogi on Tuesday night.', '2022-07-07')).toBe('ground-fighting');
    expect(category('Troops repelled the attack on the army base in Bama town on Sunday.', '2024-03-19')).toBe('ground-fighting');
  });

  it('keeps missiles or drones fired at a base a strike', () => {
    expect(category('Militants fired rockets at a military base in Kirkuk on Monday, wounding three soldiers.', '2023-03-07')).toBe('strike');
    expect(category('Drones attacked an air base in Saratov on Monday, the governor said.', '2023-03-07')).toBe('strike');
  });
});

describe('a broad area narrowed in the same sentence', () => {
  it('places the happening at the place after "particularly around" when it lies inside the broad one', () => {
    const found = run('Destructive wildfires in central Chile, particularly around the densely populated region of Valparaiso, have claimed the lives of at least 46 people, officials said on Saturday.', '2024-02-04');
    const lede = withQuote(found, /^Destructive wildfires/);
    expect(lede?.properties.place).not.toBe('central-chile');
    expect(lede?.candidate.placePhrase).toMatch(/Valparaiso/);
  });

  it('keeps a broad area no place narrows', () => {
    const found = run('Floods in northern Italy have killed at least 9 people, officials said on Saturday.', '2024-02-04');
    expect(found[0]?.candidate.placePhrase).toMatch(/northern Italy/);
  });
});

describe('a region with an island far out to sea', () => {
  it('is centred on its mainland, not between the coast and the island', async () => {
    const { adminRegion } = await import('./admin-regions');
    const r = adminRegion('Valparaíso', new Set(['CL']));
    expect(r?.lon).toBeGreaterThan(-73);
    expect(r?.radiusKm).toBeLessThan(400);
  });
});

describe('a measure taken because of the happening, named by it', () => {
  it('makes "declared a curfew ... as a result of the explosions" a claim on the bombing, not a blast of its own', () => {
    const found = run([
      'A suicide bomber killed nine mourners at a funeral in Bama town, Borno State, on Sunday.',
      '',
      'The injured are being treated at the general hospital in Bama.',
      '',
      'The army has, as a result of the explosions, declared a curfew in Bama with immediate effect.',
    ].join('\n'), '2024-03-18');
    expect(found).toHaveLength(1);
    expect(withQuote(found, /^The army has, as a result/)?.properties.claims[0]?.quote).toMatch(/^A suicide bomber killed/);
  });
});

describe('words on "the incident" just told', () => {
  it('makes "confirmed the incident" and "yet to comment on the incident" claims on it, not strikes of their own', () => {
    const found = run([
      'A suicide bomber killed nine mourners at a funeral in Bama town, Borno State, on Sunday.',
      '',
      'A police spokesman confirmed the incident but said no report had yet come from Bama.',
      '',
      'The army is also yet to comment on the incident.',
    ].join('\n'), '2024-03-18');
    expect(found).toHaveLength(1);
  });
});

describe('the wounded taken to hospitals', () => {
  it('is the toll of the attack just told, not a happening at the hospital\'s town', () => {
    const found = run([
      'At least 10 people were killed and 30 wounded when a rocket hit a market in Kiryat Shmona on Saturday.',
      '',
      'The Galilee Medical Center in Nahariya has admitted 12 wounded, three of them in serious condition.',
      '',
      'Additional casualties were taken to Rambam Hospital in Haifa.',
    ].join('\n'), '2024-07-28');
    expect(found).toHaveLength(1);
  });

  it('keeps a strike on a hospital a happening of its own', () => {
    const found = run([
      'At least 10 people were killed and 30 wounded when a rocket hit a market in Kiryat Shmona on Saturday.',
      '',
      'A second rocket hit the Galilee Medical Center in Nahariya, wounding 12 people.',
    ].join('\n'), '2024-07-28');
    expect(found).toHaveLength(2);
  });
});

describe('blasts and gunfire at a post of the security forces', () => {
  it('are ground fighting, not a lone explosion', () => {
    const found = run('On Tuesday night, explosions and gunshots were heard from the direction of the prison in Kaduna, residents said.', '2022-07-06');
    expect(found[0]?.properties.category).toBe('ground-fighting');
  });

  it('holds for a jailbreak told as an attack', () => {
    const found = run('At least 200 inmates escaped in a jailbreak in Kaduna, an attack officials blamed on insurgents, on Tuesday.', '2022-07-06');
    expect(found[0]?.properties.category).toBe('ground-fighting');
  });
});

describe('the bomber named again', () => {
  it('joins a witness\'s account of "the first bomber" to the bombing it tells', () => {
    const found = run([
      'Two suicide bombers have detonated an improvised explosive device (IED) at a funeral in Bama town, Borno State, killing nine mourners and injuring many others.',
      '',
      'According to a witness, the first bomber was carrying a bag on her back when she stormed the funeral and detonated the IED.',
    ].join('\n'), '2024-03-18');
    expect(found).toHaveLength(1);
  });
});

describe('the sentence that gives the occasion\'s day', () => {
  it('is a claim on the happening it dates, not a statement of its own ("The funeral was held on Sunday at ...")', () => {
    const found = run([
      'A suicide bomber has detonated explosives at a funeral in Bama town, Borno State, killing nine mourners and wounding others.',
      '',
      'The funeral was held on Sunday near the central mosque in Bama town.',
    ].join('\n'), '2024-03-19');
    expect(found).toHaveLength(1);
    expect(found[0]?.properties.start).toBe('2024-03-17');
  });
});
