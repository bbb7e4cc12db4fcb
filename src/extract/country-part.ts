/**
 * "made landfall Saturday afternoon in the north of the country": a side of the country the
 * sentence names before it ("Vietnamese authorities say ..."), as "northern Vietnam" is.
 * "Gunmen killed three soldiers ... in the northeast.", a side named bare at a clause's end,
 * and "the attack in Solhan (north-east)", a side in brackets after a town no gazetteer knows,
 * are ones too. With no country named in the sentence, the one the sentence before names
 * ("Beninese soldiers have lost their lives") is meant, when the sentence names no other place;
 * with none there either the phrase is no place: "the country" could be any. After a place it
 * only says where that place lies.
 */
import { COMPASS_SIDE, countrySide } from './country-side';
import type { PlaceMention, Sentence } from './types';
import type { WorldCountry, WorldGazetteer } from './world-gazetteer';

const SIDE: Record<string, string> = { ...COMPASS_SIDE, centre: 'central', center: 'central' };
// "the attack in Solhan (north-east)": a side in brackets says where the town before it lies.
const BRACKETED = /\((north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center)\)/gi;
const PART = /\b(in|across|to|into)\s+the\s+(north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center)(?:\s+of\s+the\s+country\b|(?=\s*(?:[.,;]|$)))/gi;
// "Vietnamese authorities", "Malian soldiers": a people names its country; "a Turkish boat" does not
// say which country the story is in.
const PEOPLE_AFTER = /^\s+(?:authorities|officials|government|army|military|troops|soldiers|police|forces|media|state media|people|citizens|civilians|residents|meteorolog\w*|disaster\w*)\b/i;
const NAME = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;

/** The country the sentence names (or its people, its officials) before `at`: the first one. */
function countryBefore(text: string, at: number, world: WorldGazetteer): WorldCountry | undefined {
  for (const m of text.slice(0, at).matchAll(NAME)) {
    const words = m[0].split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const phrase = words.slice(0, n).join(' ').replace(/['’]s$/, '');
      const c = world.country(phrase) ?? (PEOPLE_AFTER.test(text.slice((m.index ?? 0) + phrase.length)) ? world.demonym(phrase) : undefined);
      if (c) return c;
    }
  }
  return undefined;
}

/**
 * "in the north of the country", "in the northeast.", as that side of the country the sentence
 * names, else the one the `previous` sentence names (the world gazetteer loaded only then).
 */
export function countryParts(sentence: Sentence, worldOf: () => WorldGazetteer, found: readonly PlaceMention[], previous?: Sentence): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of sentence.text.matchAll(PART)) {
    // "near Calabria in the south of the country", "to Menaka airport, in the northeast of the
    // country": the phrase says where the place just named lies, which is the better place.
    const phraseAt = sentence.start + (m.index ?? 0);
    if (found.some((f) => f.end <= phraseAt && /^[\s,]*(?:\p{L}+[\s,]*)?$/u.test(sentence.text.slice(f.end - sentence.start, phraseAt - sentence.start)))) continue;
    const world = worldOf();
    const at = m.index ?? 0;
    // The previous sentence's country only for a sentence that names no place of its own:
    // "the volcano in the southwest of the country ... under the town of Grindavik" is placed.
    const alone = !found.some((f) => f.place.kind !== 'country');
    const country = countryBefore(sentence.text, at, world) ?? (previous && alone ? countryBefore(previous.text, previous.text.length, world) : undefined);
    const side = SIDE[(m[2] ?? '').toLowerCase()];
    // "sanctions by the West": a side named bare and capitalised is a part of the world.
    const bare = !/of\s+the\s+country$/i.test(m[0]);
    if (!country || !side || (bare && m[2] !== m[2]?.toLowerCase())) continue;
    const start = sentence.start + at + (m[1] ?? '').length + 1;
    out.push({ start, end: sentence.start + at + m[0].length, text: m[0].slice((m[1] ?? '').length + 1), place: countrySide(country, side, world), autoGeocoded: true, locative: true, from: false });
  }
  // A side in brackets after a name no gazetteer knows: that side of the country named.
  for (const m of sentence.text.matchAll(BRACKETED)) {
    const at = m.index ?? 0;
    const phraseAt = sentence.start + at;
    if (found.some((f) => f.end <= phraseAt && /^\s*$/.test(sentence.text.slice(f.end - sentence.start, at)))) continue;
    if (!/\p{Lu}[\p{L}'’-]*\s*$/u.test(sentence.text.slice(0, at))) continue;
    const world = worldOf();
    const alone = !found.some((f) => f.place.kind !== 'country');
    const country = countryBefore(sentence.text, at, world) ?? (previous && alone ? countryBefore(previous.text, previous.text.length, world) : undefined);
    const side = SIDE[(m[1] ?? '').toLowerCase()];
    if (!country || !side) continue;
    out.push({ start: phraseAt, end: phraseAt + m[0].length, text: m[0], place: countrySide(country, side, world), autoGeocoded: true, locative: true, from: false });
  }
  return out;
}
