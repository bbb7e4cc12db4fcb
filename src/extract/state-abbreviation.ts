/**
 * A town written with its state abbreviated the way American news writes it ("SURFSIDE, Fla.
 * —", "in Uvalde, Texas", "Paradise, Calif."): the abbreviation is no place name of its own,
 * yet it says the article is in the United States, as naming the country would. Without it,
 * "South Florida" in a report that never writes "United States" goes to a town abroad that
 * bears the name.
 */

// The wire services' abbreviations of the states (the ones news writes after a town; the
// short names, "Ohio", "Texas", are found as regions already).
const ABBREVIATIONS = [
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La', 'Md', 'Mass', 'Mich',
  'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nebr', 'Nev', 'N\\.H', 'N\\.J', 'N\\.M', 'N\\.Y', 'N\\.C', 'N\\.D', 'Okla', 'Ore', 'Pa', 'R\\.I',
  'S\\.C', 'S\\.D', 'Tenn', 'Tex', 'Vt', 'Va', 'Wash', 'W\\.Va', 'Wis', 'Wisc', 'Wyo',
];

// A capitalised town, a comma, the abbreviation with its full stop, and what may follow it in
// a sentence or a dateline (a dash, a comma, the next word): "Fla. —", "Ga., on Monday".
const TOWN_AND_STATE = new RegExp(String.raw`\b\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*,\s+(?:${ABBREVIATIONS.join('|')})\.(?=\s*(?:[—–-]|,|\s\p{Ll}|\s\p{Lu}|$))`, 'u');

/** Whether the text writes a town with its state abbreviated: then it is in the United States. */
export const namesStateAbbreviated = (text: string): boolean => TOWN_AND_STATE.test(text);
