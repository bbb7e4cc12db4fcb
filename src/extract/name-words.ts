/**
 * Capitalised words that are not place names: function words opening a sentence, words news
 * uses that a town somewhere also bears, and the surnames an article uses.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar';
import { nameKey } from './name-index';

export const FUNCTION_WORD = /^(?:in|at|on|of|the|from|to|near|and|or|for|by|with|as|after|before|since|during|while|when|if|but|across|into|outside|around|between|toward|towards|via|over|under|within|off|upon|inside|meanwhile|earlier|later|then|also)$/i;
const PERSON = /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+(?:\p{Lu}\.\s+)?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}'’-])/gu;

/** Surnames: a capitalised word right after a given name or a title ("Ferdinand Marcos", "President Putin"). */
export function articlePersons(text: string): Set<string> {
  const out = new Set<string>();
  PERSON.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PERSON.exec(text)) !== null) {
    if (!FUNCTION_WORD.test(m[1] ?? '') && !NOT_PLACES.has(nameKey(m[2] ?? ''))) out.add(nameKey(m[2] ?? ''));
    PERSON.lastIndex = m.index + (m[1] ?? '').length + 1;
  }
  return out;
}

const VESSEL_NOUN = String.raw`(?:tanker|ship|vessel|freighter|carrier|trawler|dhow|tug|tugboat|ferry|yacht|bulker|boat|frigate|destroyer|warship|MV|MT|M/V)`;
// "the oil tanker Aris 13", "the bulk carrier Paros Star", "the container vessel named Dali":
// a name right after a vessel noun (and "named" or "called");
// "The Aris 13, a Comoros-flagged oil tanker": a name set beside one. A weekday or month is a date.
const VESSEL_NAME = String.raw`(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|\d{1,4}(?![\d,.]*\s*(?:km|miles?|kilometres?|kilometers?|people|dead|killed|%))))*)`;
const VESSEL_PATTERNS = [
  new RegExp(String.raw`\b${VESSEL_NOUN}\s+(?:named\s+|called\s+)?["“]?${VESSEL_NAME}`, 'gu'),
  new RegExp(String.raw`${VESSEL_NAME},\s+an?\s+(?:[\p{L}-]+\s+){0,4}${VESSEL_NOUN}\b`, 'gu'),
];
const CALENDAR_WORD = new RegExp(`^(?:${WEEKDAY_NAMES}|${MONTH_NAMES}|The|A|An)$`);

/** Ships' names the article gives (a vessel noun before, or a ship's description beside): never places. */
export function articleVessels(text: string): Set<string> {
  const out = new Set<string>();
  for (const pattern of VESSEL_PATTERNS) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) {
      const words = (m[1] ?? '').split(/\s+/);
      while (words.length && CALENDAR_WORD.test(words[0] ?? '')) words.shift();
      if (words.length && !CALENDAR_WORD.test(words[0] ?? '')) out.add(words.join(' '));
    }
  }
  return out;
}

// Capitalised words news uses that are not places even where a town bears the name.
export const NOT_PLACES = new Set(
  ('january february march april may june july august september october november december monday tuesday ' +
    'wednesday thursday friday saturday sunday asia europe africa america oceania west east north south ' +
    'pacific atlantic arctic nato president minister government army police the a an it he she they we this that ' +
    'these those his her their its our there here when while after before during since but and or if as at in on ' +
    'of for with by from to foreign defense defence ministry state prime secretary general commander spokesman ' +
    'spokesperson governor mayor military navy air force forces troops authorities officials reuters agency news ' +
    'islam muslim christian jewish arab god allah media security emergency service council chamber court senate ' +
    'parliament congress university hospital centre center national international united union republic kingdom ' +
    'democratic people peoples liberation front party movement group brigade battalion division command office ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr gen col jr sr st ' +
    'independence liberty freedom victory unity justice peace hope progress concord harmony providence enterprise commerce industry ' +
    // "One survivor was arrested", "Two drones struck": a number word opening a sentence counts.
    'one two three four five six seven eight nine ten eleven twelve dozens hundreds thousands ' +
    // "Most of them seem to be German", "More than two million people": a word that counts opening
    // a sentence is no town that has it for a name.
    'most more many several few all none both each some').split(' '),
);
