import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { afterEach, describe, expect, it } from 'vitest';
import { filesOf, forgetDataset, keepDataset, keptDataset } from './persist';

afterEach(() => forgetDataset());

describe('persist', () => {
  it('keeps files with their format and mapping, and gives back the same bytes', async () => {
    const csv = new File(['lat,lon,when\n1,2,2024-01-01\n'], 'mine.csv', { type: 'text/csv', lastModified: 1_700_000_000_000 });
    const mapping = { latitude: 'lat', longitude: 'lon', date: 'when' };
    await keepDataset([csv], { name: 'mine.csv', version: 'abcd1234', format: 'csv', mapping });
    const kept = await keptDataset();
    expect(kept).toMatchObject({ name: 'mine.csv', version: 'abcd1234', format: 'csv', mapping });
    const [file] = filesOf(kept!);
    expect(file!.name).toBe('mine.csv');
    expect(file!.type).toBe('text/csv');
    expect(file!.lastModified).toBe(1_700_000_000_000);
    expect(await file!.text()).toBe(await csv.text());
  });

  it('keeps several files in their order, and one data set at a time', async () => {
    const names = ['events.json', 'sources.json', 'associations.json'];
    await keepDataset([new File(['x'], 'old.csv')], { name: 'old.csv', version: '1111' });
    await keepDataset(
      names.map((n) => new File([`{"file":"${n}"}`], n)),
      { name: 'events.json', version: '2222', format: 'timemap' },
    );
    const kept = await keptDataset();
    expect(kept!.name).toBe('events.json');
    expect(await Promise.all(filesOf(kept!).map((f) => f.text()))).toEqual(names.map((n) => `{"file":"${n}"}`));
  });

  it('has nothing after forgetting, and ignores a stored value of another shape', async () => {
    expect(await keptDataset()).toBeNull();
    await keepDataset([new File(['x'], 'a.csv')], { name: 'a.csv', version: 'ffff' });
    await forgetDataset();
    expect(await keptDataset()).toBeNull();
    await set('opened', { name: 'a.csv', files: 'not a list' }, createStore('event-atlas', 'datasets'));
    expect(await keptDataset()).toBeNull();
  });
});
