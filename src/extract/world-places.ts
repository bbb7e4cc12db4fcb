/**
 * Places the project gazetteer lacks, looked up in the world gazetteer: seas and straits,
 * countries, first-level regions ("the Kursk region", "Hodeidah province") and populated
 * places down to villages. A capitalised name is taken for a place only with evidence:
 *
 * - a body of water, a country or a region phrase always;
 * - a town or village when a locative word or place noun introduces it ("in", "near", "off",
 *   "the village of", "km south of"), when it lies in a country the article names (an article
 *   about Yemen that says "Hodeidah"), or when it is a city of 100,000+ people;
 * - among places sharing a name, the one in a country the article names, then the one nearest
 *   the places already found in the article, then the most populous.
 */
import type { Place } from '../domain/types';
import { disputedMentions } from './disputed-regions';
import { COAST_SIDE_AFTER, COAST_SIDE_BEFORE, countrySide, SIDE_BEARING, sideOf } from './country-side';
import { distanceKm } from './geo';
import { nameKey } from './name-index';
import { namedLists } from './place-phrases';
import type { PlaceMention } from './types';
import type { WorldArea, WorldGazetteer } from './world-gazetteer';
import { areaPlace, cityPlace, farNamesake, pickCity, slug, type ArticleContext } from './article-context';
import { placesThere, qualifierAfter, qualifierPlace } from './qualified-place';
import { bannerPlace } from './county-units';
import { outsideNamedRegions, regionOverTown, regionsHoldingTowns } from './shared-region';
import { namesStateAbbreviated } from './state-abbreviation';

export { emptyContext, pickCity, slug, type ArticleContext } from './article-context';
export { articlePersons } from './name-words';
import { FUNCTION_WORD, NOT_PLACES } from './name-words';
import { WEEKDAY_NAMES } from './calendar';

const WEEKDAY_AFTER = new RegExp(`^(?:${WEEKDAY_NAMES})$`);

// "on the streets of the capital Nouméa", "the Greek capital Athens": a name right after "the
// capital", with no comma, is the capital's.
export const LOCATIVE_BEFORE =
  /(?:^|[\s(,])(?:the\s+(?:\p{Lu}[\p{L}'’-]*\s+)?capital(?:\s+city)?|in|at|near|to|from|toward|towards|into|outside|around|via|across|inside|within|off|over|on|nearby|between|(?:the\s+)?(?:outskirts|coast|centre|center|city|town|village|villages|settlement|settlements|port|port city|border town|district|area|province|region|suburb|territory)\s+of)\s+(?:the\s+)?$/iu;
const REPUBLIC_OF = /(?:Democratic\s+)?(?:People's\s+)?Republic\s+of\s+(?:the\s+)?$/;
const REGION_OF_BEFORE = /\b(?:province|region|governorate|oblast|prefecture|state)\s+of\s+(?:the\s+)?$/i;
const PLACE_NOUN_BEFORE = /(?:city|town|village|villages|settlement|settlements|port|district|suburb|capital)\s+of\s+(?:the\s+)?$/i;
const TOWN_NOUN_AFTER = /^\s+(?:city|town|village)\b/;
export const REGION_SUFFIX = /^[\s-]+(region|oblast|province|governorate|department|district|area|territory|krai|republic|county|prefecture|[Ss]tate(?!\s+(?:of|media|television|TV|news|agency|department|house|council|government|assembly|security|police|broadcaster)\b))\b/i;
// "Kharkiv Mayor", "Dhaka University campus", "Kalpetta Assembly constituency": a place name
// before a noun of that place, or a word or two before one ("Dhaka Medical College Hospital").
const PLACE_COMPOUND = /^\s+(?:(?:\p{Lu}\p{Ll}+\s+){1,2}(?:Hospital|University|College)\b|(?:Industrial|Chemical|Science|Technology|Economic)\s+(?:Park|Zone|Estate)\b|Mayor|Governor|University|(?:International\s+)?Airport|Port|Harbor|Harbour|City|Regional|Oblast|Region|Province|Governorate|District|Square|Street|Avenue|Hospital|Park|State|(?:(?:Legislative\s+)?Assembly\s+|Lok\s+Sabha\s+|Parliamentary\s+)?[Cc]onstituency)\b/u;

// A country of less land than this (a circle of radius 98 km) holds no district 40 km wide:
// Kuwait, Qatar, Lebanon, Israel.
const SMALL_COUNTRY_KM2 = 30_000;

// " village in Bokkos LGA", ", in Kalpetta district": the local unit (below a region) holding a
// place, named after its seat; how far from that seat a place of the unit may lie.
const LOCAL_UNIT_AFTER = /^(?:\s+(?:village|town|community|settlement))?,?\s+in\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]*)?)\s+(LGA|Local Government Area|local government area|district|District|county|County|municipality|Municipality|township|Township|tehsil|upazila)\b/u;
const LOCAL_UNIT_KM = 40;

const UNIT_AFTER = /^\s+(?:(?:Legislative\s+)?Assembly\s+|Lok\s+Sabha\s+|Parliamentary\s+)?[Cc]onstituency\b/;

const APPOSED = /\p{Lu}[\p{L}'’-]*,\s*$/u;
const APPOSED_NAME = /(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*,\s*$/u;

// "a bomb planted by IS", "the UN said": two capitals alone are an acronym.
const ACRONYM = /^\p{Lu}{2}$/u;
const INITIALS = /^\p{Lu}{2,6}$/u;
// "the Gaza war", "Moscow time", "the Minsk agreements": the name qualifies something else.
const MEDIUM_AFTER = /^\s+(?:news agency|news service|agency|television|TV|radio|broadcaster|newspaper|daily)\b/i;
// "the Manhattan housing complex", "the Azure Skies complex": a building named after a place is no place.
const BUILDING_AFTER = /^\s+(?:(?:housing|residential|apartment|shopping)\s+)?(?:complex|high-rise|mall)\b/i;

export const ATTRIBUTIVE = /^(?:war|wars|conflict|crisis|time|talks|summit|agreements?|accords?|process|deal|format|regime|government|authorities|protocol|declaration|group)$/i;

// "Mobile phone video released by ... shows", "Split decision": a capitalised word opening a
// sentence, before a lower-case word that is no verb, modifies that noun; a city is named there
// before its verb ("Mobile was hit").
const SENTENCE_OPENING = /(?:^|[.!?]["”’]?\s+|\n\s*)["“]?$/;
const COMPOUND_PREPOSITION_AFTER = /^\s+(?:with|from)\s/;
const VERB_AFTER = /^(?:is|was|were|are|be|been|has|have|had|will|would|could|can|may|might|must|should|shall|did|does|do|said|told|saw|became|remains|lies|sits|\p{Ll}+ed|\p{Ll}+s)$/u;

const SPEECH_VERB = /^(?:said|says|told|tells|announced|added|stated|warned|claimed|reported|confirmed|believes|noted|wrote|insisted|denied)$/;
const introduced0 = (before: string): boolean => LOCATIVE_BEFORE.test(before);

// "East Beirut", "Central Jakarta": the compass words that name a part of a city.
const COMPASS = 'North|South|East|West|Central';
const CITY_PART_COMPASS = new RegExp(`^(?:${COMPASS})$`);
const ACCORDING_TO_BEFORE = /\baccording\s+to\s+$/i;
const THE_BEFORE = /\bthe\s+$/i;
// "the Dali cargo vessel": a name before a vessel noun is the ship's, not a town's.
const VESSEL_AFTER = /^\s+(?:(?:cargo|container|cruise|passenger|oil|fishing)\s+)?(?:ship|vessel|tanker|freighter|trawler)\b/i;
// "the Singapore-flagged vessel": where a ship is registered.
const FLAG_AFTER = /^-(?:flagged|registered)\b/i;
// "bound for Sri Lanka": where a voyage was going.
// "on route to Nairobi", "on a flight to Nairobi", a plane "carrying passengers from Addis Ababa
// to Nairobi": a flight's destination likewise.
const DESTINATION_BEFORE = /\b(?:(?:bound|headed|destined)\s+for|(?:en|on)\s+route\s+to|flight\s+to)\s+$/i;
const FLIGHT_FROM_TO_BEFORE = /\b(?:flight|plane|aircraft|airliner|jet)\b[^.;]*?\bfrom\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}to\s+$/u;
// "had been en route from Barcelona, Spain to Düsseldorf, Germany", "flight 9525 from
// Barcelona to Düsseldorf": a craft's route, each end with the country written after it, is
// where it came from and was going, never where it crashed. The start of a route is known by
// the "to" and a name after it.
const ROUTE_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}`;
const ROUTE_LEAD = String.raw`\b(?:[Ff]light|plane|aircraft|airliner|jet|helicopter|A\d{3}|en\s+route|on\s+(?:its|their)\s+way)\b[^.;]*?\bfrom\s+`;
const ROUTE_END_BEFORE = new RegExp(String.raw`${ROUTE_LEAD}${ROUTE_NAME}(?:,\s+${ROUTE_NAME})?\s+to\s+(?:${ROUTE_NAME},\s+)?$`, 'u');
const ROUTE_START_BEFORE = new RegExp(String.raw`${ROUTE_LEAD}(?:${ROUTE_NAME},\s+)?$`, 'u');
const ROUTE_START_AFTER = new RegExp(String.raw`^(?:,\s+${ROUTE_NAME})?\s+to\s+\p{Lu}`, 'u');
const onRoute = (before: string, after: string): boolean =>
  ROUTE_END_BEFORE.test(before) || (ROUTE_START_BEFORE.test(before) && ROUTE_START_AFTER.test(after));
// "a Boeing returning from Thailand's Bangkok": where a journey began, not where what befell
// it happened.
const ORIGIN_BEFORE = /\b(?:returning|flying|arriving|travell?ing|departing|departed|sailing|took\s+off|taking\s+off|en\s+route)\s+from\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*['’]s\s+)?$/u;
// "from 10 countries stretching from the United States to Indonesia": either end of a span
// says how far something reaches, not where it is.
const SPAN_END_BEFORE = /\b(?:stretching|ranging|spanning|extending)\s+from\s+(?:the\s+)?(?:[^.;:!?]{1,60}?\s+to\s+(?:the\s+)?)?$/u;
// "in the French Alps", "across the southern Swiss Alps": a country's adjective, after a
// locative and "the", before a name in the plural (a range, an island group).
// "the Ukrainian city of Vinnitsa": a town named after its country's adjective and a town noun.
const COUNTRY_TOWN_BEFORE = /\bthe\s+(\p{Lu}[\p{L}'’-]+)\s+(?:city|town|village|port|capital|settlement)\s+of\s+$/u;
const RANGE_BEFORE = /\b(?:in|into|over|across|on|near|through)\s+the\s+(?:(?:southern|northern|eastern|western|central)\s+)?$/i;
const RANGE_AFTER = /^\s+\p{Lu}\p{Ll}+s(?![\p{L}'’-])/u;
// "stormed Brazil's Congress", "invaded the country's presidential palace": a country's
// legislature, high court or presidential palace sits in its capital, and storming it happens there.
const STORMED_BEFORE = /\b(?:stormed|storming|storm|invaded|invading|ransacked|breached|besieged|overran|attacked)\s+$/i;
const SEAT_OF_POWER_AFTER = /^['’]s\s+(?:national\s+)?(?:Congress|[Pp]arliament|National Assembly|Supreme Court|[Pp]residential [Pp]alace|Capitol)\b/;
// "an eruption that ... shut down Manila's international airport": a town named only as the
// owner of the airport a happening shut is where its effect was felt, not where it happened.
const SHUT_BEFORE = /\b(?:shut(?:ting)?(?:\s+down)?|shuts(?:\s+down)?|closed?|closing|closes)\s+$/i;
const OWN_AIRPORT_AFTER = /^['’]s\s+(?:(?:main|international|domestic)\s+)?airports?\b/i;
const INTERNATIONAL_AIRPORT_AFTER = /^\s+International\s+Airport\b/;
// "Manila international airport has suspended flights": a name before "airport", in capitals
// or not, is the town the airport serves, not a word qualifying the noun.
const AIRPORT_AFTER = /^\s+(?:[Ii]nternational\s+)?[Aa]irport\b/;
// "the Port of Baltimore", "the Gulf of Aden": a single capitalised word before "of" and a
// name heads a longer name; the place is the name after "of".
const HEAD_OF_AFTER = /^\s+of\s+(?:the\s+)?\p{Lu}/u;
const COMPASS_PART_BEFORE = new RegExp(`\\s(?:${COMPASS})\\s+$`);
const SIDE_BEFORE = new RegExp(`(${['central', ...Object.keys(SIDE_BEARING)].join('|')})\\s+$`, 'i');

// "el-Fasher", "al-Hudaydah": an Arabic article written in lower case still opens the name;
// "Lanao del Sur", "Mar del Plata", "Rio Grande do Sul": a lower-case joining word keeps the
// name whole. "eThekwini", "uMzinyathi": a lower-case prefix before the capital, as southern
// African names are written, opens the name too. "Port-au-Prince", "Port-en-Bessin",
// "Châlons-en-Champagne": a particle written only between hyphens joins the name likewise.
const NAME = /(?<![\p{L}\p{N}'’-])((?:(?:al|el|ad|an|ar|as|ash|at|az)-|[a-z](?=\p{Lu}\p{Ll}))?\p{Lu}[\p{L}'’.]*(?:(?:-(?:au|aux|en|sous|lès|les|des)-|(?:\s+|-)(?:(?:al|el|ad|an|ar|as|ash|at|az|de|del|della|da|do|dos|das|la|le|du|di|upon|am|on|sur|nad)(?:\s+|-))?)\p{Lu}[\p{L}'’]*){0,3})/gu;

/**
 * World-gazetteer places named in `text` (starting at `offset` in the file), skipping spans
 * `taken` by the project gazetteer.
 */
export function worldMentions(text: string, offset: number, world: WorldGazetteer, ctx: ArticleContext, taken: readonly PlaceMention[], idTaken: (id: string) => boolean): PlaceMention[] {
  const found: PlaceMention[] = [...waterMentions(text, offset, world), ...disputed(text, offset)].filter((w) => !taken.some((t) => w.start < t.end && t.start < w.end));
  // A name in "the villages of A, B and C" is introduced as a place by the list.
  const listed = namedLists(text, offset).flatMap((l) => l.names);
  NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME.exec(text)) !== null) {
    let whole = m[1] ?? '';
    // "Congo's North Kivu province": a possessive ends one name; the next starts after it.
    const possessive = /['’]s(?=\s)/.exec(whole);
    if (possessive) {
      whole = whole.slice(0, possessive.index + 2);
      NAME.lastIndex = m.index + whole.length;
    }
    // "the oil tanker Aris 13": a ship's name is no place, whatever town bears it.
    const at = m.index;
    if ([...(ctx.vessels ?? [])].some((v) => text.startsWith(v, at))) {
      NAME.lastIndex = m.index + whole.length;
      continue;
    }
    const words = whole.split(/(?<=\S)(?=\s)/);
    // "In Astana, ...": a capitalised function word opening the sentence is not part of the name.
    if (words.length > 1 && FUNCTION_WORD.test((words[0] ?? '').trim())) {
      NAME.lastIndex = m.index + (words[0] ?? '').length;
      continue;
    }
    for (let n = words.length; n >= 1; n--) {
      const raw = words.slice(0, n).join('').replace(/['’]s$|[.]$/, '');
      const name = raw.trim();
      const start = offset + m.index;
      const end = start + name.length;
      if (taken.some((t) => start < t.end && t.start < end) || found.some((f) => start < f.end && f.start < end)) break;
      // "a hospital in East Beirut", "North Beirut": a compass word before a name the gazetteer
      // does not hold whole names a part of the place after it; read on from that name.
      if (n === 1 && words.length > 1 && CITY_PART_COMPASS.test(name)) {
        NAME.lastIndex = m.index + (words[0] ?? '').length;
        break;
      }
      if (NOT_PLACES.has(nameKey(name)) && n === 1) break;
      // "a bomb planted by IS", "the UN said": two capitals alone are an acronym, not a town so named.
      if (n === 1 && ACRONYM.test(name)) break;
      // "the police's elite Special Task Force (STF)": capitals alone in brackets are the
      // initials of the name before them, not a town that has them as an alternate name.
      if (n === 1 && INITIALS.test(name) && text[m.index - 1] === '(' && text[m.index + name.length] === ')') break;
      // "in East Beirut": the part's compass word stands between the city and its preposition.
      const before = wordsBefore(text, m.index).replace(COMPASS_PART_BEFORE, ' ');
      const after = text.slice(m.index + name.length);
      // "Fars news agency", "Kyiv Independent TV": a medium named after a place is no place.
      if (MEDIUM_AFTER.test(after) || BUILDING_AFTER.test(after)) break;
      // "the Singapore-flagged container vessel": a ship's flag is where it is registered, not
      // where anything happens.
      if (FLAG_AFTER.test(after)) break;
      // "heading out of the harbor bound for Sri Lanka": a voyage's destination is where it
      // was going, not where it happened.
      if (DESTINATION_BEFORE.test(before) || FLIGHT_FROM_TO_BEFORE.test(before)) break;
      // "en route from Barcelona, Spain to Düsseldorf, Germany": neither end of a craft's route.
      if (onRoute(before, after)) break;
      // "returning from Bangkok": where a journey began is no place of what happened on it.
      if (ORIGIN_BEFORE.test(before)) break;
      // "shut down Manila's international airport": a town named for the airport a happening shut.
      if (SHUT_BEFORE.test(before) && OWN_AIRPORT_AFTER.test(after)) break;
      const mention = (place: Place, e = end, autoText = name): PlaceMention => ({
        start, end: e, text: text.slice(start - offset, e - offset) || autoText, place, autoGeocoded: true,
        locative: LOCATIVE_BEFORE.test(before), from: false,
      });
      const banner = bannerPlace(name, world, ctx, idTaken);
      if (banner) { found.push({ ...mention(banner), locative: true }); break; }
      const water = world.water(name);
      if (water) {
        if (ISLAND_OF_AFTER.test(after)) break;
        found.push(mention(areaPlace(water, slug(water.name))));
        break;
      }
      // "the East Java district of Lumajang": a unit followed by "of" and a name that is no
      // country is the unit of that name, the words before it only the wider area it lies in.
      const suffix = REGION_SUFFIX.exec(after);
      if (unitOfLaterName(suffix, after, world)) break;
      if (suffix) {
        const region = /region|oblast|province|governorate|department|krai|republic|prefecture|territory|state/i.test(suffix[1] ?? '') ? world.region(name, ctx.countries) ?? world.regionNamed(name, ctx.countries) ?? joinedRegion(name, world, ctx) : undefined;
        const e = end + suffix[0].length;
        if (region) {
          found.push({ ...mention(areaPlace(region, `${slug(name)}-${slug(suffix[1] ?? 'region')}`), e), locative: true });
          break;
        }
        // "the Koshi province" in a story on Nepal: not around a town of that name in Japan.
        const seat = pickCity(world.cities(name), ctx);
        if (seat && !farNamesake(seat, ctx, world) && !outsideNamedRegions(seat, ctx)) {
          // "the Mangaf area", "the southern Salmiya district of Kuwait": an area named after a
          // town is that town (an "area" is no unit of government), and so is a district in a
          // country too small for a district 40 km wide (a quarter of a city there); where
          // districts are units ("Poonch district" in India) the guess around the seat stands.
          const unit = (suffix[1] ?? '').toLowerCase();
          const small = (world.countryCode(seat.country)?.areaKm2 ?? Infinity) < SMALL_COUNTRY_KM2;
          if ((unit === 'area' || (unit === 'district' && small)) && !/^PPLA|^PPLC/.test(seat.featureCode)) {
            found.push({ ...mention(cityPlace(seat, idTaken), e), locative: true });
            break;
          }
          // A district or area named after its seat: around the seat, radius a guess.
          const around: Place = { ...cityPlace(seat, idTaken), id: `${slug(name)}-${slug(suffix[1] ?? 'area')}`, name: `${name}${suffix[0]}`.trim(), kind: 'region', radiusKm: 40, note: `auto-geocoded: the ${suffix[1]} around ${seat.name} (${seat.country}), radius a guess of 40 km` };
          found.push({ ...mention(around, e), locative: true });
          break;
        }
      }
      // "the eastern province of Nuristan": the region of that name (or seated at that town).
      if (REGION_OF_BEFORE.test(before)) {
        const region = world.regionNamed(name, ctx.countries) ?? world.region(name, ctx.countries);
        if (region) {
          found.push({ ...mention(areaPlace(region, `${slug(name)}-region`)), locative: true });
          break;
        }
      }
      // "the Democratic Republic of Congo": the words before the name are part of the country's.
      const ofRepublic = REPUBLIC_OF.exec(before)?.[0] ?? '';
      // "eastern Congo" in a story whose other names are the Democratic Republic of the Congo's
      // ("Congolese", "North Kivu"): a bare spelling that ends another country's name is that
      // country when the article names it and not the one the spelling is its own.
      const namesake = ofRepublic ? undefined : world.namesakeCountry(name);
      const bare = (ofRepublic ? world.country(`${ofRepublic}${name}`) : undefined) ?? world.country(name);
      const country = bare && namesake && ctx.countries.has(namesake.country) && !ctx.countries.has(bare.country) ? namesake : bare;
      if (country && ofRepublic && world.country(`${ofRepublic}${name}`)) {
        found.push({ ...mention(areaPlace(country, slug(country.name))), start: start - ofRepublic.length, text: `${ofRepublic}${name}` });
        break;
      }
      if (country) {
        const side = SIDE_BEFORE.exec(before);
        if (side) {
          // "southern Lebanon": that part of the country.
          const part = countrySide(country, (side[1] ?? '').toLowerCase(), world);
          found.push({ ...mention(part), start: start - side[0].length, text: `${side[0]}${name}`.trim(), locative: LOCATIVE_BEFORE.test(before.slice(0, before.length - side[0].length)) });
          break;
        }
        // "off the north coast of Mozambique": that side of the country too; not "the west
        // coast of Tonga’s main island", the coast of what the country's name goes on to own.
        const coastBefore = COAST_SIDE_BEFORE.exec(before);
        if (coastBefore && !/^['’]s\s/.test(after)) {
          const part = countrySide(country, sideOf(coastBefore[1] ?? ''), world);
          found.push({ ...mention(part), start: start - coastBefore[0].length, text: `${coastBefore[0]}${name}`, locative: LOCATIVE_BEFORE.test(before.slice(0, before.length - coastBefore[0].length)) || /\boff\s+$/i.test(before.slice(0, before.length - coastBefore[0].length)) });
          break;
        }
        // "off Somalia's northern coast": that side of the country, whose coast it is.
        const coast = COAST_SIDE_AFTER.exec(after);
        if (coast) {
          found.push({ ...mention(countrySide(country, (coast[1] ?? '').toLowerCase(), world), end + coast[0].length), text: `${name}${coast[0]}` });
          break;
        }
        // "stormed Brazil's Congress": the country's seat of power, stormed, is its capital.
        const seat = STORMED_BEFORE.test(before) && SEAT_OF_POWER_AFTER.test(after) ? world.capital(country.country) : undefined;
        if (seat) {
          found.push({ ...mention(cityPlace(seat, idTaken)), locative: true });
          break;
        }
        found.push(mention(areaPlace(country, slug(country.name))));
        break;
      }
      // "crashed in the French Alps", "in the southern Swiss Alps": a range or island group
      // named with a country's adjective lies in that country, where the text puts it.
      const adjective = world.demonym(name);
      const range = adjective && RANGE_BEFORE.test(before) ? RANGE_AFTER.exec(after) : null;
      if (adjective && range) {
        found.push({ ...mention(areaPlace(adjective, slug(adjective.name)), end + range[0].length, `${name}${range[0]}`), locative: true });
        break;
      }
      if (adjective) break; // an adjective ("Yemeni") is no place
      let cities = world.cities(name);
      // "the Ukrainian city of Vinnitsa": only a town of that name in that country; with none
      // there (a spelling the gazetteer lacks), the country the text puts it in, not a namesake abroad.
      const home = countryOfTown(before, world);
      if (home) {
        cities = cities.filter((c) => c.country === home.country);
        if (cities.length === 0 && n > 1) continue;
        if (cities.length === 0) {
          found.push({ ...mention(areaPlace(home, slug(home.name))), locative: true });
          break;
        }
      }
      // "Mushu village in Bokkos LGA": a village named with the local unit that holds it is in
      // that unit, around the town the unit is named after; a namesake far from it is another
      // place, and with none near, the unit itself is where the text puts it.
      const unit = LOCAL_UNIT_AFTER.exec(after);
      const seat = unit ? pickCity(world.cities(unit[1] ?? ''), ctx) : undefined;
      if (unit && seat && (LOCATIVE_BEFORE.test(before) || PLACE_NOUN_BEFORE.test(before) || /^\s+\p{Ll}/u.test(after))) {
        const near = cities.filter((c) => distanceKm([c.lon, c.lat], [seat.lon, seat.lat]) <= LOCAL_UNIT_KM);
        if (near.length === 0) {
          const around: Place = { ...cityPlace(seat, idTaken), id: `${slug(name)}-${slug(seat.name)}`, name: `${name}, ${seat.name} ${unit[2]}`, kind: 'region', radiusKm: LOCAL_UNIT_KM, note: `auto-geocoded: ${name} not found in the gazetteer near ${seat.name} (${seat.country}), the seat of the ${unit[2]} named with it; radius a guess of ${LOCAL_UNIT_KM} km` };
          found.push({ ...mention(around, end + unit[0].length), locative: true });
          break;
        }
        cities = near;
      }
      // "the town of Tempe in central Greece": only a Tempe there, else central Greece itself.
      const q = qualifierAfter(after, world);
      if (q) {
        const there = placesThere(cities, q);
        const named = LOCATIVE_BEFORE.test(before) || PLACE_NOUN_BEFORE.test(before);
        if (there.length === 0 && (named || cities.length > 0)) {
          if (!named) continue;
          found.push({ ...mention(qualifierPlace(name, q, cities, world), end + q.text.length), locative: LOCATIVE_BEFORE.test(before) });
          break;
        }
        if (there.length > 0) cities = there;
      }
      if (cities.length === 0) {
        // "in North Kivu": a first-level region named alone, in a country the article names.
        const region = ctx.countries.size > 0 && !NOT_PLACES.has(nameKey(name)) ? world.regionNamed(name, ctx.countries) : undefined;
        if (region && ctx.countries.has(region.country)) {
          found.push(mention(areaPlace(region, `${slug(name)}-region`)));
          break;
        }
        continue;
      }
      const city = pickCity(cities, ctx);
      if (!city) continue;
      // "in southwest Florida" in a report from Fort Myers: the state, not a town abroad.
      // "the western city of Nara", "in Nara town": a name called a town is the town, never the
      // region that shares its name.
      const calledTown = PLACE_NOUN_BEFORE.test(before) || TOWN_NOUN_AFTER.test(after);
      const shared = NOT_PLACES.has(nameKey(name)) || calledTown ? undefined : regionOverTown(name, after, city, ctx, world);
      if (shared) {
        found.push(mention(areaPlace(shared, `${slug(name)}-region`)));
        break;
      }
      // "landfall in Baggao, Cagayan": a name after a place name and a comma is the unit
      // holding it, the province of that name in a country the article names, not a small
      // town that shares its name.
      const holding = APPOSED.test(before) && city.population < 100_000 ? world.regionNamed(name, ctx.countries) : undefined;
      if (holding && ctx.countries.has(holding.country)) {
        // "in Baggao, Cagayan": where the town is said to be, the province is too.
        found.push({ ...mention(areaPlace(holding, `${slug(name)}-region`)), locative: LOCATIVE_BEFORE.test(before.replace(APPOSED_NAME, '')) });
        break;
      }
      const next = /^\s+(\p{Lu}[\p{L}]+|[a-z]+)/u.exec(after)?.[1];
      if (next && ATTRIBUTIVE.test(next)) continue;
      // "Zelensky said": whoever speaks is a person or a body, not a town of that name.
      if (next && SPEECH_VERB.test(next) && !introduced0(before)) continue;
      // "Kyiv Post", "Tokyo Electric": part of an organisation's name. A weekday after the town
      // ("in Surfside Thursday afternoon", as American papers write it) is the day, not a name.
      if (next && /^\p{Lu}/u.test(next) && !PLACE_COMPOUND.test(after) && !WEEKDAY_AFTER.test(next)) continue;
      // "Kalpetta Assembly constituency": a unit named after the town introduces it as a place.
      const introduced = LOCATIVE_BEFORE.test(before) || PLACE_NOUN_BEFORE.test(before) || UNIT_AFTER.test(after) || listed.some((l) => l.start === start);
      if (n === 1 && !introduced && ctx.persons.has(nameKey(name))) continue;
      // "According to Kamyshin, two missiles were fired": a single name after "according to" is
      // who says it, not a town that bears the name.
      if (n === 1 && ACCORDING_TO_BEFORE.test(before)) continue;
      // "According to the DIG", "the SSP told reporters": an all-capital initialism after "the"
      // is an office or a body (a rank, an agency), not a town that has it as a name; a country
      // so written ("the UAE") was taken above.
      if (n === 1 && INITIALS.test(name) && THE_BEFORE.test(before)) continue;
      // "the Dali cargo vessel": a single name before a vessel noun is the ship's name, not a
      // town that bears it.
      if (n === 1 && VESSEL_AFTER.test(after)) continue;
      // "the Port of Baltimore": the word before "of" heads a longer name and is no town.
      if (n === 1 && HEAD_OF_AFTER.test(after)) continue;
      const inContext = ctx.countries.has(city.country) && (city.population >= 1000 || /^PPLA|^PPLC/.test(city.featureCode));
      if (!introduced && !inContext && city.population < 100_000) continue;
      if (!introduced && !inContext && n === 1 && modifiesNoun(before, next, after)) continue;
      // "Along with the deaths, ...", "Apart from the dead": a word opening its sentence before
      // "with" or "from" makes a compound preposition there, even when a town of a country the
      // article names bears it.
      if (!introduced && n === 1 && SENTENCE_OPENING.test(before) && COMPOUND_PREPOSITION_AFTER.test(after)) continue;
      if (n === 1 && NOT_PLACES.has(nameKey(name))) break;
      // "Muan International Airport": a town with an international airport is known enough to
      // be named from afar, as a city is.
      if (!q && !INTERNATIONAL_AIRPORT_AFTER.test(after) && farNamesake(city, ctx, world)) continue;
      found.push(mention(cityPlace(city, idTaken)));
      break;
    }
  }
  return found;
}

/** The country a town is said to be in by its adjective ("the Ukrainian city of"), if any. */
function countryOfTown(before: string, world: WorldGazetteer): WorldArea | undefined {
  const adjective = COUNTRY_TOWN_BEFORE.exec(before)?.[1];
  return adjective === undefined ? undefined : world.demonym(adjective);
}

// "district of Lumajang": the unit's own name after it.
const OF_NAME_AFTER = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/u;

/**
 * Whether the unit word after a name is followed by "of" and a name that is neither a country,
 * a first-level region nor a unit of its own ("district of Lumajang", not "district of Uttar
 * Pradesh" or "area of Hathras district").
 */
function unitOfLaterName(suffix: RegExpExecArray | null, after: string, world: WorldGazetteer): boolean {
  if (!suffix) return false;
  const rest = after.slice(suffix[0].length);
  const of = OF_NAME_AFTER.exec(rest);
  const name = of?.[1];
  if (!of || name === undefined || REGION_SUFFIX.test(rest.slice(of[0].length))) return false;
  return world.country(name) === undefined && world.regionNamed(name) === undefined;
}

/**
 * "The Baalbek-Hermel region": a first-level region named by two towns joined by a hyphen is
 * the region seated at one of them (the first that seats one), wherever the article is.
 */
function joinedRegion(name: string, world: WorldGazetteer, ctx: ArticleContext): WorldArea | undefined {
  const parts = /^(\p{Lu}[\p{L}'’]+)-(\p{Lu}[\p{L}'’]+)$/u.exec(name);
  if (!parts) return undefined;
  for (const part of [parts[1], parts[2]]) {
    const region = world.region(part ?? '', ctx.countries);
    if (region) return region;
  }
  return undefined;
}

/** A single word opening its sentence before a lower-case word that is no verb: a word of the sentence. */
function modifiesNoun(before: string, next: string | undefined, after = ''): boolean {
  return SENTENCE_OPENING.test(before) && !AIRPORT_AFTER.test(after) && next !== undefined && /^\p{Ll}/u.test(next) && !VERB_AFTER.test(next);
}

/**
 * "The Caribbean island of St. Vincent", "the Pacific island nation of Tonga": the sea says
 * where the island lies, and the island named after it is the place.
 */
const ISLAND_OF_AFTER = /^\s+(?:island|isle)s?(?:\s+(?:nation|country|state))?\s+of\s+\p{Lu}/u;

const waterPatterns = new WeakMap<WorldGazetteer, RegExp>();

/** Seas, gulfs and straits named in the text ("the Gulf of Aden", "Bab al-Mandab Strait"). */
function waterMentions(text: string, offset: number, world: WorldGazetteer): PlaceMention[] {
  let pattern = waterPatterns.get(world);
  if (!pattern) {
    const names = [...world.waterNames].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+'));
    pattern = new RegExp(`(?<![\\p{L}])(?:${names.join('|')})(?![\\p{L}])`, 'giu');
    waterPatterns.set(world, pattern);
  }
  const out: PlaceMention[] = [];
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    // "the Channel" and other lower-case uses are words, not the sea: a capital is required.
    if (!/^\p{Lu}/u.test(m[0])) continue;
    if (ISLAND_OF_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    const water = world.water(m[0]);
    if (!water) continue;
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], place: areaPlace(water, slug(water.name)), autoGeocoded: true, locative: LOCATIVE_BEFORE.test(text.slice(0, m.index)), from: false });
  }
  return out;
}

/** Disputed regions ("Pakistan-administered Kashmir", "the disputed Kashmir region"). */
function disputed(text: string, offset: number): PlaceMention[] {
  return disputedMentions(text).map((d) => ({
    start: offset + d.start, end: offset + d.end, text: text.slice(d.start, d.end), place: areaPlace(d.area, slug(d.area.name)), autoGeocoded: true,
    locative: LOCATIVE_BEFORE.test(wordsBefore(text, d.start)), from: false,
  }));
}

/** The countries an article names, by name or adjective ("Yemen", "Lebanese"), as ISO codes. */
/**
 * The whole words of the 120 characters before `index`: all that the look-behind patterns
 * (`…\s+$`) can reach. Matched against the whole text before each name of an article, an
 * end-anchored pattern is tried from every position of it, and an article cost its length
 * squared.
 */
export function wordsBefore(text: string, index: number): string {
  const from = Math.max(0, index - 120);
  const window = text.slice(from, index);
  // A window cut inside a word starts at the next space, so `^in` cannot match "margin".
  return from === 0 ? window : window.replace(/^\S+/, '');
}

export function articleCountries(text: string, world: WorldGazetteer): Set<string> {
  const out = new Set<string>();
  NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME.exec(text)) !== null) {
    const words = (m[1] ?? '').split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      // A name ending its sentence ("of the DRC.") keeps no full stop.
      const phrase = words.slice(0, n).join(' ').replace(/['’]s$|[.]$/, '');
      // "Kenyans", "Bangladeshis": a people names its country too.
      const ofRepublic = n === words.length ? REPUBLIC_OF.exec(wordsBefore(text, m.index))?.[0] : undefined;
      // "returning from Thailand's Bangkok": where a journey began does not say where the article is.
      if (ORIGIN_BEFORE.test(wordsBefore(text, m.index))) break;
      // "from 10 countries stretching from the United States to Indonesia": the two ends of a
      // span say how far something reaches, not where the article is.
      if (SPAN_END_BEFORE.test(wordsBefore(text, m.index))) break;
      const c = (ofRepublic ? world.country(`${ofRepublic}${phrase}`) : undefined) ?? world.country(phrase) ?? world.demonym(phrase) ?? (/[^s]s$/.test(phrase) ? world.demonym(phrase.slice(0, -1)) : undefined);
      if (c) {
        // A bare "Congo" says neither Congo alone: the article's other names decide.
        if (!(c === world.country(phrase) && world.namesakeCountry(phrase))) out.add(c.country);
        break;
      }
      // "in central Kerala", "across Sindh": a first-level region named as a place, the only
      // one of that name in the world and no town's, names its country when the article never
      // does (Indian reports seldom say "India").
      const before = wordsBefore(text, m.index);
      if (n === 1 && !NOT_PLACES.has(nameKey(phrase)) && (LOCATIVE_BEFORE.test(before) || SIDE_BEFORE.test(before)) && world.cities(phrase).length === 0) {
        const region = world.regionNamed(phrase);
        if (region?.country) out.add(region.country);
      }
    }
  }
  // "SURFSIDE, Fla. —": a town with its state abbreviated is in the United States.
  if (namesStateAbbreviated(text)) out.add('US');
  return out;
}

/**
 * The first-level regions an article names as places ("in southwest Florida") that hold
 * other towns it names ("Fort Myers"): each region's name (its key) and its country.
 */
export function articleRegions(text: string, world: WorldGazetteer): Map<string, string> {
  const regions: string[] = [];
  const towns: string[] = [];
  NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME.exec(text)) !== null) {
    // "In Shepparton, ...": the name after a capitalised function word opening the sentence.
    const all = (m[1] ?? '').split(/\s+/);
    const words = all.length > 1 && FUNCTION_WORD.test(all[0] ?? '') ? all.slice(1) : all;
    const before = wordsBefore(text, m.index);
    const first = (words[0] ?? '').replace(/['’]s$|[.]$/, '');
    if (words === all && !NOT_PLACES.has(nameKey(first)) && (LOCATIVE_BEFORE.test(before) || SIDE_BEFORE.test(before))) regions.push(first);
    // "Victoria on Saturday": the name is one of the run's first words.
    for (let n = words.length; n >= 1; n--) {
      const phrase = words.slice(0, n).join(' ').replace(/['’]s$|[.]$/, '');
      if (!NOT_PLACES.has(nameKey(phrase))) towns.push(phrase);
    }
  }
  return regionsHoldingTowns(regions, towns, world);
}
