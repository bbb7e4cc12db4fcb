/**
 * What kind of event a sentence reports, and what the source says about its truth. Cue words,
 * not a model: the reviewer sees the cue and corrects the rare miss, which is cheaper than
 * explaining a statistical guess.
 */
import type { Category, ClaimStatus } from '../domain/types';
import { WEEKDAY_NAMES } from './calendar';
import type { AttributionMention, DateMention } from './types';

/** A meeting, held or planned: "will meet with President Tokayev", "talks to be held in Chengdu". */
export const MEETING = /\b(?:meet|meets|met|meeting|talks|summit|held a press conference|joint press conference|received by|hosted)\b/i;

// A natural hazard "struck" or "hit" a place: its toll is the event, never a strike.
const HAZARD = /\b(?:earthquakes?|quakes?|tremors?|aftershocks?|floods?|flash floods?|flooding|landslides?|mudslides?|mudflows?|rockslides?|rockfalls?|cave-ins?|cloudbursts?|avalanches?|cyclones?|typhoons?|hurricanes?|tornado(?:es)?|storms?|tsunamis?|wildfires?|volcan\w*|eruptions?)\b/i;
const HEAVY_WEAPON = /\b(?:airstrikes?|air ?strikes?|air ?raids?|missiles?|rockets?|drones?|artillery|shell(?:ed|ing)|bombard\w*)\b/i;
const DISASTER = /\b(?:disasters?|tragedy|calamity|catastrophe)\b/i;
const MILITARY = /\b(?:airstrikes?|air ?raids?|shell(?:ed|ing)|bombard\w*|bomb(?:ed|ing|s)?|missiles?|rockets?|drones?|artillery|troops|forces)\b/i;
// Taking a ship, its crew or its cargo. The vocabulary has no seizure category; "other" is the
// one that fits, and it is placed where the ship was taken, like a strike.
const SEIZE = /\b(?:seiz(?:e|es|ed|ing|ure)|hijack\w*|commandeer\w*|detain(?:s|ed|ing)?|impound\w*)\b/i;
// "over two dozen men boarded the merchant ship": armed men or pirates boarding take the ship;
// passengers boarding a ferry do not.
const BOARDED = /\b(?:men|gunmen|pirates|militants|attackers|raiders|commandos|troops|forces|guards|assailants)\s+(?:\w+\s+){0,2}?boarded\b/i;
const VESSEL = /\b(?:tankers?|vessels?|ships?|boats?|freighters?|carriers?|crews?|sailors|seafarers|cargo|dhows?|trawlers?)\b/i;
// Police dispersing a crowd, or the crowd itself: a protest, not a strike.
// "protesters earlier on Saturday stormed": a day told between the protesters and their act.
const DAY_BETWEEN = String.raw`(?:(?:earlier|later)\s+)?on\s+(?:${WEEKDAY_NAMES})(?:\s+(?:morning|afternoon|evening|night))?\s+`;
const PROTEST = new RegExp(String.raw`\b(?:tear ?gas|water cannons?|rubber bullets|(?:stun|sound) grenades?|dispers(?:e|ed|es|ing) (?:a |the )?(?:\w+ )?(?:crowds?|protesters|protestors|demonstrators|students|rally|march)|took to the streets|(?:flooded|filled|thronged|poured into) the streets\b[^.;]{0,60}\bto (?:demand|protest|denounce|oppose)|(?:protesters|protestors|demonstrators) (?:${DAY_BETWEEN})?(?:clashed|marched|stormed|descended|rallied|blocked)|clash(?:ed|es)?\b[^.;]{0,30}\b(?:between|with)\b[^.;]{0,40}\b(?:police|protesters|protestors|demonstrators))\b`, 'i');
// A labour strike is a protest, not a military strike ("an indefinite strike since January 4",
// "called for a general strike").
const LABOUR_STRIKE = /\b(?:general|indefinite|labou?r|national|nationwide|workers['’]?|hunger|transport|teachers['’]?|doctors['’]?|nurses['’]?|unions?['’]?|wildcat) strikes?\b|\bon strike\b|\bstrikes? (?:by|of) (?:workers|unions?|teachers|doctors|nurses|drivers|miners)\b/gi;
// People handed over, released or exchanged: a hostage handover or a prisoner exchange. The
// vocabulary has no category for it; "other" (what no category above fits) is the honest one,
// and like a seizure it is placed where it happened. The noun in the plural ("conducted prisoner
// exchanges") names a series, not one happening.
const HANDOVER = /\b(?:hand(?:ed|s|ing)? over|releas(?:e|ed|es|ing)|freed|swap(?:ped|s)?|exchang(?:e|ed|es|ing))\b[^.;]{0,60}\b(?:hostages?|captives|prisoners|POWs|detainees)\b|\b(?:hostages?|captives|prisoners|detainees)\b[^.;]{0,40}\b(?:were|was|been) (?:officially )?(?:handed over|released|freed|exchanged)\b|\b(?:hostage|prisoner)[- ](?:prisoner[- ])?(?:release|swap|exchange|handover)\b(?!s)/i;
// A handover threatened, demanded or still to come is not one that happened.
const THREAT = /\b(?:threaten\w*|delay\w*|postpon\w*|demand\w*|urg\w*|would|will|unless|to be (?:freed|released|handed over))\b/i;
const CONDITIONAL = /\b(?:would|will)\b[^.;]{0,60}\b(?:unless|if)\b/i;
const DESTROYED = /\bdestroy(?:ed|ing|s)?\b/i;
const WEAPON = /\b(?:(?:fighter )?jets?|aircraft|warplanes?|bombers?|helicopters?|F-\d+s?|artillery|missiles?|rockets?|drones?|UAVs?)\b/i;
// Troops firing on each other with no heavy weapon named: fighting on the ground.
const GROUND = /\b(?:exchang\w+ (?:of )?(?:heavy )?(?:fire|gunfire)|exchange of fire|open(?:ed|s)? fire|fir(?:ed|ing) (?:on|at|upon) (?:\w+ ){0,3}(?:soldiers|troops|positions|posts|forces|(?:a|the) (?:\w+ ){0,2}base)|firefights?|gun ?battles?|gunfights?|small[- ]arms|sabotage|ground (?:assault|offensive|fighting)|infantry)\b/i;
const HEAVY = /\b(?:artillery|missiles?|rockets?|drones?|UAVs?|airstrikes?|air ?strikes?|air ?raids?|shell(?:ed|ing|s)?|mortars?|bomb\w*|jets?|aircraft|warplanes?|launchers?|police|protesters|demonstrators|crowds?)\b/i;

// A ship or vehicle that hit a mine, or a blast no attacker is named for: an explosion (the
// vocabulary's landmines and IEDs), not a strike, which someone launched.
const MINE = /\b(?:hit|hits|hitting|struck|strikes?|striking|ran (?:into|over)|detonated|triggered|set off)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:sea\s+|naval\s+|land\s*)?mines?\b|\b(?:hit|damaged|struck|blown up|destroyed|sunk)\s+by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:sea\s+|naval\s+|land\s*)?mines?\b|\b(?:(?:land|sea)?mine|IED|roadside bomb)\s+(?:blast|explosion)s?\b/i;
const BLAST = /\b(?:explosions?|exploded|blasts?|detonat\w+|explosive devices?)\b/i;
const LAUNCHED = /\b(?:missiles?|rockets?|drones?|UAVs?|airstrikes?|air ?strikes?|air ?raids?|shell(?:ed|ing|s)?|artillery|mortars?|attack\w*|strikes?|struck by|fired|launched|targeted|raids?|bomb(?:ed|ing|er|ers)\b|suicide)\b/i;
// Mob violence: looting, ransacking, rioting (not the riot police sent against it), and
// protesters torching buildings.
const RIOT = /\b(?:(?:protesters|protestors|demonstrators|rioters|crowds?)\s+(?:\w+\s+){0,2}?(?:torched|set fire to|set ablaze|burned down|burnt down)|riot(?:s|ing|ers)|(?<!anti-)riot(?! police| gear| squad| unit| control)|loot(?:ed|ing|ers)?|ransack\w*|mobs?|vandali[sz]\w*)\b/i;
// A crowd protesting, chanting slogans or carrying placards, or throwing stones at the police: a protest.
const PROTESTED = /\b(?:protested|demonstrated|chanting (?:slogans|anti-)|carrying (?:placards|banners)|waving (?:placards|banners)|(?:throwing|threw|hurling|hurled) (?:rocks|stones|projectiles) at (?:the )?(?:security forces|police|officers))\b/i;
// "reported an explosion 20 nautical miles west of Mokha", "an explosion in close proximity to
// a vessel": how a maritime security agency reports an attack on a ship, which stays a strike.
const NEAR_MISS = /\breport\w*(?: of)? an? (?:\w+ )?explosions?\b|\bexplosions? (?:near|close to|in (?:the )?(?:close )?(?:proximity|vicinity))\b/i;
// "A fire broke out at an oil refinery", "the depot caught fire": a fire at a site is a
// happening even before the text says what set it; the vocabulary has no category for it, so
// "other" until a weapon is named.
// "broadcast live a fire in the mayor's office": a fire, told as new ("a"), in or at a
// building is one too; "a video of a fire at the market" is a picture of one told already.
// The harm water or a blow did to a place, told with no other cue: "eight bridges getting washed
// away", "towns have been flooded", "two bridges were destroyed in Namchi", "the town bore the
// brunt of the flood". What was built and is gone is a happening at that place (people or
// vehicles swept away are the hazard's toll, told by its own cues). "Rainwater had stopped the
// movement of trains from Thrissur": trains or traffic stopped is harm done there too. "every
// home on the island, where around 50 people live, had been destroyed": an aside between the
// homes and their fate does not undo it; "uprooted trees and toppled dwellings": what the blow
// flattened, told as its deed; "hundreds of villages went under water": flooded; "swirling
// water flooded streets": flooded, told as the water's deed.
const DAMAGE = /\b(?:water|waters|floodwaters?|seawater|rainwater|storm surges?|surges?)\b[^.;]{0,20}?\b(?:flooded|inundated|submerged|swamped)\s+(?:the\s+)?(?:\w+\s+)?(?:streets?|roads?|homes?|houses?|neighbou?rhoods?|towns?|villages?|buildings?|fields?|farmland)\b|\b(?:houses?|homes?|buildings?|dwellings?)\b[^.;,]{0,30},\s*(?:where|which|that|home to)\b[^,.;]{0,60},\s*(?:were|was|have been|has been|had been) (?:\w+ )?(?:destroyed|flattened|razed)\b|\b(?:toppled|flattened|razed)\s+(?:\w+\s+)?(?:dwellings|houses|homes|buildings)\b|\b(?:stopped|halted|disrupted|blocked|cut off)\s+(?:the\s+)?(?:movement|running|flow|operation)\s+of\s+(?:trains|traffic|vehicles)\b|\b(?:bridges?|houses?|homes?|buildings?|roads?|dams?)\b[^.;]{0,30}?\b(?:washed|swept) away\b|\b(?:have|has|had|were|was) (?:also )?(?:been )?(?:flooded|inundated|submerged)\b|\b(?:villages?|towns?|houses?|homes?|buildings?|roads?|streets?|fields?|farmland|neighbou?rhoods?|airports?|runways?)\b[^.;]{0,20}?\b(?:went|were|was|are|is|have gone|has gone|had gone) (?:completely |entirely |partly )?(?:under ?water|underwater)\b|\b(?:bore|borne|bears|bearing) the (?:\w+ )?brunt\b|\b(?:bridges?|houses?|homes?|buildings?|roads?|dams?)\b[^.;]{0,40}?\b(?:were|was|have been|has been|had been|got|getting) (?:\w+ )?(?:damaged or )?(?:destroyed|flattened|razed)\b/i;
// The harm a storm did to what a place runs on, told with no other cue: "all power across the
// island was knocked out", "100 percent of customers were without power", "had downed
// electricity and phone lines"; and flooding told as reported there ("Intense flooding was
// reported across the territory, particularly in the capital"). A place cut off or flooded is a
// happening at that place, as a flooded street is.
const OUTAGE = /\b(?:power|electricity|communications?|(?:tele)?phone lines)\b[^.;]{0,30}?\b(?:was|were|has been|have been|had been) (?:completely |entirely )?(?:knocked out|cut off|lost)\b|\bwithout (?:power|electricity)\b|\b(?:downed|knocked out) (?:all )?(?:power|electricity|communications?)\b|\b(?:flooding|floods)\s+(?:was|were|has been|have been|had been)\s+reported\b/i;
const FIRE = /\b(?:fire|blaze)\s+(?:broke out|erupted|started|raged)\b|\bcaught fire\b|\b(?:was|were) (?:set )?(?:on fire|ablaze)\b|(?<!\bof )\ba (?:huge |large |massive |major )?(?:fire|blaze) (?:in|at) (?:the|a) (?:[\w'’-]+ ){0,3}?(?:office|offices|building|headquarters|palace|residence|hall|station|compound|warehouse|depot|factory|plant|market|mall|hotel|hospital|school|church|mosque|temple|parliament)\b/i;
// "survived a massacre in the al-Alaq neighborhood": a massacre told as new ("a"), at a place,
// is one; "the massacre of 1982" names one told already or long past.
// A leader put out of power: "was removed from office on April 11 following a military coup",
// "The military ousted President X in April", "toppled the president". The fall of a government
// is a happening at its seat, told with no other cue; the vocabulary has no category for it, so
// "other". Only a leader told as put out ("ousted", "was removed"), not one who may be or says
// he will not be.
const OUSTED = /\b(?:ousted|toppled|overthrew|overthrown|deposed)\s+(?:(?:the|former|longtime|long-time|then-)\s+)*(?:president|prime minister|leader|ruler|dictator|king|government|regime|strongman)\b|\b(?:was|were|had been|has been)\s+(?:\w+\s+)?(?:removed|ousted|toppled|overthrown|deposed)\s+(?:from (?:office|power)\b|(?:\w+\s+){0,4}?(?:in|by|following|after) (?:a |the )?(?:military )?(?:coup|uprising|revolt)\b)|\b(?:military|army|palace) coup\b(?! (?:attempt|plot|threat|rumou?rs?))/i;
// Said not to happen, or only feared or wished: no ouster.
const NOT_OUSTED = /\b(?:never|not|would|will|could|might|may|threat\w*|call(?:ed|s)? for|demand\w*|plot\w*|attempt\w*|fail\w*)\b[^.;]{0,30}\b(?:be\s+)?(?:ousted|removed|toppled|overthrown|deposed|coup)\b/i;
// "Rescue teams have returned to the crash site for search and recovery operations", "a
// search-and-rescue effort, with first responders combing through the rubble": the rescue or
// the recovery at the site of a crash or a collapse, told with no other cue, is a happening
// there (the search at a happening told before it stays that happening's aftermath:
// `in-care.ts`, `rescueOf`).
const RESCUE_WORK = /\b(?:rescue (?:teams?|workers|crews|operations?|efforts?|missions?)|rescuers|search (?:teams|parties)|searchers|search[- ]and[- ](?:rescue|recovery)|search and recovery|recovery (?:teams?|operations?|efforts?|missions?)|first responders)\b/i;
/**
 * The storms an article names with their kind ("Cyclone Gabrielle", "Hurricane Ian"), as one
 * pattern for their names alone ("when Gabrielle hit"); undefined when it names none.
 */
export function namedStorms(text: string): RegExp | undefined {
  const names = new Set([...text.matchAll(/\b(?:Cyclone|Hurricane|Typhoon|Super Typhoon|Tropical Storm|Storm)\s+(\p{Lu}\p{Ll}{2,})\b/gu)].map((m) => m[1] ?? ''));
  return names.size ? new RegExp(`\\b(?:${[...names].join('|')})\\b`) : undefined;
}

const RESCUE_CUE = new RegExp(`^${RESCUE_WORK.source}$`, 'i');
/** Whether a sentence's cue is the rescue or recovery work at a site (`RESCUE_WORK`). */
export const isRescueCue = (cue: string | undefined): boolean => cue !== undefined && RESCUE_CUE.test(cue);
const RESCUE_LAUNCHED = /\b(?:launched|began|started|initiated|mounted|undertook)\s+(?:an?\s+|the\s+)?(?:massive\s+|joint\s+|large-scale\s+)?(?:rescue|relief)(?:\s+and\s+(?:rescue|relief))?\s+(?:operations?|efforts?|work)\b/i;
const RESCUE_SITE = /\b(?:rubble|wreckage|debris|ruins|crash site|collapse site|search for (?:the )?(?:victims|bodies|survivors|missing)|collapsed (?:building|tower|bridge|mine)|site of the (?:crash|collapse|blast|explosion))\b/i;
// "The oceanfront condo tower at 8777 Collins Ave. crumpled with a bang", "the bridge
// collapsed": a building or a bridge that fell, told with no other cue, is a happening.
const FELL_DOWN = /\b(?:buildings?|towers?|condos?|condominiums?|high-rises?|apartment blocks?|blocks? of flats|bridges?|houses?|homes?|roofs?|schools?|hotels?|factory|factories|stadiums?)\b(?!\s+(?:prices?|sales|market|values?)\b)[^;]{0,40}?\b(?:partially\s+|partly\s+)?(?:collapsed|crumpled|caved in|pancaked|came crashing down)\b/i;
const MASSACRE = /\ba (?:\w+ )?massacre (?:in|at) (?:the |a )?\S/i;
// A natural disaster's own blow, before any toll: a volcano erupting, a dam bursting, a storm
// making landfall or its eye coming ashore ("the hurricane eyewall landed near"), a storm
// slamming into, smashing or battering a place with no toll told (also after a speaker's words:
// "the director said Wednesday after the monster storm smashed homes"), a river over its banks. A happening with its place and day; the vocabulary
// has no hazard category, so "other" (a toll told with it is casualties, as for a quake).
// "Clashes erupted", "violence erupted" are not eruptions: only the noun, or a volcano's verb.
// "The volcano emitted a large plume of ash", "after it suddenly shot a column of ash and
// steam": a plume or a column of ash sent up, told as one deed, is an eruption by its own verb.
const NATURAL = /\b(?:(?:emitted|emits|emitting|shot|shoots|spewed|spews|spewing|belched|sent up)\s+(?:up\s+)?an?\s+(?:[\w-]+\s+){0,2}?(?:plume|column)\s+of\s+(?:volcanic\s+)?ash\b|volcan\w*\b[^.;]{0,60}\berupt(?:ed|s|ing)|erupt(?:ed|s|ing)\b[^.;]{0,30}\bvolcan\w*|eruptions?\b(?! of (?:violence|anger|protests?|fighting|clashes))|dams?\b(?: walls?)?(?: \w+){0,4}? (?:burst|collapsed|breached|ruptured|gave way|failed)|(?:burst|breach\w*|collapse) of (?:the |two |\w+ )?dams?|made landfall|makes landfall|(?:hurricane|cyclone|typhoon|storm|eyewall|eye)\b[^.;]{0,20}?\b(?:landed|came ashore|come ashore|comes ashore)\b|burst (?:its|their) banks)/i;
// A storm's blow told with no toll: one told with its dead is read as its toll, as before.
// "Thousands of people have been evacuated from houses and hotels", "10,000 tourists ... have
// been rescued by sea", "Thousands of tourists and residents fleeing wildfires": a crowd moved
// out of harm's way is a happening of its own, though no other cue tells it ("may be evacuated"
// looks ahead, and is left alone).
const CROWD_EVACUATED = /\b(?:thousands|hundreds|dozens|scores|\d[\d,]*)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:people|persons|tourists|residents|locals|villagers|holidaymakers|families|inhabitants|visitors|individuals)\b[^.;]{0,60}?\b(?:(?:have|has|had)\s+been|were|was|are\s+being|is\s+being)\s+(?:\w+\s+)?(?:evacuated|rescued)\b|\b(?:thousands|hundreds|dozens|scores)\s+of\s+(?:[\w-]+\s+){0,2}?(?:people|tourists|residents|locals|villagers|holidaymakers|families|inhabitants)\s+(?:and\s+(?:[\w-]+\s+)?\w+\s+)?fleeing\b/i;
const STORM_BLOW = /\b(?:hurricane|cyclone|typhoon|storm)\b[^.;]{0,20}?\b(?:slammed|smashed|lashed|pounded)\b/i;
// A train, bus or plane that collided, rammed into or crashed into something, left its rails
// ("derailed near Malaga"), or hit another train or bus, no weapon named: an accident, which
// the vocabulary has no category for, so "other", or its toll when one is told ("hit the goods
// train" is no strike).
const CRASH = /\b(?:collided|rammed into|crashed|derailed|derailment)\b|\b(?:hit|struck|slammed into)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:train|bus|truck|lorry|car|tram)\b/i;
// "ran the ship aground to prevent it from sinking": a sinking averted is none.
const AVERTED = /\b(?:prevent|avoid|stop|keep)\w*\s+(?:(?:it|her|the\s+\w+)\s+(?:from\s+)?)?sinking\b/i;
const SANK = /\b(?:sank|sunk|sinking|capsi[sz](?:ed|ing)|went down|keeled over)\b/i;
// "It capsized near the port": only a boat capsizes, so the word needs no vessel named beside it.
const CAPSIZED = /\bcapsi[sz](?:ed|ing)\b/i;
const VESSEL_LOST = /\b(?:ferry|ferries|boats?|ships?|vessels?|launch|barge|tugboat|trawler|gulet|dinghy|canoe|KMP|MV)\b/i;
// "The Airbus A320 crashed": an airliner named by its maker and model is a plane (the maker
// alone, "shares of Airbus crashed", is not).
const VEHICLE = /\b(?:trains?|express|locomotives?|coach(?:es)?|bogies|buses|bus|trucks?|lorr(?:y|ies)|cars?|vehicles?|trams?|planes?|airliners?|ferry|ferries|(?:Airbus|Boeing|Embraer|Bombardier|ATR|Antonov|Tupolev|Ilyushin|Fokker|McDonnell Douglas)\s+[A-Z]{0,3}-?\d{2,4})\b/i;
// Armed men killing villagers or civilians: the vocabulary's one-sided violence.
const ARMED_MEN = /\b(?:gunmen|assailants|attackers|militants|jihadists|insurgents|armed (?:men|individuals|groups?))\b/i;
const GUNNED_CIVILIANS = /\b(machine-gunned|gunned down|mowed down|opened fire on|fired on)\b[^.;]{0,30}\b(?:civilians|villagers|residents|worshippers|worshipers|passengers|mourners|crowds?)\b/i;
const KILLED_CIVILIANS = /\b(?:killed|killing|massacred|slaughtered|executed)\b[^.;]{0,40}\b(?:civilians|villagers|residents|people|worshippers|women|children)\b/i;
// A bomb a person set off or left: a suicide bomber, an IED, a car bomb. The vocabulary's
// explosion (remote violence), even when a toll is told; a bomb dropped from the air is not one.
const PERSON_BOMB = /\bsuicide (?:bomb(?:er|ers|ing|ings|s)?|attack(?:er|ers)?|vests?|belts?)\b|\b(?:car|truck|roadside|vehicle|parcel)[- ]bombs?\b|\bIEDs?\b|\bimprovised explosive devices?\b|\bexplosive-laden\b|\bexplosive (?:belt|vest)s?\b|\bblew (?:himself|herself|themselves) up\b/i;
const FROM_AFAR = /\b(?:missiles?|rockets?|drones?|UAVs?|airstrikes?|air ?strikes?|air ?raids?|artillery|shell(?:ed|ing|s)?|mortars?|jets?|warplanes?|aircraft)\b/i;
// Armed men attacking, storming or raiding a post of the security forces (a prison, a police
// station, a base): a battle on the ground, as "troops repelled the attack" is. What they are
// "armed with" is their kit, not a weapon fired from afar.
const SECURITY_SITE = /\b(?:prisons?|jails?|jailbreaks?|prison ?breaks?|correctional (?:centre|center|facility|service)|custodial (?:centre|center)|police (?:stations?|posts?|headquarters)|checkpoints?|(?:military|army|air|naval) bases?|barracks|brigade|outposts?|garrisons?|(?:military|army|training) camps?|gendarmerie)\b/i;
// "explosions and gunshots were heard from the direction of the prison": blasts with gunfire
// at such a post are its attack too.
const ASSAULTED = /\b(?:attack(?:ed|s|ing)?|stormed|storming|raid(?:ed|s)?|overr[au]n|jailbreak|repell?(?:ed|ing)|gunshots|gunfire)\b/i;
const ARMED_WITH = /\barmed with\b[^.;]{0,60}?(?=\s(?:attacked|stormed|raided|launched|opened|overran)\b)/i;
const ATTACKERS = /\b(?:gunmen|assailants|militants|jihadists|insurgents|attackers|fighters|soldiers|troops)\b/i;

// People gone missing ("23 army personnel went missing", "a dozen people were missing at sea")
// and one body found ("A body was recovered near ...") are a toll as the dead are; pages or
// funds missing are not.
const MISSING = String.raw`(?:people|persons|personnel|soldiers|troops|climbers|hikers|passengers|fishermen|residents|villagers|workers|miners|children|others|crew|crew members|sailors|tourists|students|migrants|civilians|\d[\d,]*|dozens?|hundreds)\s+(?:[\w-]+\s+){0,3}?(?:went|are|were|was|is|remain(?:s|ed)?|still|reported|listed as|feared)\s+(?:still\s+)?missing`;
const ONE_BODY = String.raw`(?:a|one|another)\s+(?:[\w-]+\s+)?body\s+(?:was|has been|had been)\s+(?:recovered|found|pulled|retrieved)`;
// A toll told ("killed", "30 people have lost their lives"): the casualties cue, which the bomb
// and crash rules below read too. The classifier keeps its own list, not the shared one of
// words.ts: it asks what kind of happening a sentence tells, not whether it counts people, and
// "hurt" or "fatalities" read as a casualty cue put more sentences of a disaster's day apart
// from it (measured: dates right fell).
// "the corpses of two men lay face down": corpses are counted as bodies are.
// "The storm's human toll has risen to 11": a toll that has risen to a number is a count of the
// dead with no word of death.
const TOLL_RISEN = String.raw`toll\s+(?:has\s+|had\s+)?(?:risen|rose|climbed|jumped)\s+to\s+(?:at\s+least\s+)?\d[\d,]*`;
const TOLL = new RegExp(String.raw`\b(?:${TOLL_RISEN}|killed|killing|casualties|losses|dead|died|perished|wounded|wounding|injured|injuring|injuries|deaths|death toll|(?:death|body) count|shot dead|bodies|corpses?|lost\s+(?:their|his|her)\s+li(?:ves|fe)|${MISSING}|${ONE_BODY})\b`, 'i');

const FIELD_MEETING = /\bheld\s+(?:a|an)\s+(?:flag|border|field|commanders?'?)[- ](?:level\s+)?meetings?\s+with\s+(?:his|her|their|its)\s+counterparts?\b/i;

const CATEGORY_CUES: Array<[Category, RegExp]> = [
  ['agreement', /\b(?:agreement|treaty|pact|accord|partnership agreement|signed)\b/i],
  ['strike', /\b(?:strikes?|struck|airstrikes?|shelling|shelled|bombard\w*|bomb(?:ed|ing)|air ?raids?|raids?|missile attacks?|invaded|invasion|incursion|attack(?:s|ed|ing)?|assaults?(?! rifles?)|fighting|fought|battles?|clash(?:es|ed)?|combat|counter-?attack\w*|counter-?offensive|offensive|fired|firing|opened fire|targeted|targeting|hit|explosions?|exploded|projectiles?|rockets?|drones?|missiles?|repell?(?:ed|ing)|liberated|retaken|recaptured|reclaimed|captured|tear ?gas|water cannons?|rubber bullets|stun grenades?|incidents?|approached by|shootings?(?<=\b(?:a|an|the|this|that|mass|deadly|fatal|two|three|multiple|several)\s+(?:[\w-]+\s+)?shootings?)(?!\s+(?:schedules?|stars?|ranges?|seasons?|scripts?|guards?|sites?|scenes?|suspects?|victims?))|(?:active |lone )?shooters?)\b/i],
  ['casualties', TOLL],
  // "to train troops", "will train pilots": the verb; "a passenger train" is no training.
  ['training', /\b(?:training|trained|trainees|drills?|exercises)\b|\b(?:to|will|would|help|helps|helped|helping)\s+train\b|\btrain(?:s|ing)?\s+(?:\w+\s+)?(?:troops|soldiers|pilots|forces|personnel|recruits|fighters|officers|police)\b/i],
  ['movement', /\b(?:en route|moving|moved|toward|towards|transported|heading|relocat\w*|flights|arrived|arrives|arrival|reached|visit(?:s|ed|ing)?|trip|travell?ed|marched|withdr[ae]w\w*|pulled back|advanc(?:ed|ing))\b/i],
  ['deployment', /\b(?:deploy\w*|sent|send|sending|dispatch\w*|stationed|spotted|observed|seen|presence|batch|rushing|rushed)\b/i],
  ['intelligence', /\b(?:intelligence|briefed|shared)\b/i],
  // A meeting is a diplomatic event with a place, told as a statement of the parties.
  ['statement', MEETING],
];
// "Hit" for how hard a blow fell ("the worst-hit areas", "the town was badly hit"), or for
// what a storm or a slide threw ("hit by zinc sheeting blown off roofs", "hit when rocks swept
// down"): no strike of its own; a missile or a shell that hit still is one.
const HARM_HIT = /\b(?:(?:worst|hardest|badly|hard|severely)[- ]hit\b|hit\s+(?:by|when)\s+(?:[\w-]+\s+){0,3}?(?:sheeting|sheets|debris|trees?|branches|roofs?|rocks?|boulders?|mud|walls?|poles?)\b)/gi;
const INCIDENT = /\bincidents?\b/gi;
const HARD_STRIKE = /\b(?:strikes?|struck|airstrikes?|shell(?:ed|ing)|bombard\w*|missile attacks?)\b/i;
const SPEECH = /\b(?:said|says|warned|warns|announced|announces|stated|condemned|revealed|confirmed|declared|told|issued a warning)\b/i;
const ANALYSIS_SPEAKER = /\b(?:analysts?|experts?|ISW|Institute for the Study of War|specialist|colonel|attaché|researcher|professor|general)\b/i;
const ANALYSIS_CUE = /\b(?:believes?|suggests?|suggested|notes?|argues|anticipate|predict\w*|likely|could|might|assess\w*)\b/i;
// "which may have had aboard five times the passengers ... when it went down on Monday", "may
// have been killed": "may have had", "might have been" guess at what was, not what will be
// ("may have limited impact" still looks ahead).
const FUTURE = /\b(?:will|would|plans?|planned|is set to|are set to|intends?|expected to|preparing|prepare|may(?! have (?:been|had)\b)|might(?! have (?:been|had)\b)|could begin|to send|upcoming|next)\b/i;
// "Despite North Korea's denial, X reports..." is a report; the denial is a separate claim.
// "igniting an attack that would leave dozens of people dead": what a past deed went on to do,
// told from before it, is no forecast.
const OUTCOME_TOLD = /\b(?:that|which)\s+would\s+(?:go on to\s+|later\s+|eventually\s+)?(?:leave|kill|claim|become|prove)\b/gi;
const DENIED = /\b(?:denied|denies|unaware|rejected|dismissed)\b/i;
// The speaker's own verb denies: "X denied ...", "X denies ...".
const DENIAL_CUE = /\b(?:denied|denies|deny)\b/i;
const UNVERIFIED = /\b(?:unverified|unverifiable|unconfirmed|reportedly|allegedly|claimed)\b/i;

/** Whether the words tell a natural disaster's blow ("the volcano erupted", "made landfall", "the flood"). */
const STORM_PATH = /\b(?:moving|moved|moves|heading|headed|heads)\s+(?:inland|ashore|out to sea|(?:north|south|east|west)\w*)\b/i;

export const tellsHazard = (text: string): boolean => NATURAL.test(text) || HAZARD.test(text);
/** Whether a cue tells the harm done to what a place runs on: its power or lines lost, flooding reported. */
export const tellsOutage = (cue: string): boolean => OUTAGE.test(cue);

export interface Classified {
  category: Category;
  /** The words that decided it, for the report. */
  cue: string | undefined;
}

/**
 * "the ferry sank", "which went down in the strait", "the sinking of the ferry", "it capsized":
 * a vessel lost is an accident (its toll when one is told), not the voyage it was on; a sinking averted is none.
 */
function vesselLost(sentence: string): Classified | undefined {
  const sank = SANK.exec(sentence);
  if (!sank || !(VESSEL_LOST.test(sentence) || CAPSIZED.test(sentence)) || AVERTED.test(sentence) || LAUNCHED.test(sentence) || ATTACKERS.test(sentence) || MINE.test(sentence)) return undefined;
  const toll = TOLL.exec(sentence);
  return toll ? { category: 'casualties', cue: toll[0] } : { category: 'other', cue: sank[0] };
}

/** The event category of a sentence: the first cue found in order of specificity. */
export function categorize(sentence: string, attribution: AttributionMention | undefined, storms?: RegExp): Classified {
  // "For Japan, the deployment is a warning": a party's view of an event is a statement.
  if (attribution?.cue === 'for') {
    const binding = CATEGORY_CUES.slice(0, 2).find(([, re]) => re.test(sentence));
    return binding ? { category: binding[0], cue: binding[1].exec(sentence)?.[0] } : { category: 'statement', cue: 'for' };
  }
  // "Russia denies targeting civilians", "X has denied its forces hit the theater": a denial
  // is a claim on the happening, never the happening itself.
  if (attribution && DENIAL_CUE.test(attribution.cue)) return { category: 'statement', cue: attribution.cue };
  const isAnalysis = attribution !== undefined && ANALYSIS_SPEAKER.test(attribution.speaker) && ANALYSIS_CUE.test(sentence);
  // "the local commander held a flag meeting with his counterpart": commanders meeting in the
  // field, across a front or a border, after a clash: a happening on the ground of its own.
  const fieldMeeting = FIELD_MEETING.exec(sentence);
  if (fieldMeeting) return { category: 'movement', cue: fieldMeeting[0] };
  const seize = SEIZE.exec(sentence) ?? BOARDED.exec(sentence);
  if (seize && VESSEL.test(sentence)) return { category: 'other', cue: seize[0] };
  const protest = PROTEST.exec(sentence);
  if (protest && !HARD_STRIKE.test(sentence)) return { category: 'protest', cue: protest[0] };
  const labour = sentence.match(LABOUR_STRIKE);
  if (labour && !HARD_STRIKE.test(sentence.replace(LABOUR_STRIKE, ''))) return { category: 'protest', cue: labour[0] };
  const handover = HANDOVER.exec(sentence);
  if (handover && !THREAT.test(sentence)) return { category: 'other', cue: handover[0] };
  // "said intense fighting would resume unless the hostages were handed over": a threat, told.
  // "Hamas threatened to delay the hostage release": a threat is a statement of intent.
  const threat = /\bthreaten(?:ed|s|ing)? to\b/i.exec(sentence);
  if (threat) return { category: 'statement', cue: threat[0] };
  const said = SPEECH.exec(sentence);
  if (said && CONDITIONAL.test(sentence)) return { category: 'statement', cue: said[0] };
  // "deployed F-16 fighter jets, which ... had destroyed a Cambodian brigade": a weapon that
  // destroyed something struck it. (Houses a flood destroyed are no strike.)
  const destroyed = DESTROYED.exec(sentence);
  if (destroyed && WEAPON.test(sentence)) return { category: 'strike', cue: destroyed[0] };
  const killed = KILLED_CIVILIANS.exec(sentence);
  if (killed && ARMED_MEN.test(sentence) && !HEAVY_WEAPON.test(sentence) && !/\b(?:soldiers|troops|police(?:men)?|officers)\b/i.test(sentence)) return { category: 'violence-against-civilians', cue: killed[0] };
  // "dozens of men on motorcycles machine-gunned these civilians": gunfire turned on
  // civilians is one-sided violence, whoever fired.
  const gunned = GUNNED_CIVILIANS.exec(sentence);
  if (gunned && !HEAVY_WEAPON.test(sentence)) return { category: 'violence-against-civilians', cue: gunned[1] ?? gunned[0] };
  const bomb = PERSON_BOMB.exec(sentence);
  // "a suicide bomber entered the hotel and started shooting": the bomb must go off, or kill.
  if (bomb && !FROM_AFAR.test(sentence) && (BLAST.test(sentence) || TOLL.test(sentence) || /\battack/i.test(sentence))) return { category: 'explosion', cue: bomb[0] };
  const assaulted = ASSAULTED.exec(sentence);
  if (assaulted && SECURITY_SITE.test(sentence) && !FROM_AFAR.test(sentence.replace(ARMED_WITH, ''))) return { category: 'ground-fighting', cue: assaulted[0] };
  const mine = MINE.exec(sentence);
  if (mine && !/\b(?:missiles?|rockets?|drones?|airstrikes?)\b/i.test(sentence)) return { category: 'explosion', cue: mine[0] };
  const blast = BLAST.exec(sentence);
  if (blast && !NEAR_MISS.test(sentence) && !LAUNCHED.test(sentence) && !MILITARY.test(sentence) && !ATTACKERS.test(sentence) && !HAZARD.test(sentence)) return { category: 'explosion', cue: blast[0] };
  const riot = RIOT.exec(sentence);
  if (riot && !HARD_STRIKE.test(sentence) && !ATTACKERS.test(sentence)) return { category: 'riot', cue: riot[0] };
  const protested = PROTESTED.exec(sentence);
  if (protested && !HARD_STRIKE.test(sentence) && !ATTACKERS.test(sentence)) return { category: 'protest', cue: protested[0] };
  const ground = GROUND.exec(sentence);
  if (ground && !HEAVY.test(sentence)) return { category: 'ground-fighting', cue: ground[0] };
  const crash = CRASH.exec(sentence);
  if (crash && VEHICLE.test(sentence) && !LAUNCHED.test(sentence) && !ATTACKERS.test(sentence) && !MILITARY.test(sentence) && !BLAST.test(sentence)) {
    const toll = TOLL.exec(sentence);
    return toll ? { category: 'casualties', cue: toll[0] } : { category: 'other', cue: crash[0] };
  }
  // "Two dams collapsed, sending water through the valley": the disaster, not a deployment.
  const natural = NATURAL.exec(sentence) ?? CROWD_EVACUATED.exec(sentence) ?? (TOLL.test(sentence) || /\blives\b/i.test(sentence) ? null : STORM_BLOW.exec(sentence));
  if (natural && !CATEGORY_CUES.slice(0, 3).some(([, re]) => re.test(sentence))) return { category: 'other', cue: natural[0] };
  // The harm a blow did, told with no other cue ("was among the hardest hit by winds").
  let harm: string | undefined;
  for (const [category, re] of CATEGORY_CUES) {
    const m = re.exec(sentence);
    if (!m) continue;
    // "X warned that North Korea may deploy": a statement about a possibility, not a deployment.
    if ((category === 'deployment' || category === 'intelligence') && SPEECH.test(sentence) && /\b(?:may|might|could|would)\b/i.test(sentence)) {
      return { category: 'statement', cue: SPEECH.exec(sentence)?.[0] };
    }
    // "An earthquake struck the area": a natural hazard's blow is its toll, never a strike.
    // "The tragedy struck Wayanad": a disaster no weapon or attacker is named for is a hazard's.
    // "when Gabrielle hit", in an article that has named Cyclone Gabrielle: the storm by its name.
    const hazard = category === 'strike' && !MILITARY.test(sentence) ? HAZARD.exec(sentence) ?? (LAUNCHED.test(sentence) || ATTACKERS.test(sentence) ? null : DISASTER.exec(sentence) ?? storms?.exec(sentence) ?? null) : null;
    if (hazard) return { category: 'casualties', cue: hazard[0] };
    // "30 people lost their lives in today's incident, while 60 got injured": "incident" says
    // nothing of what happened; told with a toll and no other cue of a blow, it is the toll.
    if (category === 'strike' && !re.test(sentence.replace(INCIDENT, ''))) {
      const toll = TOLL.exec(sentence);
      if (toll) return { category: 'casualties', cue: toll[0] };
    }
    if (category === 'strike' && !re.test(sentence.replace(HARM_HIT, ''))) {
      harm = sentence.match(HARM_HIT)?.[0];
      continue;
    }
    // "caused widespread flooding around the port before moving inland": a storm's path, told
    // with the harm it did, is that harm, not a movement.
    const path = category === 'movement' ? STORM_PATH.exec(sentence) : null;
    if (path && HAZARD.test(sentence)) return { category: 'other', cue: HAZARD.exec(sentence)?.[0] };
    // "sank 30 minutes after departing from the port": the vessel lost, not its voyage.
    const lost = category === 'movement' ? vesselLost(sentence) : undefined;
    if (lost) return lost;
    // An analyst's view of an offensive is analysis; a strike the analyst reports stays a strike.
    if (isAnalysis && category !== 'agreement' && !(category === 'strike' && HARD_STRIKE.test(sentence))) return { category: 'analysis', cue: attribution?.cue };
    return { category, cue: m[0] };
  }
  if (isAnalysis) return { category: 'analysis', cue: attribution?.cue };
  if (harm) return { category: 'other', cue: harm };
  const lost = vesselLost(sentence);
  if (lost) return lost;
  const fire = FIRE.exec(sentence);
  if (fire) return { category: 'other', cue: fire[0] };
  const fell = FELL_DOWN.exec(sentence);
  if (fell) return { category: 'other', cue: fell[0] };
  const ousted = OUSTED.exec(sentence);
  if (ousted && !NOT_OUSTED.test(sentence)) return { category: 'other', cue: ousted[0] };
  const massacre = MASSACRE.exec(sentence);
  if (massacre) return { category: 'violence-against-civilians', cue: massacre[0] };
  const damage = DAMAGE.exec(sentence) ?? OUTAGE.exec(sentence);
  if (damage) return { category: 'other', cue: damage[0] };
  const rescue = RESCUE_WORK.exec(sentence);
  if (rescue && RESCUE_SITE.test(sentence)) return { category: 'other', cue: rescue[0] };
  // "Officials launched a rescue and relief operation": rescue work set going answers the
  // happening even with no site named; it is placed where the story is.
  const launched = RESCUE_LAUNCHED.exec(sentence);
  if (launched) return { category: 'other', cue: launched[0] };
  const speech = SPEECH.exec(sentence);
  if (speech) return { category: 'statement', cue: speech[0] };
  return { category: 'statement', cue: undefined };
}

/**
 * The claim's status: denied, forecast (a plan, or a date after publication), analysis (an
 * expert's view), unverified (the text says so), else reported.
 */
export function statusOf(sentence: string, date: DateMention | undefined, publishedEnd: string, category: Category): ClaimStatus {
  if (DENIED.test(sentence)) return 'denied';
  if ((date && date.from > publishedEnd) || FUTURE.test(sentence.replace(OUTCOME_TOLD, ''))) return 'forecast';
  if (category === 'analysis') return 'analysis';
  if (UNVERIFIED.test(sentence)) return 'unverified';
  return 'reported';
}
