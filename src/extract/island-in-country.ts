/**
 * A small island told as an island: "all houses on the island of Mango were wiped out",
 * "extensive damage occurred on Nomuka Island". The gazetteer holds towns and regions, not
 * every island, so such a sentence has no place of its own and its candidate is put at the
 * article's theatre (its main island, its capital), a place the text does not give it. The
 * island lies in the country the article tells the story in: the candidate stands at the
 * country the article names that holds the theatre, with its radius, and the note says the
 * island was not found. A sentence that names a place the gazetteer finds keeps it.
 */
import { slug } from './article-context';
import { MONTHS, WEEKDAYS } from './calendar';
import { inCountryReach } from './feature-in-country';
import type { Reading } from './reading';
import type { CandidateFeature, Place, PlaceMention } from './types';
import { TOLL } from './words';

const NAME = String.raw`['‘’]?\p{Lu}[\p{L}'’-]*`;
// "the island of Mango", "on Nomuka Island", "Atata island" (not "islands": a group is a region).
const ISLAND = new RegExp(String.raw`\bisland\s+of\s+(${NAME})|(${NAME})\s+[Ii]sland\b(?!s)`, 'gu');

/** The islands the sentence names that none of its found places covers. */
function unfoundIslands(reading: Reading): string[] {
  const { text, start } = reading.sentence;
  return [...text.matchAll(ISLAND)]
    .map((m) => {
      const name = m[1] ?? m[2] ?? '';
      const at = start + (m.index ?? 0) + m[0].indexOf(name);
      return { name, at };
    })
    .filter(({ name, at }) => !reading.places.some((p) => p.start < at + name.length && at < p.end))
    .map(({ name }) => name);
}

// "only two houses remained on Fonoifua": a name "on" which a list of islands goes on; not a day or month.
const ON_NAME = new RegExp(String.raw`\bon\s+(${NAME})(?![\p{L}'’-])(?!\s+[Ii]slands?\b)`, 'gu');
// The calendar's own words, capitalised as a name is: "on Monday", "on May" are no islands.
const CALENDAR = new Set([...WEEKDAYS, ...MONTHS].map((w) => w.charAt(0).toUpperCase() + w.slice(1)));

/** The islands of a sentence that tells two or more, with the names "on" which its list goes on. */
function listedIslands(reading: Reading): string[] {
  const islands = unfoundIslands(reading);
  if (new Set(islands).size < 2) return [];
  const { text, start } = reading.sentence;
  const more = [...text.matchAll(ON_NAME)]
    .map((m) => ({ name: m[1] ?? '', at: start + (m.index ?? 0) + m[0].indexOf(m[1] ?? '') }))
    .filter(({ name, at }) => !CALENDAR.has(name) && !reading.places.some((p) => p.start < at + name.length && at < p.end))
    .map(({ name }) => name);
  const all = [...islands, ...more];
  return all.filter((n, i) => all.indexOf(n) === i);
}

// "a 65-year-old woman in Mango and a 49-year-old man in Nomuka": a toll told person by person,
// each "in" a place.
const PERSON_IN = new RegExp(String.raw`\b(?:man|woman|boy|girl|child|person|resident|national)\s+in\s+(${NAME})(?![\p{L}'’-])`, 'gu');

/** The places a toll told person by person names, two or more, that none of the sentence's found places covers. */
function personByPerson(reading: Reading): string[] {
  const { text, start } = reading.sentence;
  if (!TOLL.test(text)) return [];
  const names = [...text.matchAll(PERSON_IN)]
    .map((m) => ({ name: m[1] ?? '', at: start + (m.index ?? 0) + m[0].lastIndexOf(m[1] ?? '') }))
    .filter(({ name, at }) => !CALENDAR.has(name) && !reading.places.some((p) => p.start < at + name.length && at < p.end))
    .map(({ name }) => name)
    .filter((n, i, all) => all.indexOf(n) === i);
  return names.length >= 2 ? names : [];
}

/** The country the article names most that holds `point`, or undefined. */
function countryHolding(readings: readonly Reading[], point: readonly [number, number]): PlaceMention | undefined {
  const counts = new Map<string, { first: PlaceMention; n: number }>();
  for (const r of readings) {
    for (const p of r.places) {
      if (p.place.kind !== 'country' || !inCountryReach(p.place, point)) continue;
      const seen = counts.get(p.place.id);
      if (seen) seen.n++;
      else counts.set(p.place.id, { first: p, n: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.first;
}

/** Move each candidate put at the article's theatre for an island the gazetteer lacks to the country holding it. */
export function placeIslandsInCountry(candidates: readonly CandidateFeature[], readings: readonly Reading[]): void {
  for (const c of candidates) {
    const p = c.properties;
    if (p.placeBasis !== 'inferred' || p.locationPrecision === 'country' || !c.candidate.placePhrase.startsWith("the article's theatre")) continue;
    const first = p.claims[0];
    const reading = readings.find((r) => first?.offsets && r.sentence.start === first.offsets[0]);
    if (!reading || reading.places.some((m) => m.place.kind !== 'country' && !m.from)) continue;
    const islands = unfoundIslands(reading);
    if (islands.length === 0) continue;
    const country = countryHolding(readings, c.geometry.coordinates as [number, number]);
    if (!country) continue;
    const place: Place = country.place;
    c.geometry = { type: 'Point', coordinates: place.point };
    Object.assign(p, { place: place.id, locationPrecision: place.kind });
    const info = c.candidate;
    if (country.autoGeocoded) info.newPlace = place;
    else delete info.newPlace;
    Object.assign(info, { autoGeocoded: country.autoGeocoded, placePhrase: `${country.text}, the country the article names; not found in the gazetteer: ${islands.map((n) => `${n} island`).join(', ')}` });
  }
}

/**
 * "All houses were destroyed on Mango Island, only two houses remained on Fonoifua and
 * extensive damage occurred on Nomuka Island": an island group told island by island, a claim
 * on the happening that struck them. Each island named is a happening of its own, on the
 * happening's days, at the country holding it (the islands are in no gazetteer); the
 * happening keeps its claim. A sentence that names one island, or whose islands the
 * gazetteer finds, adds none. The candidate a sentence opens stands for its first island.
 * "Three people died: a 65-year-old woman in Mango and a 49-year-old man in Nomuka": a toll told
 * person by person, each "in" a place the gazetteer lacks, is a death at each, the same way; the
 * candidate keeps a place of its own it was found at ("a British national in Tongatapu").
 */
export function islandByIsland(candidates: readonly CandidateFeature[], readings: readonly Reading[]): CandidateFeature[] {
  const out: CandidateFeature[] = [];
  for (const c of candidates) {
    const point = c.geometry.coordinates as [number, number];
    // A candidate already at a country (moved there for its own island) keeps it for the rest.
    const atCountry = c.properties.locationPrecision === 'country';
    const country = atCountry ? undefined : countryHolding(readings, point);
    if (!atCountry && !country) continue;
    const place = country?.place;
    const named = country?.text ?? c.candidate.placePhrase.split(',')[0];
    c.properties.claims.forEach((claim, i) => {
      const reading = readings.find((r) => claim.offsets && r.sentence.start === claim.offsets[0]);
      if (!reading) return;
      const islands = listedIslands(reading);
      const persons = islands.length < 2 ? personByPerson(reading) : [];
      if (islands.length < 2 && persons.length === 0) return;
      // A toll told person by person: the candidate stands at its own place, or for the first.
      const own = persons.length > 0 && c.properties.placeBasis === 'stated';
      const names = persons.length > 0 ? persons : islands;
      for (const island of i === 0 && !own ? names.slice(1) : names) {
        const at = place ?? { id: c.properties.place, point };
        const copy = structuredClone(c);
        copy.id = `${c.id}-${slug(island)}`;
        copy.geometry = { type: 'Point', coordinates: [...at.point] };
        Object.assign(copy.properties, { place: at.id, placeBasis: 'inferred', claims: [claim], figures: [] });
        if (place) {
          copy.properties.locationPrecision = place.kind;
          if (country?.autoGeocoded) copy.candidate.newPlace = place;
          else delete copy.candidate.newPlace;
          copy.candidate.autoGeocoded = country?.autoGeocoded ?? false;
        }
        copy.candidate.placePhrase = `${named}, the country the article names; not found in the gazetteer: ${island}${persons.length > 0 ? '' : ' island'}`;
        out.push(copy);
      }
    });
  }
  return out;
}
