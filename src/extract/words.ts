/**
 * The word lists the rules share. Several rules ask the same question of a sentence ("does it
 * count the dead or hurt?", "does it name a happening by its noun?", "does it turn to another
 * happening or time?"), and each used to keep its own copy of the words, a little different,
 * so one rule saw a toll or a happening another missed. Each list lives here once; a rule that
 * needs a narrower set reads a named subset, whose comment says why.
 */

// The dead: "killed", "died", "perished", "the dead", "deaths", "the death toll".
export const DEATH_WORDS = String.raw`killed|dead|died|perished|deaths?|death toll`;
// The hurt: "wounded", "injured", "injuries", "hurt".
export const HURT_WORDS = String.raw`wounded|injured|injuries|hurt`;
// A count of the dead or hurt: the dead and the hurt, and the words a toll is told in
// ("casualties", "fatalities", "the toll", "missing", "bodies"). "Victims" alone is not among
// them: "with many victims being soldiers" says who was hit, not how many.
export const TOLL_WORDS = String.raw`${DEATH_WORDS}|${HURT_WORDS}|casualties|fatalities|toll|missing|bodies`;
/** A sentence that counts the dead or hurt: a toll, which the toll rules weigh. */
export const TOLL = new RegExp(String.raw`\b(?:${TOLL_WORDS})\b`, 'i');
/**
 * The dead alone, and lives lost ("claimed 12 lives"). A sentence of rescue or inquiry
 * speaks of the hurt and the missing as it goes (those searched for, those treated), so only a
 * count of the dead makes it a toll. ("lives" only here: elsewhere it is as often the verb.)
 */
export const DEATHS = new RegExp(String.raw`\b(?:${DEATH_WORDS}|lives)\b`, 'i');

// The numbers a report writes as words when it counts people or days: "two soldiers", "three
// days earlier". Rules that count further ("eleven", "twelve", "twenty") add to it.
export const NUMBER_WORD = String.raw`one|two|three|four|five|six|seven|eight|nine|ten`;
/** Numbers written as words, one list: a date rule reads them by their place in it (one is 1). */
export const NUMBER_WORDS: readonly string[] = NUMBER_WORD.split('|');
/** A sentence that counts something: a figure, a number word, or "dozens", "hundreds", "scores". */
export const COUNTED = new RegExp(String.raw`\d|\b(?:${NUMBER_WORD}|dozens?|hundreds?|scores)\b`, 'i');

// Attacks and fighting named by their noun: "the attack", "the airstrikes", "the raid",
// "the shelling", "the clashes", "the shooting", "the hijacking".
export const ATTACK_NOUN = String.raw`attacks?|assaults?|(?:air)?strikes?|air strikes?|raids?|bombings?|shelling|shootings?|clash(?:es)?|fighting|confrontation|killings?|hijacking|riot`;
// Accidents and disasters named by their noun: "the fire", "the blast", "the crash", "the
// collapse", "the eruption", "the landslide", "the sinking", "the tragedy".
export const DISASTER_NOUN = String.raw`fire|blaze|inferno|explosions?|blasts?|crash|collision|collapse|accident|derailment|sinking|capsizing|eruption|landslide|flood(?:s|ing)?|earthquake|quake|stampede|disaster|tragedy`;
/** The nouns a report names a happening by once it has told it ("the incident", "the attack", "the fire"). */
export const HAPPENING_NOUN = String.raw`incident|${ATTACK_NOUN}|${DISASTER_NOUN}`;
/**
 * Accidents and disasters, and "the incident", without attacks: a rule that joins a happening
 * named back by whatever was told last reads these; attacks are joined by the noun they were
 * introduced with (`retold.ts`), as a report may tell several.
 */
export const ACCIDENT_NOUN = String.raw`incident|${DISASTER_NOUN}`;

// Another time or place than the happening's: "a previous", "earlier", "last year", "elsewhere".
export const OTHER_TIME = String.raw`previous|previously|earlier|last (?:week|month|year)|ago|elsewhere|separately|meanwhile|since`;
/**
 * Another happening or time: "another", "a second", "a previous", "earlier", "last year",
 * "ago", "elsewhere", "separately", "meanwhile", "since May". A sentence with one of these
 * turns from the happening told to news of its own, so a rule that would join it to that
 * happening leaves it apart. A rule that needs more words (told-again's "after", "before")
 * adds them to this list, with its reason.
 */
export const OTHER_HAPPENING = String.raw`another|a second|a third|a further|${OTHER_TIME}`;
/** A sentence that turns to another incident or time (`OTHER_HAPPENING` as a pattern of its own). */
export const TURNS_TO_OTHER = new RegExp(String.raw`\b(?:${OTHER_HAPPENING})\b`, 'i');
/**
 * The same, with "another" only before a happening's noun ("another fire", "another deadly
 * attack"). A sentence of care or rescue counts people as it goes ("another 3 were rescued
 * alive"): there "another" is more people, not another happening.
 */
export const OTHER_NAMED_HAPPENING = String.raw`another\s+(?:[\w-]+\s+)?(?:${HAPPENING_NOUN})|a second|a third|a further|${OTHER_TIME}`;
