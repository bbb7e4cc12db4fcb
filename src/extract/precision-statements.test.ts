/**
 * Statements and tolls that tell again a happening the report has already told. Once a report
 * has told a collapse, a blast or a strike, it goes on with what was said about it: the grief
 * and sympathy of leaders, action promised against those responsible, officials sent to the
 * site, a confirmation of what followed it; and with its toll as counted on a later day. Such
 * a sentence is a claim on the happening it speaks of, its speaker and words kept, not a
 * happening of its own where the speaker sits or on the day the words were said. Each test
 * also holds sentences that must stay apart (another happening, a statement that is the news),
 * so a rule cannot pass by joining everything.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf as run, quotes, withQuote } from './test-support';

describe('words said about a happening already told (grief, sympathy, action promised, officials sent)', () => {
  it('are claims on it, not happenings of their own; another collapse stays apart', () => {
    const text = [
      'PUNE: The death toll in the hoarding collapse incident in the Hadapsar area of Pune has risen to 14, while 74 people are injured, civic officials said on Tuesday morning.',
      'Meanwhile, the police commissioner has said stringent action will be taken against those responsible for the hoarding collapse incident in the city.',
      'The chief minister has directed officials to promptly reach the site and expedite relief efforts following the incident.',
      'A second hoarding fell in Nashik on Tuesday, injuring three people.',
    ].join('\n\n');
    const found = run(text, '2024-05-14');
    const collapse = withQuote(found, /^PUNE: The death toll/);
    expect(collapse && quotes(collapse)).toEqual(expect.arrayContaining([expect.stringMatching(/^Meanwhile, the police commissioner/), expect.stringMatching(/^The chief minister has directed/)]));
    expect(withQuote(found, /^A second hoarding/)).not.toBe(collapse);
  });

  it('a leader saddened by the happening, whose sympathies go out to its victims, speaks of it', () => {
    const text = [
      'At least 99 people have died after an oil tanker exploded near the capital, Freetown, on Friday night.',
      '"I am deeply saddened to hear about an explosion along the main road in Wellington, after a tanker carrying fuel collided with another truck.',
      '"My sympathies go out to the families and loved ones of the victims," the president said.',
    ].join('\n\n');
    const found = run(text, '2021-11-06');
    expect(found).toHaveLength(1);
    expect(quotes(found[0] as (typeof found)[number])).toEqual(expect.arrayContaining([expect.stringMatching(/deeply saddened/)]));
  });

  it('an official confirming what followed the attack speaks of it, wherever his office is', () => {
    const text = [
      'Two missiles struck the train station in the city of Kramatorsk on Friday, the head of the national rail company said.',
      'The head of the Donetsk regional military administration confirmed that first responders were reporting dozens of casualties following the attack.',
      'The foreign ministry summoned the Russian ambassador in Kyiv on Saturday to protest against the strike.',
    ].join('\n\n');
    const found = run(text, '2022-04-09');
    const strike = withQuote(found, /^Two missiles struck/);
    expect(strike && quotes(strike)).toEqual(expect.arrayContaining([expect.stringMatching(/^The head of the Donetsk/)]));
    expect(withQuote(found, /^The foreign ministry summoned/)).not.toBe(strike);
  });
});

describe('a toll told several paragraphs below the only happening the report has told', () => {
  it('is a claim on it, however far below it comes', () => {
    const text = [
      'A Russian missile struck a residential building in Dnipro on Friday, damaging dozens of apartments, officials said.',
      'The building\'s upper floors were left hanging over the street.',
      'Neighbours gathered on the pavement with blankets and tea.',
      'Volunteers handed out water to the families who had lost their homes.',
      'Regional governor Serhiy Lysak said 12 people had been injured, including a 7-month-old infant.',
    ].join('\n\n');
    const found = run(text, '2024-06-29');
    expect(found).toHaveLength(1);
    expect(quotes(found[0] as (typeof found)[number])).toEqual(expect.arrayContaining([expect.stringMatching(/^Regional governor Serhiy Lysak said 12/)]));
  });

  it('stays apart when the report has told two happenings it might count, or names another town', () => {
    const text = [
      'A Russian missile struck a residential building in Dnipro on Friday, damaging dozens of apartments, officials said.',
      'Hours later, a drone hit a warehouse in Pavlohrad, setting it on fire.',
      'Neighbours gathered on the pavement with blankets and tea.',
      'Volunteers handed out water to the families who had lost their homes.',
      'Regional governor Serhiy Lysak said 12 people had been injured, including a 7-month-old infant.',
      'Four people were killed in Nikopol on Friday, he said.',
    ].join('\n\n');
    const found = run(text, '2024-06-29');
    const toll = withQuote(found, /^Regional governor Serhiy Lysak said 12/);
    // Its own candidate: neither the strike's nor the drone's.
    expect(toll && quotes(toll)[0]).toMatch(/^Regional governor Serhiy Lysak said 12/);
    expect(withQuote(found, /^Four people were killed in Nikopol/)).not.toBe(withQuote(found, /^A Russian missile/));
  });
});

describe('more of a toll, or an earlier count of it ("another 84 individuals", "earlier reports spoke of 21 deaths")', () => {
  it('is a claim on the happening it counts, not another incident; another attack stays apart', () => {
    const text = [
      'A Russian ballistic missile struck the centre of Sumy on Sunday morning, killing 34 people, the regional governor said.',
      'Another 84 individuals, including 10 children, suffered injuries.',
      'The Interior Ministry said 34 people had been killed and another 117 injured.',
      'Earlier reports spoke of 21 deaths.',
      'Earlier it was known about two victims and four injured.',
      'Another attack hit Kharkiv on Monday, killing two people.',
    ].join('\n\n');
    const found = run(text, '2025-04-14');
    const strike = withQuote(found, /^A Russian ballistic missile/);
    expect(strike && quotes(strike)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Another 84 individuals/), expect.stringMatching(/^The Interior Ministry said/),
      expect.stringMatching(/^Earlier reports spoke/), expect.stringMatching(/^Earlier it was known/),
    ]));
    expect(withQuote(found, /^Another attack hit Kharkiv/)).not.toBe(strike);
  });
});

describe('a vow or a denial about a happening already told ("vowed that ... will pay a heavy price", "denied any involvement")', () => {
  it('is a claim on it, not a happening where the speaker sits; a strike that answers it stays apart', () => {
    const text = [
      'A rocket struck a football pitch in the town of Majdal Shams on Saturday, killing 12 children, the military said.',
      'Israeli Prime Minister Benjamin Netanyahu has vowed that Hezbollah will "pay a heavy price," while US Secretary of State Antony Blinken has expressed a desire to avoid further escalation of the conflict.',
      'Iran, however, denied any involvement in the attack.',
      'The president vowed to retaliate against those behind the strike.',
      'Israeli jets struck targets in southern Lebanon on Sunday, the army said.',
    ].join('\n\n');
    const found = run(text, '2024-07-28');
    const rocket = withQuote(found, /^A rocket struck/);
    expect(rocket && quotes(rocket)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Israeli Prime Minister Benjamin Netanyahu has vowed/), expect.stringMatching(/denied any involvement/), expect.stringMatching(/^The president vowed to retaliate/),
    ]));
    expect(withQuote(found, /^Israeli jets struck/)).not.toBe(rocket);
  });
});

describe('a toll told to have risen on a later day ("The death toll climbed to 64 on Wednesday")', () => {
  it('is the running count of the happening told, up to the report, not a happening of that day', () => {
    const text = [
      'A fire broke out at a chemical plant in the city of Yancheng on Sunday, killing at least 12 workers, officials said.',
      'The death toll rose to 45 on Tuesday.',
      'The death toll climbed to 64 on Wednesday, state media reported.',
      'A gas explosion killed three people in Nanjing on Wednesday.',
    ].join('\n\n');
    const found = run(text, '2019-03-27');
    const fire = withQuote(found, /^A fire broke out/);
    expect(fire && quotes(fire)).toEqual(expect.arrayContaining([expect.stringMatching(/^The death toll climbed to 64/)]));
    expect(withQuote(found, /^A gas explosion/)).not.toBe(fire);
  });
});

describe('officials sent to the site of a happening already told ("directed to reach the accident site", "dispatched experts after the incident")', () => {
  it('are its aftermath, a claim on it; troops sent on another day to another town stay apart', () => {
    const text = [
      'A passenger train collided with a goods train near Bahanaga station in Balasore district on Friday evening, killing at least 50 people.',
      'The District Magistrate of Balasore has also been directed to reach the accident site to make all necessary arrangements and inform the SRC if any additional help is required from the state level, it added.',
      'The health ministry also dispatched a group of experts to Balasore after the incident.',
      'The army deployed two columns to Cuttack on Saturday to guard the rail yard.',
    ].join('\n\n');
    const found = run(text, '2023-06-03');
    const crash = withQuote(found, /^A passenger train collided/);
    expect(crash && quotes(crash)).toEqual(expect.arrayContaining([expect.stringMatching(/^The District Magistrate/), expect.stringMatching(/^The health ministry also dispatched/)]));
    expect(withQuote(found, /^The army deployed/)).not.toBe(crash);
  });

  it('answer a crash that counts no one, as they answer an attack', () => {
    const text = [
      'The Coromandel Express train collided with a goods train in Odisha\'s Balasore district on Friday.',
      'The District Magistrate of Balasore has also been directed to reach the accident site to make all necessary arrangements and inform the SRC if any additional help is required from the state level, it added.',
    ].join('\n\n');
    const found = run(text, '2023-06-03');
    expect(found).toHaveLength(1);
  });
});

describe('grief expressed over a happening, blame laid for it', () => {
  it('are claims on the happening already told, wherever the villages they name lie', () => {
    const text = [
      'The Plateau State Police Command on Tuesday revealed that 96 people were killed in attacks on some communities in Bokkos on Christmas Eve.',
      'He said, “The Commissioner of Police Plateau State Command expresses grief over the deadly attacks that took place in some remote villages of Bokkos carried out by some yet to be identified assailants at odd hours of the night.”',
    ].join('\n\n');
    const found = run(text, '2023-12-26');
    expect(found).toHaveLength(1);
  });

  it('blame laid on others for the attacks is the attackers\' word on them', () => {
    const text = [
      'Gang members armed with rifles attacked the town of Saint-Marc in Haiti on Thursday, killing at least 70 people, the United Nations said.',
      'In an audio message shared on social media on Thursday, the gang\'s leader, who was sanctioned by the U.N. last month, blamed the state and victims for the attacks.',
    ].join('\n\n');
    const found = run(text, '2024-10-04');
    expect(found).toHaveLength(1);
  });
});
