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

  it('keeps the file itself, without reading its bytes on the page', async () => {
    const csv = new File(['lat,lon\n1,2\n'], 'big.csv', { type: 'text/csv' });
    let reads = 0;
    const read = csv.arrayBuffer.bind(csv);
    csv.arrayBuffer = () => {
      reads++;
      return read();
    };
    await keepDataset([csv], { name: 'big.csv', version: '9999' });
    expect(reads).toBe(0);
    const kept = await keptDataset();
    expect(kept!.files[0]!.bytes).toBeInstanceOf(Blob);
    expect(await filesOf(kept!)[0]!.text()).toBe('lat,lon\n1,2\n');
  });

  it('opens a data set kept by an earlier version, its bytes an ArrayBuffer', async () => {
    const bytes = new TextEncoder().encode('a,b\n1,2\n').buffer;
    const files = [{ name: 'old.csv', type: 'text/csv', lastModified: 1, bytes }];
    await set('opened', { name: 'old.csv', version: '1234', files, keptAt: 1 }, createStore('event-atlas', 'datasets'));
    const kept = await keptDataset();
    expect(kept?.name).toBe('old.csv');
    expect(await filesOf(kept!)[0]!.text()).toBe('a,b\n1,2\n');
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
