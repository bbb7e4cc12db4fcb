import { describe, expect, it } from 'vitest';
import { findFigures } from './figures';

const figures = (text: string) => findFigures(text).map(({ text: t, value, valueMax, qualifier, measure }) => ({ t, value, valueMax, qualifier, measure }));

describe('findFigures', () => {
  it('keeps each qualifier the text uses', () => {
    expect(figures('Russia has deployed over 7,000 North Korean soldiers, transported by at least 28 military flights.')).toEqual([
      { t: 'over 7,000', value: 7000, valueMax: undefined, qualifier: 'over', measure: 'North Korean soldiers' },
      { t: 'at least 28', value: 28, valueMax: undefined, qualifier: 'at least', measure: 'military flights' },
    ]);
    expect(figures('about 10,000 troops').map((f) => f.qualifier)).toEqual(['about']);
    expect(figures('approximately 10,000 North Korean soldiers')[0]).toMatchObject({ qualifier: 'about', value: 10_000 });
    expect(figures('around 50,000 troops')[0]).toMatchObject({ qualifier: 'about', value: 50_000 });
    expect(figures('the first unit of 2,600 soldiers')[0]).toMatchObject({ t: '2,600', qualifier: 'exact', value: 2600, measure: 'soldiers' });
  });

  it('reads "up to half" as a share with its qualifier', () => {
    expect(figures('It intends to deploy up to half of them to Ukraine.')).toEqual([
      { t: 'up to half', value: 0.5, valueMax: undefined, qualifier: 'up to', measure: 'share of them' },
    ]);
  });

  it('reads spans and vague amounts without inventing precision', () => {
    expect(figures('10,000-11,000 soldiers')[0]).toMatchObject({ value: 10_000, valueMax: 11_000 });
    expect(figures('several thousand North Korean troops')[0]).toMatchObject({ qualifier: 'several', t: 'several thousand' });
    expect(figures('a maximum of one or two brigades')[0]).toMatchObject({ qualifier: 'up to', value: 1, valueMax: 2, measure: 'brigades' });
  });

  it('ignores model names, ordinals, years and durations', () => {
    expect(figures('60mm mortars, AK-12 rifles, RPG-7 launchers, KN-23, COP29, the 1st Detention Center, Covid-19, since 1953, two and a half years')).toEqual([]);
  });

  it('skips numbers inside spans the caller marks as dates, and keeps file offsets', () => {
    const text = 'On October 23, 2,600 soldiers arrived.';
    const found = findFigures(text, 50, [{ start: 53, end: 63 }]);
    expect(found.map((f) => [f.text, f.start, f.end])).toEqual([['2,600', 65, 70]]);
  });
});
