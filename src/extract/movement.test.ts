import { describe, expect, it, beforeAll } from 'vitest';
import type { Place } from '../domain/types';
import { movementLeg, stayedAt } from './movement';
import { findPlaces, indexGazetteer } from './places';
import { worldGazetteer } from './world-gazetteer';

// The world gazetteer takes seconds to load on a busy machine; load it once, before the tests' own time starts.
beforeAll(() => void worldGazetteer(), 60_000);

const index = indexGazetteer([
  { id: 'kursk-region', name: 'Kursk region', aliases: ['the Kursk region', 'Kursk'], kind: 'region', point: [35.8, 51.5], radiusKm: 160 },
  { id: 'eastern-russia', name: 'eastern Russia', aliases: [], kind: 'area', point: [135, 55], radiusKm: 2100 },
] satisfies Place[]);
const leg = (text: string) => {
  const sentence = { start: 0, end: text.length, text };
  const places = findPlaces(text, 0, index, worldGazetteer);
  const found = movementLeg(sentence, places);
  return { to: found.destination?.place.id, from: found.origin?.place.id, by: found.originBy, stayed: stayedAt(sentence, places)?.place.id };
};

describe('movementLeg', () => {
  it('reads "from X" as the origin and the place after the movement word as the destination', () => {
    expect(leg('A battalion moved from Khabarovsk toward the Kursk region.')).toMatchObject({ to: 'kursk-region', from: 'khabarovsk', by: 'from' });
  });

  it('takes the place the troops trained in before they moved as the origin', () => {
    expect(leg('10,000 soldiers have been sent to train in eastern Russia, with many now moving toward the battlefield in the Kursk region.')).toMatchObject({
      to: 'kursk-region', from: 'eastern-russia', by: 'stayed', stayed: 'eastern-russia',
    });
  });

  it('has no destination without a movement and no origin without one named', () => {
    expect(leg('Troops were spotted in the Kursk region.')).toMatchObject({ to: undefined, from: undefined });
    expect(leg('The first unit is en route to Kursk.')).toMatchObject({ to: 'kursk-region', from: undefined });
  });
});
