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
