/**
 * The day a report gives its happening further down. A lede often tells what happened and
 * its toll with no day ("At least 40 people have been killed after flash floods hit a
 * village ...") and a later sentence states the day for that same happening ("The floods on
 * Thursday engulfed ...", "the fatalities took place on Wednesday night", "when the fire
 * broke out early Wednesday", "when the volcano erupted on Sunday"). The lede then takes that
 * day instead of the two-week report window: a day the text states for the happening itself,
 * never one guessed from the story.
 *
 * The later sentence must name the lede's happening with "the", "this" or a day's possessive
 * ("Sunday's eruption"), by a noun of the same kind as the lede's words; come within three
 * paragraphs (six for the article's lede); give one day, no later than publication and at most a week before it; not
 * turn to another incident or time ("A minor eruption on Monday", "another fire",
 * "Earlier,"); and not give the day of a telling ("said on Tuesday that the fire ...").
 * A volcano named by its name and told erupting ("Mount X ... spat ash ... in a sudden
 * eruption on Saturday") names again a lede's eruption that names no other volcano.
 */
import { addDays, WEEKDAY_NAMES } from './calendar';
import type { Reading } from './reading';
import type { Told } from './told';
import { FAMILY, HARM_FAMILIES } from './detail';
import { isRescueCue } from './classify';

const ARMED = /\b(?:gunmen|bandits|attackers|assailants|militants|insurgents|terrorists|jihadists|raiders)\b/i;

// Kinds of happening, each as the words a lede tells it with and the nouns that name it again.
const KINDS: Array<{ lede: RegExp; again: string; act?: RegExp }> = [
  { lede: /\b(?:fire|blaze|inferno)\b/i, again: '(?:fire|blaze|inferno)' },
  { lede: /\bflood(?:s|ing|ed|waters)?\b/i, again: '(?:floods?|flooding|floodwaters)' },
  { lede: /\b(?:earthquake|quake|tremor)s?\b/i, again: '(?:earthquake|quake|tremor)s?' },
  { lede: /\b(?:eruption|erupted|erupts|volcano)\b/i, again: '(?:eruption|volcano)' },
  { lede: /\b(?:explosion|blast|exploded)\b/i, again: '(?:explosion|blast)' },
  { lede: /\b(?:landslides?|mudslides?)\b/i, again: '(?:landslides?|mudslides?)' },
  { lede: /\b(?:storm|typhoon|cyclone|hurricane)\b/i, again: '(?:storm|typhoon|cyclone|hurricane)' },
  // A vessel that sank is named again by what it was ("pushed the ferry under the water").
  { lede: /\b(?:sank|sunk|sinking|capsi[sz]ed|capsi[sz]e|shipwreck)\b/i, again: '(?:launch|ferry|boat|ship|vessel|capsi[sz]e|capsi[sz]ing|sinking|shipwreck)' },
  { lede: /\b(?:crash(?:ed)?|collision|collided|derail(?:ed|ment))\b/i, again: '(?:crash|collision|derailment|accident)' },
  { lede: /\b(?:attack(?:ed)?|strikes?|airstrikes?|raid|bombing|shelling|assault)\b/i, again: '(?:attack|strike|airstrike|raid|bombing|shelling|assault)' },
  // A raid is named again by its raiders, with what they did ("The bandits ... had on Wednesday
  // stormed the communities"): the armed group the lede names, told doing violence.
  { lede: ARMED, again: ARMED.source, act: /\b(?:stormed|attacked|invaded|raided|ambushed|opened fire|fired|torched|set\b[^.;]{0,30}\bon fire|abducted|kidnapped|killed|shot)\b/i },
  // A crowd crush is named again by its crowd ("what led the crowd to surge ... on Saturday night").
  { lede: /\b(?:crush|stampede|crowd)\b/i, again: '(?:crush|stampede|crowd|surge)' },
  // A happening at an occasion: the day the occasion was held is its day ("The wedding was
  // held on Saturday"), each occasion named again by its own word.
  ...['wedding', 'funeral', 'burial', 'concert', 'festival', 'ceremony', 'rally', 'match'].map((w) => ({ lede: new RegExp(`\\b${w}\\b`, 'i'), again: w })),
  // A lede that counts the dead: "the deaths", "the fatalities", "the killings" name its toll.
  { lede: /\b(?:killed|dead|died|deaths)\b/i, again: '(?:deaths|fatalities|killings)' },
];

const DAY = `(?:${WEEKDAY_NAMES})`;
// "Earlier,", "another fire", "a second blast": another incident or another time.
const OTHER = /^\W*(?:earlier|later|meanwhile|previously|separately|in a separate|elsewhere)\b|\b(?:another|a second|a third|a further|a (?:new|fresh|minor|smaller|separate))\b|\b(?:after|before|earlier|later|ago|since)\b/i;
// "said on Tuesday", "told reporters Wednesday": the day of a telling, not of the happening.
const TELLING = /\b(?:said|says|told|reported|announced|confirmed|added|stated|tweeted|posted|wrote)(?:\s+\w+){0,2}\s+(?:on\s+|late\s+|early\s+)?$/i;

/**
 * How many paragraphs on the day may come: three, or six for the story's lede (the first
 * happening the article tells) when the day is before publication: a report of the rescue
 * often gives the day of what happened only in its closing retelling ("... plunged it into the
 * water near the coal market on Sunday").
 */
const reach = (t: Told, happenings: readonly Told[], day: string): number =>
  (t === happenings[0] && day < t.candidate.candidate.published.start ? 6 : 3);

const SINCE = /\bsince\s+$/i;
const UNDER = (again: string): RegExp => new RegExp(`\\b(?:has|have)\\s+been\\s+under\\s+${again}\\b`, 'i');

const namesAgain = (text: string, again: string): boolean =>
  new RegExp(`\\b(?:the|this|that|${DAY}['’]s)\\s+(?:[\\w-]+\\s+){0,2}?${again}\\b`, 'i').test(text);

// "Mount Semeru ... spat ash ... in a sudden eruption on Saturday": a volcano named by its
// name, told erupting, names again the eruption of a lede that names no other volcano.
const VOLCANO_NAMED = /\b(?:Mount|Mt\.?)\s+(\p{Lu}[\p{L}-]+)|\b(\p{Lu}[\p{L}-]+)\s+volcano\b/u;
const ERUPTING = /\b(?:erupt\w*|eruption|spewed|spewing|spat|belched)\b/i;
function volcanoAgain(lede: string, text: string): boolean {
  const named = VOLCANO_NAMED.exec(text);
  if (!named || !ERUPTING.test(text) || !/\b(?:eruption|erupted|erupts|volcano)\b/i.test(lede)) return false;
  const inLede = VOLCANO_NAMED.exec(lede);
  return !inLede || (inLede[1] ?? inLede[2]) === (named[1] ?? named[2]);
}

// "The death toll in a tanker explosion rose to 108 on Sunday": the lede's only day is the day
// its toll rose, not the happening's; a later sentence's day for the happening dates it.
const ROSE = /\b(?:toll|dead|deaths)\b[^.;]{0,80}?\b(?:rose|risen|climbed|mounted|jumped|reached|increased)\s+to\s+(?:at least\s+|over\s+|more than\s+)?[\d,]+(?:\s+\w+)?\s+$/i;
const tollRoseOn = (lede: string, phrase: string): boolean => {
  const at = phrase ? lede.indexOf(phrase) : -1;
  return at > 0 && ROSE.test(lede.slice(0, at));
};

/**
 * Give a report-dated happening the day `reading` states for it, when the rule above holds.
 * Returns the happening it dated, if any. `happenings` are those told so far, in order.
 */
export function dayFurtherDown(reading: Reading, happenings: readonly Told[]): Told | undefined {
  const text = reading.sentence.text;
  const [date, ...more] = reading.dates;
  // "The area has been under attack since Wednesday": the happening's span, from that day on.
  const since = !!date && SINCE.test(text.slice(0, date.start - reading.sentence.start));
  if (!date || more.some((d) => d.from !== date.from || d.to !== date.to) || (date.precision !== 'day' && !since)) return undefined;
  if ((OTHER.test(text) && !since) || TELLING.test(text.slice(0, date.start - reading.sentence.start))) return undefined;
  const h = [...happenings].reverse().find((t) => {
    const { candidate, properties } = t.candidate;
    // "Rescue teams have returned to the crash site": the day the crash is given further down
    // is the crash's, not the rescue's.
    if (isRescueCue(t.reading.cue)) return false;
    if (!(candidate.reportDated || tollRoseOn(properties.claims[0]?.quote ?? '', candidate.datePhrase)) || reading.paragraph - t.reading.paragraph > reach(t, happenings, date.to) || !HARM_FAMILIES.has(FAMILY[properties.category])) return false;
    if (date.to > candidate.published.end || date.from < addDays(candidate.published.start, -7)) return false;
    const lede = properties.claims[0]?.quote ?? '';
    return volcanoAgain(lede, text) || KINDS.some((k) => k.lede.test(lede) && (namesAgain(text, k.again) || (since && UNDER(k.again).test(text))) && (!k.act || k.act.test(text)));
  });
  if (!h) return undefined;
  const info = h.candidate.candidate;
  Object.assign(h.candidate.properties, {
    start: date.from, end: date.to, datePrecision: date.precision,
    dateNote: `no date in the sentence: a sentence further down gives the same happening's day, "${date.text}" (${date.from})`,
  });
  info.reportDated = false;
  info.datePhrase = `(${date.text})`;
  return h;
}
