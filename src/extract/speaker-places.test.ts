import { describe, expect, it, beforeAll } from 'vitest';
import type { Place } from '../domain/types';
import { indexGazetteer } from './places';
import { speakerPlace } from './speaker-places';
import { worldGazetteer } from './world-gazetteer';

// The world gazetteer takes seconds to load on a busy machine; load it once, before the tests' own time starts.
beforeAll(() => void worldGazetteer(), 60_000);

const city = (id: string, name: string, point: [number, number]): Place => ({ id, name, aliases: [], kind: 'city', point });
const index = indexGazetteer([city('washington', 'Washington', [-77.04, 38.9]), city('seoul', 'Seoul', [126.98, 37.57]), city('kyiv', 'Kyiv', [30.52, 50.45])]);
const seat = (speaker: string) => speakerPlace(speaker, index, worldGazetteer)?.place.id;

describe('speakerPlace', () => {
  it('places the US government, its departments and "U.S." officials in Washington', () => {
    expect(seat('U.S. Defense Department Deputy Press Secretary Sabrina Singh')).toBe('washington');
    expect(seat('The Pentagon')).toBe('washington');
    expect(seat('a State Department spokesman')).toBe('washington');
  });

  it("places South Korea's NIS in Seoul and Ukraine's GUR in Kyiv", () => {
    expect(seat('the NIS')).toBe('seoul');
    expect(seat("Ukraine’s Main Directorate of Intelligence (GUR)")).toBe('kyiv');
  });

  it('gives no seat to people who speak only for themselves', () => {
    expect(seat('John Foreman, a former British defense attaché')).toBeUndefined();
    expect(seat('Viktor Kevliuk, a retired Ukrainian colonel')).toBeUndefined();
    expect(seat('Ukrainian President Volodymyr Zelensky')).toBe('kyiv');
  });
});
