import { describe, expect, it } from 'vitest';
import { testEvent } from '../../test-support/fixtures';
import { drawableColumns, drawablesOf } from './drawable';
import { buildDrawing } from './drawing';

describe('events as drawable columns', () => {
  const kyiv = { id: 'kyiv', name: 'Kyiv', point: [30.52, 50.45] as [number, number], kind: 'city' as const, aliases: [] };
  const kursk = { id: 'kursk', name: 'Kursk', point: [36.19, 51.73] as [number, number], kind: 'city' as const, aliases: [] };
  const events = [
    testEvent({ id: 'a', start: 10, end: 10, category: 'strike', place: kyiv }),
    testEvent({ id: 'b', start: 11, end: 40, category: 'movement', place: kursk, origin: kyiv }),
    testEvent({ id: 'c', start: 12, end: 12, category: 'protest', place: kyiv, origin: kyiv }),
  ];

  it('give the same drawing as the events themselves', () => {
    expect(buildDrawing(drawablesOf(structuredClone(drawableColumns(events))))).toStrictEqual(buildDrawing(events));
  });

  it('send each place once, and keep each event’s place, origin, days and category', () => {
    const columns = drawableColumns(events);
    expect(columns.places.map((p) => p.id)).toEqual(['kyiv', 'kursk']);
    const back = drawablesOf(columns);
    expect(back.map((e) => [e.start, e.end, e.category, e.place.id, e.origin?.id])).toEqual([
      [10, 10, 'strike', 'kyiv', undefined],
      [11, 40, 'movement', 'kursk', 'kyiv'],
      [12, 12, 'protest', 'kyiv', 'kyiv'],
    ]);
    expect(back[0]!.place).toBe(back[2]!.place);
  });

  it('refuse columns that name a place they do not carry', () => {
    const columns = drawableColumns(events);
    columns.place[1] = 7;
    expect(() => drawablesOf(columns)).toThrow(/event 1 names a place/);
  });
});
