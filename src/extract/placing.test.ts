import { describe, expect, it, beforeAll } from 'vitest';
import type { Place } from '../domain/types';
import { findPlaces, indexGazetteer } from './places';
import { agreementSeats, pickPlace, placeOf, type PlacingInput } from './placing';
import { speakerPlace } from './speaker-places';
import { speechAct } from './speech-acts';
import { worldGazetteer } from './world-gazetteer';

// The world gazetteer takes seconds to load on a busy machine; load it once, before the tests' own time starts.
beforeAll(() => void worldGazetteer(), 60_000);

const city = (id: string, name: string, point: [number, number]): Place => ({ id, name, aliases: [], kind: 'city', point });
const index = indexGazetteer([
  city('washington', 'Washington', [-77.04, 38.9]), city('brussels', 'Brussels', [4.35, 50.85]), city('kyiv', 'Kyiv', [30.52, 50.45]),
  city('moscow', 'Moscow', [37.62, 55.75]), city('pyongyang', 'Pyongyang', [125.75, 39.03]),
  { id: 'kursk-region', name: 'Kursk region', aliases: ['the Kursk region', 'Kursk'], kind: 'region', point: [35.8, 51.5], radiusKm: 160 },
  { id: 'russia', name: 'Russia', aliases: [], kind: 'country', point: [100, 60], radiusKm: 4300 },
  { id: 'china', name: 'China', aliases: [], kind: 'country', point: [104, 35], radiusKm: 2850 },
]);
const THEATRE = findPlaces('in the Kursk region', 0, index, worldGazetteer)[0];

function place(text: string, p: Partial<PlacingInput> & { speaker?: string }) {
  const sentence = { start: 0, end: text.length, text };
  const input: PlacingInput = {
    sentence, places: findPlaces(text, 0, index, worldGazetteer), category: 'statement', factual: true, act: speechAct(text),
    seat: p.speaker ? speakerPlace(p.speaker, index, worldGazetteer) : undefined, theatre: THEATRE, near: 0, speaker: undefined, ...p,
  };
  const placed = placeOf(input, index, worldGazetteer);
  return placed && { id: placed.place.id, basis: placed.basis };
}

describe('pickPlace', () => {
  it('prefers a city or region to a whole country even after "on", and never a "from" place', () => {
    const text = 'The ISW notes that Pyongyang’s alignment with Moscow could reduce dependency on China.';
    expect(pickPlace(findPlaces(text, 0, index, worldGazetteer), 0)?.place.id).toBe('pyongyang');
    const moved = 'Crews arrived in the Kursk region from Moscow.';
    expect(pickPlace(findPlaces(moved, 0, index, worldGazetteer), 0)?.place.id).toBe('kursk-region');
  });
});

describe('placeOf', () => {
  it("puts a speech act at the actor's seat and a briefing at the briefed body's, not at the topic", () => {
    expect(place("The United States issued a warning on Monday regarding troops moving toward the Kursk region.", { speaker: 'The United States' })).toEqual({ id: 'washington', basis: 'inferred' });
    expect(place('Officials from Japan briefed NATO about the troops in the Kursk region.', {})).toEqual({ id: 'brussels', basis: 'inferred' });
  });

  it("puts losses reported as fact without a place in the article's theatre, not at the speaker's seat", () => {
    expect(place('Zelensky said Thursday that North Korean soldiers suffered losses.', { category: 'casualties', speaker: 'Ukrainian President Volodymyr Zelensky' })).toEqual({ id: 'kursk-region', basis: 'inferred' });
    // A forecast of losses by a government body stays at its seat.
    expect(place('Estonian intelligence cautions that troops may sustain casualties.', { category: 'casualties', factual: false, speaker: 'Estonian intelligence' })?.id).not.toBe('kursk-region');
  });

  it("puts a seatless expert's view with no place, or a country only as its subject, in the theatre", () => {
    expect(place('Military analyst Ivan Petrov believes Russia is keen on engineers.', { category: 'analysis', speaker: 'Military analyst Ivan Petrov' })).toEqual({ id: 'kursk-region', basis: 'inferred' });
    expect(place('Analysts say the troops lack experience.', { category: 'analysis', theatre: undefined, speaker: 'Analysts' })).toBeUndefined();
  });
});

describe('agreementSeats', () => {
  it("offers both parties' seats when the venue is not named, none when it is", () => {
    const text = 'The agreement was signed during the meeting between Russian President Vladimir Putin and DPRK leader Kim Jong-un on June 19.';
    const input = { sentence: { start: 0, end: text.length, text }, places: findPlaces(text, 0, index, worldGazetteer), near: 0 };
    expect(agreementSeats(input, index, worldGazetteer).map((p) => p.place.id)).toEqual(['moscow', 'pyongyang']);
    const venue = 'The agreement was signed in Pyongyang during the meeting between Russian President Vladimir Putin and DPRK leader Kim Jong-un.';
    expect(agreementSeats({ sentence: { start: 0, end: venue.length, text: venue }, places: findPlaces(venue, 0, index, worldGazetteer), near: 0 }, index, worldGazetteer)).toEqual([]);
  });
});
