import { describe, expect, it } from 'vitest';
import { citedSource, findAttributions, isPronoun } from './attribution';

const first = (sentence: string) => {
  const [a] = findAttributions(sentence);
  return a ? { speaker: a.speaker, cue: a.cue } : undefined;
};

describe('findAttributions', () => {
  it('reads "X said", "X reported", "X warned", "X announced"', () => {
    expect(first('NATO Secretary General Mark Rutte said that it would mean escalation.')).toEqual({ speaker: 'NATO Secretary General Mark Rutte', cue: 'said' });
    expect(first('On October 4, the Kyiv Post reported that 20 soldiers were killed.')).toEqual({ speaker: 'the Kyiv Post', cue: 'reported' });
    expect(first('The South Korean Defense Minister warned on October 8 that troops may deploy.')).toEqual({ speaker: 'The South Korean Defense Minister', cue: 'warned' });
    expect(first("On October 25, South Korea's intelligence agency announced that a second batch is planned.")).toEqual({ speaker: "South Korea's intelligence agency", cue: 'announced' });
  });

  it('keeps an appositive title and skips auxiliaries and adverbs', () => {
    expect(first('Kyrylo Budanov, head of Ukraine’s Military Intelligence, later reported that 11,000 are training.')).toEqual({
      speaker: 'Kyrylo Budanov, head of Ukraine’s Military Intelligence', cue: 'reported',
    });
    expect(first('Estonian intelligence similarly cautions that troops will suffer.')).toEqual({ speaker: 'Estonian intelligence', cue: 'cautions' });
    expect(first('At an October 17 press conference in Brussels, Ukrainian President Volodymyr Zelenskyy revealed the plan.')).toEqual({
      speaker: 'Ukrainian President Volodymyr Zelenskyy', cue: 'revealed',
    });
  });

  it('reads "according to X"', () => {
    expect(first('According to Ukrainian sources, these troops are equipped with Russian weapons.')).toEqual({ speaker: 'Ukrainian sources', cue: 'according to' });
  });

  it('gives the claim to the first speaker when an "according to" is nested', () => {
    expect(first('President Zelenskyy said that according to intelligence, troops would be used on October 27-28.')).toEqual({ speaker: 'President Zelenskyy', cue: 'said' });
  });

  it('reads inverted speech attribution after a quote', () => {
    expect(first('“What would be the point?” says Yang Moo-jin, president of the University of North Korea Studies in Seoul.')).toEqual({
      speaker: 'Yang Moo-jin, president of the University of North Korea Studies in Seoul', cue: 'says',
    });
  });

  it('reads past scare quotes and a dashed parenthetical to the subject', () => {
    expect(first('NATO and its partners in Asia – South Korea, Japan, Australia and New Zealand – “strongly” condemned on Friday the deployment.')).toEqual({
      speaker: 'NATO and its partners in Asia', cue: 'condemned',
    });
  });

  it('takes the subject before an appositive, not the object after the verb', () => {
    expect(first('Viktor Kevliuk, a retired Ukrainian colonel, emphasized the challenges of commanding North Korean troops due to language barriers.')).toEqual({
      speaker: 'Viktor Kevliuk, a retired Ukrainian colonel', cue: 'emphasized',
    });
    expect(first('Stories about five brigades are likely exaggerated, says the expert, predicting one or two.')).toEqual({ speaker: 'the expert', cue: 'says' });
    expect(first('“It will take a lot more soldiers,” says retired Australian general Mick Ryan.')).toEqual({ speaker: 'retired Australian general Mick Ryan', cue: 'says' });
  });

  it('does not take a clause or a noun for a speaker', () => {
    expect(first('Moscow is attempting to create an Asian coalition of friendly states, reminiscent of Soviet ties.')).toBeUndefined();
    expect(first('The troops from the DPRK will assist the Russians.')).toBeUndefined();
  });

  it('reads objections as their own speakers\' claims', () => {
    expect(first('Others object that this volume will not be negligible if the soldiers remain in the Kursk region.')).toEqual({ speaker: 'Others', cue: 'object' });
  });

  it('reads "For X," as the view of a named party, not "For instance,"', () => {
    expect(first('For South Korea, this operation would be a “dress rehearsal”.')).toEqual({ speaker: 'South Korea', cue: 'for' });
    expect(first('For the Kremlin, the matter is closed.')).toEqual({ speaker: 'the Kremlin', cue: 'for' });
    expect(first('For instance, in the Kursk region, many thought otherwise.')).toBeUndefined();
    expect(first('For October, the figures are higher.')).toBeUndefined();
  });

  it('names the source a sentence cites', () => {
    expect(citedSource('Citing American intelligence, the head of diplomacy Blinken had already mentioned a deployment.')).toBe('American intelligence');
    expect(citedSource('Blinken mentioned a deployment.')).toBeUndefined();
  });

  it('returns pronouns for the caller to resolve', () => {
    const a = first('He added that the first unit is en route to Kursk.');
    expect(a?.speaker).toBe('He');
    expect(isPronoun(a?.speaker ?? '')).toBe(true);
  });
});
