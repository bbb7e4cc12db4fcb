/**
 * What is no event on the timeline: a sentence of background ("has historically used
 * drones", "over the past months", "The attacks have prompted ..."), a speaker's quoted view
 * with no event word, and a dateline standing alone.
 */
import { isRescueCue } from './classify';
import { daysBetween, MONTH_NAMES } from './calendar';
import type { Reading } from './reading';

// Words that put a sentence's main clause in the background: what usually happens, what has
// gone on for a while, what happened before the story without a date.
const BACKGROUND = [
  /\b(?:historically|traditionally|usually|normally|routinely|typically|previously|repeatedly|regularly|frequently|habitually)\b/i,
  /\b(?:over|during|in) the (?:past|last|previous) (?:few |several )?(?:days|weeks|months|years|decades)\b/i,
  /\bin recent (?:days|weeks|months|years|decades)\b/i,
  // "has carried out thousands of strikes over the past five weeks", "has spent the past weeks
  // visiting ...", "have arrived in Italy this year": a trend summed over a counted span up to
  // now, told in the perfect with no day of its own. Hours and days are the news's own span.
  /\b(?:over|during|in) the (?:past|last|previous) [\w-]+ (?:weeks|months|years|decades)\b/i,
  /\b(?:has|have) spent the (?:past|last) (?:[\w-]+ )?(?:weeks|months|years)\b/i,
  /\b(?:has|have) (?!been\b)(?:\w+ly )?\w+(?:ed|en|wn|ght|un)\b[^.;]*\bthis year\b/i,
  // "has been cited and fined for safety violations in the past": what was done before, undated;
  // "in the past 24 hours" is a span of the news and stays.
  /\bin the past(?=\s*(?:[,.;:)]|$))/i,
  // "The RSF recently increased its attacks": a trend, not a happening.
  /\brecently (?:increased|intensified|stepped up|ramped up|escalated|expanded)\b/i,
  /\bin the (?:following|ensuing|subsequent|coming) (?:days|weeks|months|years)\b/i,
  // "Russia continues to target Ukrainian ports", "attacks are increasingly common", "The
  // country faces a worsening security crisis": what goes on, not a happening.
  /\b(?:continues|continue) to\b/i,
  /\b(?:increasingly|ever more|more and more) (?:common|frequent|deadly|regular)\b/i,
  /\b(?:faces?|facing) (?:an? |the )?(?:\w+ ){0,2}(?:crisis|threat|insurgency|conflict)\b/i,
  /\bfor (?:days|weeks|months|years|decades)\b/i,
  // "has for more than a decade battled an insurgency": a struggle measured in years.
  /\bfor (?:more than |over |nearly |almost |about |some )?(?:a|one|two|three|four|five|several|many) (?:years?|decades?)\b/i,
  /\b(?:has|have|had) (?:long |since |often )?been \w+ing\b/i,
  // "Kashmir has long been a flash point": a standing state of affairs, not a happening.
  /\b(?:has|have|had) long\b/i,
  /\b(?:has|have|had) (?:\w+ly )?\w+(?:ed|en|wn|ght|un)\b[^.;]*\bsince\b/i,
  // A trend told in the perfect: "Russia has ramped up attacks", "has become a main route".
  /\b(?:has|have) (?:\w+ly )?(?:ramped up|stepped up|intensified|escalated|increased|grown|become|turned into)\b/i,
  // "Jihadist groups are again attacking soldiers in the Sahel", "it is widely believed that
  // groups are increasingly attacking the military": what goes on, told in the present.
  /\b(?:are|is) (?:again|increasingly|still|now regularly) (?:attacking|targeting|striking|shelling|raiding)\b/i,
  /\bit is (?:widely|generally|commonly) (?:believed|thought|assumed)\b/i,
  // "communities are still being attacked", "Deadly attacks have raged across Zamfara State":
  // raids told as going on, or as spread over a whole area, are no happening of their own.
  /\b(?:are|is) (?:again|increasingly|still|regularly) being (?:attacked|targeted|raided|shelled|kidnapped|abducted|killed)\b/i,
  /\b(?:has|have) (?:long )?raged (?:across|throughout)\b/i,
  // "Benin has faced increasing attacks in its northern region", "there are repeated attacks",
  // "to protect their village from recurring jihadist attacks": attacks told as recurring are
  // a region's lot, not one happening.
  /\b(?:repeated|recurring|recurrent|increasing|frequent|persistent)\s+(?:[\w-]+\s+){0,2}(?:attacks|strikes|raids|incidents|clashes|bombings)\b/i,
  // "a volcano that erupted about 75,000 years ago", "a 1991-2002 civil war that left 120,000
  // dead": what happened years ago, or over a span of years, is the place's history.
  /\b(?:years|decades|centuries)\s+ago\b/i,
  /\b(?:19|20)\d{2}\s*[-–]\s*(?:(?:19|20)\d{2}|\d{2})\b/,
];

// "Both sides say they do not target civilians": a general claim in the simple present.
const GENERIC = /\b(?:do|does) not (?!know\b|say\b|comment\b)[a-z]+\b(?![^.]*\b(?:yesterday|today|tonight)\b)/i;
// "The attacks have prompted several companies to ...": a campaign as the subject of a
// present perfect tells its consequences, not an event the text dates.
const CAMPAIGN_PERFECT = /^\W*(?:the|these|such|their|those) (?:\w+ )?(?:attacks|strikes|raids|incidents|assaults|clashes|protests|hostilities|operations)\b[^.;]*\b(?:has|have) (?!been\b)[a-z]+(?:ed|en|wn|ght|un|ne|lt)\b/i;

const SUPERLATIVE = /\b(?:worst|deadliest|largest|biggest|heaviest|bloodiest|highest|most \w+)\b[^,.;]*?\b(?:in|over|for) (?:recent|the (?:past|last))\b[^,.;]*/gi;

const PLACE_CLAUSE = /(?<=\p{Lu}[\p{L}'’-]*),\s+which\b[^,.;]*/gu;

const LONG_AGO_DAYS = 365;
const EARLIER_DAYS = 7;
// What a happening of its own is told by: harm, a disaster, force, a move, a meeting or a deal.
const HAPPENING_WORD = /\b(?:kill\w*|dead|died|dies|death\w*|injur\w*|wound\w*|hurt|casualt\w*|massacr\w*|attack\w*|strikes?|struck|hit|airstrikes?|bomb\w*|blast\w*|explo\w*|shell\w*|missiles?|drones?|rockets?|fire|fired|firing|shot|shoot\w*|gunmen|clash\w*|fight\w*|battle\w*|raid\w*|seiz\w*|captur\w*|hostages?|abduct\w*|kidnap\w*|arrest\w*|detain\w*|oust\w*|toppl\w*|coup|confrontations?|protest\w*|demonstrat\w*|riot\w*|unrest|erupt\w*|quakes?|earthquakes?|flood\w*|landslides?|storms?|cyclones?|hurricanes?|typhoons?|crash\w*|collid\w*|collaps\w*|capsiz\w*|sank|sunk|sink\w*|burn\w*|destroy\w*|damag\w*|visit\w*|travel\w*|arriv\w*|sent|sends|dispatch\w*|met|meet\w*|talks|summit|sign\w*|agree\w*|deal|accord|ceasefire|truce|pact|treaty|deploy\w*|troops|launch\w*|releas\w*|freed|exchang\w*|resign\w*|elect\w*|vot\w*|sworn|inaugurat\w*)\b/i;
const EARLIER_TOLL = /\bhad (?:already )?(?:killed|left|claimed|injured|wounded|displaced)\b/i;

const TALLY = /\b\d[\d,]*\s+(?:[\w-]+\s+)?(?:attacks|strikes|airstrikes|incidents|raids|explosions|bombings|clashes)\b/i;

// "The US began large-scale strikes last month", "The group began their attacks in late 2023",
// "hammered them with near-daily air strikes since March 15": a campaign's start or rhythm.
const CAMPAIGN = /\b(?:began|begun|started|launched)\s+(?:(?:their|its|his|her|the|large-scale|new|[\w]+-[\w]+)\s+){0,2}(?:(?:air\s+)?strikes|attacks|raids|(?:bombing\s+)?campaign)\b|\b(?:near-daily|daily|nightly|near-constant|almost daily)\s+(?:air\s+)?(?:strikes|attacks|raids|bombardments?)\b/i;

// "More than 100 people have been killed in floods across Kenya in the last month", "The
// country has recorded ... 32 deaths since October", "The conflict ... has killed thousands of
// people": a toll summed over months or a war, up to now, not a happening's.
const SUMMED_TOLL = /\b(?:has|have)\s+(?:reportedly\s+|so far\s+|now\s+)?(?:been\s+)?(?:killed|claimed|displaced|affected|recorded|uprooted)\b/i;
const OVER_A_SPAN = new RegExp(
  `\\bsince (?:(?:early|late|mid-?)\\s*)?(?:${MONTH_NAMES}|the (?:start|beginning|outbreak))\\b|\\b(?:in|over|during) the (?:last|past) (?:month|year)\\b|\\b(?:war|conflict|insurgency|operations)\\b[^.;]{0,60}\\b(?:has|have)\\s+(?:reportedly\\s+)?(?:killed|claimed|displaced)\\b`,
  'i',
);

// "Since December, heavy rains have triggered floods": a span up to now, told as it opens.
const SINCE_OPENING = /^\W*since (?:\w+ ){0,2}?\w+,[^.;]*\b(?:has|have)\b/i;

const STANDING = /\b(?:controls|holds)\s+(?:all|most|much|some|parts?|large parts?|swathes?)\b|\blater became\b|(?<!\b(?:is|are|was|were|be|been|being)\s+)\bused to\b/i;
const MOVE_AFTER = /\bcut(?:s|ting)? short\b[^.;]*,?\s+and\s+(?:will\s+|would\s+|then\s+|later\s+)?(?:visit|visited|visits|fly|flew|travel|travelled|traveled|head|headed|go|went|tour|toured)\b/i;
const CUT_SHORT = /\bcut(?:s|ting)? short (?:(?:his|her|their|its|a|an|the|all)\s+)*(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|engagements|stay|holiday|vacation|programme|program|schedule)\b/i;

// A report in the past tense beside it ("was hit", "said") makes it news, not background.
const REPORTED = /\b(?:had|was|were|said|told|says)\b/i;

// "In October 2002, militants took 800 people hostage", "On 3 June 2021, gunmen killed ...":
// an earlier happening told in a sentence of its own that opens with its month or day (a list of
// past attacks, a disaster before) is an event, however long ago; "In 2015," (a year) is not.
const OPENING_DATE_BEFORE = /^\W*(?:in|on)\s+$/i;
const OPENING_DATE_AFTER = /^\s*,/;
// "This fatal accident follows one in October 2020, where at least 16 people were killed ...
// in western Senegal": an earlier happening the news is said to follow, told with its month or
// day, then what happened in it and where, is an event of its own, however long ago; "follows
// one in May that shocked the country" tells nothing that happened in it.
const FOLLOWS_ONE_BEFORE = /\b(?:follows|followed|comes after|came after)\s+(?:one|another)\s+(?:in|on)\s+$/i;
const FOLLOWS_ONE_AFTER = /^\s*,?\s*(?:where|when|in which)\b/i;

function opensWithItsDate(reading: Reading): boolean {
  const first = reading.dates[0];
  if (!first || daysBetween(first.from, first.to) > 31) return false;
  const s = reading.sentence;
  const before = s.text.slice(0, first.start - s.start);
  const after = s.text.slice(first.end - s.start);
  if (FOLLOWS_ONE_BEFORE.test(before) && FOLLOWS_ONE_AFTER.test(after)) return reading.places.length > 0;
  return OPENING_DATE_BEFORE.test(before) && OPENING_DATE_AFTER.test(after);
}

/**
 * Whether a sentence with no date of its own is background rather than an event: habitual
 * or long-running ("have been attacking", "has historically used", "over the past months",
 * "have ... since" with no date the text states), a general claim ("they do not target"),
 * or, past the article's first paragraph, the consequences of a campaign ("The attacks have
 * prompted ...").
 */
export function isBackground(reading: Reading, firstParagraph: number, published?: string): boolean {
  // "The president has cut short a state visit because of the storm", "said he cut short all
  // his engagements to return home": a visit cut short tells why a leader was away, the
  // context of the news, dated or not. One that goes on to a visit of its own ("..., and
  // will visit Beira on Sunday") tells a move and stays.
  if (CUT_SHORT.test(reading.sentence.text) && !MOVE_AFTER.test(reading.sentence.text)) return true;
  // "The RSF controls all five states in Darfur", "The army holds most areas of the remaining
  // states", "The city later became the army's base", "Piracy used to cost billions": who holds
  // what, what a place became or used to be: a place's standing or history, not a happening.
  if (STANDING.test(reading.sentence.text)) return true;
  // "Despite the agreement reached in November 2003", "The tanker, built in 2012": a sentence
  // whose every date lies more than a year before the report tells history, not the news.
  // "at least 93 militant attacks taking place in January": a count of attacks over a month
  // or more is a tally, not a happening.
  if (reading.dates.length > 0 && TALLY.test(reading.sentence.text) && reading.dates.every((d) => daysBetween(d.from, d.to) >= 27)) return true;
  // A campaign begun or kept up, dated (if at all) by a month or more, not by a day: background.
  if (CAMPAIGN.test(reading.sentence.text) && reading.dates.every((d) => daysBetween(d.from, d.to) >= 27)) return true;
  if (SINCE_OPENING.test(reading.sentence.text) && reading.dates.every((d) => daysBetween(d.from, d.to) >= 27)) return true;
  // A toll summed over months or a war, dated (if at all) by a month or more: background.
  if (SUMMED_TOLL.test(reading.sentence.text) && OVER_A_SPAN.test(reading.sentence.text) && reading.dates.every((d) => daysBetween(d.from, d.to) >= 27)) return true;
  // "The cyclone had killed over 100 people in late February": an earlier toll, told in the
  // past perfect with no place of its own and weeks before the report, is the story's past.
  if (published && reading.places.length === 0 && EARLIER_TOLL.test(reading.sentence.text) && reading.dates.length > 0 && reading.dates.every((d) => daysBetween(d.to, published) > 7)) return true;
  // "In 2021, at least 55 people died in clashes near the border": a year's toll told by the
  // year alone, before the report's year, is the story's history, not a happening with a date.
  if (published && reading.dates.length > 0 && reading.dates.every((d) => daysBetween(d.from, d.to) >= 360 && d.to < `${published.slice(0, 4)}-01-01`)) return true;
  // "Last year, nearly 3,800 people died on migration routes ..., according to data published
  // on Tuesday": a sentence opening with last year tells that year, whatever day its source has.
  if (/^\W*last year,/i.test(reading.sentence.text)) return true;
  // "The Sahel states in January said they were leaving the bloc", "The State Department issued
  // a notice on April 11 calling for staff to leave": a day or month more than a week before
  // the report, in a sentence with no word of harm, a disaster, a move, a meeting or a deal,
  // is the story's context told, not a happening of its own, when it names no place but a
  // country ("At an October 17 press conference in Brussels, the president revealed ..." stays).
  if (published && reading.dates.length > 0 && reading.dates.every((d) => daysBetween(d.to, published) > EARLIER_DAYS) && !HAPPENING_WORD.test(reading.sentence.text) && reading.places.every((p) => p.place.kind === 'country')) return true;
  if (published && reading.dates.length > 0) return reading.dates.every((d) => daysBetween(d.to, published) > LONG_AGO_DAYS) && !opensWithItsDate(reading);
  if (reading.dates.length > 0) return false;
  const text = reading.sentence.text;
  // "Search teams have been scouring the beach in the search for victims": the search going on
  // at the site is the news of the day, not a habit.
  if (isRescueCue(reading.cue)) return false;
  // "the country's worst attack in recent years": a comparison with the past, not the past.
  // "to seize El-Fasher, which it has besieged since May": a clause about a place tells the
  // place's story, not the sentence's.
  const own = text.replace(SUPERLATIVE, '').replace(PLACE_CLAUSE, '');
  if (BACKGROUND.some((re) => re.test(own)) || GENERIC.test(text)) return true;
  return reading.paragraph > firstParagraph && CAMPAIGN_PERFECT.test(text) && !REPORTED.test(text);
}

/**
 * "“Our main goal is to show that we are a reliable partner,” an official told reporters":
 * a sentence that is a speaker's own words of view or hope, with no event word and no date of
 * its own, is a quotation to read beside an event, not an event.
 */
export function isQuotedView(reading: Reading, category: string): boolean {
  return reading.dates.length === 0 && isQuotedStatement(reading, category);
}

/**
 * "“On this bright Palm Sunday, our community has suffered a terrible tragedy,” Kobzar
 * wrote.", "“We hereby confirm that our flight ... was involved in an accident today,” the
 * airline said": a statement that opens with a speaker's quoted words, even with a day in them,
 * tells no happening of its own once one is told: it is said about that one.
 */
export function isQuotedStatement(reading: Reading, category: string): boolean {
  return (category === 'statement' || category === 'analysis') && /^\s*[“"]/.test(reading.sentence.text) && !MEETING_WORDS.test(reading.sentence.text);
}

/**
 * "The district commander said several more people could still be trapped", "Israel said
 * fighting would resume unless the hostages were freed": a statement that tells what could,
 * would, may or might be is a speaker's word on what may come, not a happening of its own.
 * Lower case only: "May" the month is no modal. Not a forecast of troops or forces.
 */
function isPossibilityTold(reading: Reading, category: string): boolean {
  return category === 'statement' && POSSIBILITY.test(reading.sentence.text) && !FORCES.test(reading.sentence.text);
}

// "warned that the North may deploy troops": a forecast of a military move is news of its own.
const FORCES = /\b(?:deploy\w*|troops|soldiers|forces|military|army)\b/i;

const POSSIBILITY = /\b(?:could|would|might|may)\b/;

/**
 * "Earlier, the city fire chief said there were still residents trapped": a statement that
 * opens with "Earlier" goes back to what was said before the account now told, about the same
 * happening: not a happening of its own.
 */
function isEarlierWord(reading: Reading, category: string): boolean {
  return category === 'statement' && /^\W*Earlier\b/.test(reading.sentence.text);
}

/**
 * "Russia has denied its forces hit the theatre": a denial naming no place of its own (a
 * country aside) is a side's word on the happening told, not a happening. One naming a place
 * ("denied firing rockets at civilian targets in Kherson") stays.
 */
function isDenialTold(reading: Reading, category: string): boolean {
  return category === 'statement' && /\b(?:denie[sd]|deny|denying)\b/i.test(reading.sentence.text) && reading.places.every((p) => p.place.kind === 'country');
}

/**
 * A statement that is a word on the happening told rather than a happening: what could, would,
 * may or might be, what was said "Earlier", or a denial naming no place of its own.
 */
export function isWordOnHappening(reading: Reading, category: string): boolean {
  return isPossibilityTold(reading, category) || isEarlierWord(reading, category) || isDenialTold(reading, category);
}

const MEETING_WORDS = /\b(?:meet|meets|met|meeting|talks|summit|visit\w*)\b/i;

// "MOSCOW, Feb 19 - RIA Novosti.": a dateline standing alone names where the report was
// filed, not an event.
const DATELINE = /^[A-Z][A-Z .'-]+,(?:\s*[A-Z][A-Za-z]*,)?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\s*[-–—]+\s*[^.]{0,40}\.?$/;

export const isDatelineOnly = (text: string): boolean => DATELINE.test(text.trim());
