import { describe, expect, it } from 'vitest';
import { speechAct } from './speech-acts';

describe('speechAct', () => {
  it('finds warnings, statements and mentions whose event is the act, with the actor', () => {
    expect(speechAct('The United States issued a warning on Monday regarding the movement of troops toward Kursk.')).toMatchObject({ category: 'statement', actor: 'The United States' });
    expect(speechAct('The Estonian foreign ministry warned of new arms transfers.')).toMatchObject({ category: 'statement', actor: 'The Estonian foreign ministry' });
    expect(speechAct('Citing American intelligence, Blinken had already mentioned a deployment in Kursk.')).toMatchObject({ category: 'statement', actor: 'Blinken' });
    expect(speechAct('On Friday, the Kremlin avoided the question.')).toMatchObject({ category: 'statement', actor: 'the Kremlin' });
  });

  it('finds shared intelligence and briefings, a briefing with the body briefed', () => {
    expect(speechAct('Ukraine has since shared intelligence with NATO about the troops.')).toMatchObject({ category: 'intelligence', actor: 'Ukraine', addressee: undefined });
    expect(speechAct('Concerns were raised by officials from South Korea, who briefed NATO about the situation.')).toMatchObject({ category: 'intelligence', addressee: 'NATO' });
  });

  it('is not an act when a that-clause reports an event', () => {
    expect(speechAct('The South Korean Defense Minister warned on October 8 that North Korea may deploy troops.')).toBeUndefined();
    expect(speechAct('The Defense Intelligence of Ukraine reported that on October 23, troops were spotted in the Kursk region.')).toBeUndefined();
    expect(speechAct('The ministry issued a statement that troops had crossed the border.')).toBeUndefined();
    expect(speechAct('Kyiv warned that troops over the border were massing.')).toBeUndefined();
  });
});
