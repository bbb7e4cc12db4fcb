/**
 * ACLED exports (CSV, as ACLED's export tool and API write them). The README's "ACLED" section
 * is the mapping, column by column; the precision codes follow ACLED's codebook:
 * - `time_precision` 1: the day is known; 2: only the week or weekend is, and `event_date`
 *   is a day within it; 3: only the month is.
 * - `geo_precision` 1: the coordinates are the named town's; 2: the event was near or in part
 *   of a region, and the nearest town is coded; 3: only a larger region is known, and a
 *   central town or its capital is coded.
 */
import type { Category, DatePrecision, PlaceKind } from '../../../domain/types';
import { clip, ImportBuilder, type FormatOutput } from '../build';
import { eachNamedRow } from '../csv-text';
import { ACLED_DATE_PATTERNS, addDays, monthOf, parseDateCell } from '../dates';
import type { TextFile } from '../ingest';


/** `sub_event_type` (lower case) to our category. */
const SUB_EVENT: Record<string, Category> = {
  'armed clash': 'ground-fighting',
  'government regains territory': 'ground-fighting',
  'non-state actor overtakes territory': 'ground-fighting',
  'air/drone strike': 'strike',
  'shelling/artillery/missile attack': 'strike',
  'remote explosive/landmine/ied': 'explosion',
  'suicide bomb': 'explosion',
  grenade: 'explosion',
  'chemical weapon': 'explosion',
  'sexual violence': 'violence-against-civilians',
  attack: 'violence-against-civilians',
  'abduction/forced disappearance': 'violence-against-civilians',
  'peaceful protest': 'protest',
  'protest with intervention': 'protest',
  'excessive force against protesters': 'protest',
  'excessive force against protestors': 'protest',
  'violent demonstration': 'riot',
  'mob violence': 'riot',
  agreement: 'agreement',
  'headquarters or base established': 'deployment',
};

/** `event_type` (lower case) to our category, for a sub-event type not listed above. */
const EVENT: Record<string, Category> = {
  battles: 'ground-fighting',
  'explosions/remote violence': 'explosion',
  'violence against civilians': 'violence-against-civilians',
  protests: 'protest',
  riots: 'riot',
};

export const acledCategory = (eventType: string, subEventType: string): Category =>
  SUB_EVENT[subEventType.trim().toLowerCase()] ?? EVENT[eventType.trim().toLowerCase()] ?? 'other';

/** An event type and sub-type as our category and the original type kept visible. */
interface AcledType {
  category: Category;
  originalType: string | undefined;
}

/**
 * `read` remembered by its two cells: an export repeats a few dozen pairs of event type and
 * sub-type and a few thousand of day and `time_precision`. Mapping and joining the types afresh
 * made a string or two per record for nothing; working a week's or a month's span out on every
 * row took a tenth of reading 100,000 rows (two dates and a note written per row).
 */
function remembered<T>(read: (a: string, b: string) => T): (a: string, b: string) => T {
  const known = new Map<string, Map<string, T>>();
  return (a, b) => {
    let byB = known.get(a);
    if (!byB) known.set(a, (byB = new Map()));
    let value = byB.get(b);
    if (value === undefined) byB.set(b, (value = read(a, b)));
    return value;
  };
}

const acledType = (eventType: string, subType: string): AcledType => ({
  category: acledCategory(eventType, subType),
  originalType: [eventType, subType].filter(Boolean).join(': ') || undefined,
});

/** `time_precision` to our date span and precision, from the day ACLED coded. */
export function acledDates(day: string, code: string): { start: string; end: string; precision: DatePrecision; note?: string } | null {
  switch (code.trim()) {
    case '':
    case '1':
      return { start: day, end: day, precision: 'day' };
    case '2':
      return {
        start: addDays(day, -3),
        end: addDays(day, 3),
        precision: 'approximate',
        note: `ACLED time_precision 2: only the week is known; the 7 days around ${day}, the day ACLED coded.`,
      };
    case '3': {
      const [start, end] = monthOf(day);
      return { start, end, precision: 'month', note: 'ACLED time_precision 3: only the month is known.' };
    }
    default:
      return null;
  }
}

/** `geo_precision` to the size of the place: a point only when ACLED places it at the town. */
export function acledPlace(code: string): { kind: PlaceKind; radiusKm?: number; note: string } | null {
  switch (code.trim()) {
    case '1':
      return { kind: 'city', note: 'ACLED geo_precision 1: the coordinates of the named town or village.' };
    case '2':
      return {
        kind: 'area',
        radiusKm: 25,
        note: 'ACLED geo_precision 2: the event was near the named town or in part of a district, and the town is coded; drawn as 25 km around it (the atlas’s width for this code, not ACLED’s).',
      };
    case '3':
      return {
        kind: 'region',
        radiusKm: 100,
        note: 'ACLED geo_precision 3: only a larger region is known, and a central town of it is coded; drawn as 100 km around it (the atlas’s width for this code, not ACLED’s).',
      };
    default:
      return null;
  }
}

export function readAcled(files: readonly TextFile[]): FormatOutput {
  const file = files[0]!;
  const via = `ACLED export ${file.name}`;
  const b = new ImportBuilder(file.name, via, 'acled');
  const typeOf = remembered(acledType);
  const datesOf = remembered(acledDates);
  eachNamedRow(file.text, ['event_date', 'latitude', 'longitude', 'geo_precision'], 'an ACLED export', (record, field, message) => b.reject(record, field, message), (get, record, row) => {
    const lat = b.number(record, 'latitude', get('latitude'), -90, 90);
    const lon = b.number(record, 'longitude', get('longitude'), -180, 180);
    const day = parseDateCell(get('event_date'), ACLED_DATE_PATTERNS);
    if (day === null) {
      b.reject(record, 'event_date', get('event_date') === '' ? 'event_date is empty' : `event_date "${clip(get('event_date'))}" is not a date in a form ACLED ships (2024-01-15, 15 January 2024, 15/01/2024)`);
    }
    const dates = day === null ? null : datesOf(day, get('time_precision'));
    if (day !== null && dates === null) b.reject(record, 'time_precision', `time_precision "${clip(get('time_precision'))}" is not an ACLED code (1, 2 or 3)`);
    const precision = acledPlace(get('geo_precision'));
    if (!precision) b.reject(record, 'geo_precision', `geo_precision "${clip(get('geo_precision'))}" is not an ACLED code (1, 2 or 3)`);
    if (lat === null || lon === null || !dates || !precision) return;

    const eventType = get('event_type');
    const subType = get('sub_event_type');
    const location = get('location') || [get('admin2'), get('admin1'), get('country')].find(Boolean) || `${lat}, ${lon}`;
    const kind = subType || eventType || 'Event';
    const type = typeOf(eventType, subType);
    const source = get('source');
    const notes = get('notes');
    const fatalities = get('fatalities');
    const deaths = fatalities === '' ? NaN : Number(fatalities);
    b.event({
      id: get('event_id_cnty') || `row-${row}`,
      title: `${kind} in ${location}`,
      category: type.category,
      originalType: type.originalType,
      start: dates.start,
      end: dates.end,
      datePrecision: dates.precision,
      dateNote: dates.note,
      place: { name: location, lon, lat, ...precision },
      tags: [get('actor1'), get('actor2'), get('admin1'), get('country')].filter(Boolean),
      claims: [
        {
          document: { outlet: source || 'source not named in the export' },
          quote: notes || `${kind} (ACLED gives no notes for this event)`,
          attribution: source || 'ACLED',
        },
      ],
      figures:
        Number.isInteger(deaths) && deaths >= 0
          ? [{ measure: 'reported fatalities', value: deaths, qualifier: deaths === 0 ? 'exact' : 'about', text: `${deaths} reported fatalities`, field: 'fatalities', claim: 0 }]
          : [],
    });
    if (fatalities !== '' && !(Number.isInteger(deaths) && deaths >= 0)) {
      b.notes.push(`${record}: fatalities "${clip(fatalities)}" is not a count; the event loaded without it.`);
    }
  });
  return b.result();
}
