/**
 * UCDP GED CSV. The README's "UCDP GED" section is the mapping; the precision codes follow
 * the GED codebook:
 * - `date_prec` 1: the exact day; 2: within 2-6 days; 3: only the week; 4: within 8-30 days
 *   or only the month; 5: more than a month, or only the year. `date_start`..`date_end` is the
 *   span UCDP gives, kept as it is.
 * - `where_prec` 1: the exact place; 2: within about 25 km of it; 3: only the second-order
 *   administrative division; 4: only the first-order one; 5: only a part of the country larger
 *   than one division, or a linear feature (a road, a river, a border); 6: only the country;
 *   7: international waters or airspace.
 */
import type { DatePrecision, PlaceKind } from '../../../domain/types';
import { clip, ImportBuilder, type FormatOutput, type ImportedClaim } from '../build';
import { eachNamedRow } from '../csv-text';
import { monthOf, parseDateCell, UCDP_DATE_PATTERNS } from '../dates';
import type { TextFile } from '../ingest';


const DATE_PREC: Record<string, string> = {
  '1': 'the exact day',
  '2': 'a span of 2-6 days',
  '3': 'only the week',
  '4': 'a span of 8-30 days, or only the month',
  '5': 'a span of more than a month, or only the year',
};

export function ucdpDates(start: string, end: string, code: string): { precision: DatePrecision; note?: string } | null {
  const what = DATE_PREC[code.trim()];
  if (!what) return null;
  const note = code.trim() === '1' ? undefined : `UCDP date_prec ${code.trim()}: ${what}; ${start} to ${end} as UCDP gives it.`;
  if (code.trim() === '1' && start === end) return { precision: 'day' };
  if (code.trim() === '4') {
    const [first, last] = monthOf(start);
    if (first === start && last === end) return { precision: 'month', note };
  }
  return { precision: code.trim() === '5' || code.trim() === '4' ? 'approximate' : 'range', note };
}

const WHERE_PREC: Record<string, { kind: PlaceKind; radiusKm?: number; what: string }> = {
  '1': { kind: 'city', what: 'the exact place' },
  '2': { kind: 'area', radiusKm: 25, what: 'within about 25 km of the coded point' },
  '3': { kind: 'region', radiusKm: 50, what: 'only the second-order administrative division' },
  '4': { kind: 'region', radiusKm: 150, what: 'only the first-order administrative division' },
  '5': { kind: 'area', radiusKm: 250, what: 'only a part of the country, or a road, river or border' },
  '6': { kind: 'country', radiusKm: 500, what: 'only the country' },
  '7': { kind: 'area', radiusKm: 500, what: 'international waters or airspace' },
};

export function ucdpPlace(code: string): { kind: PlaceKind; radiusKm?: number; note: string } | null {
  const p = WHERE_PREC[code.trim()];
  if (!p) return null;
  const width = p.radiusKm === undefined ? '' : `; drawn as ${p.radiusKm} km around the coded point (the atlas’s width for this code, not UCDP’s)`;
  return { kind: p.kind, radiusKm: p.radiusKm, note: `UCDP where_prec ${code.trim()}: ${p.what}${width}.` };
}

const TYPES: Record<string, { category: 'armed-conflict' | 'violence-against-civilians'; name: string }> = {
  '1': { category: 'armed-conflict', name: 'State-based conflict' },
  '2': { category: 'armed-conflict', name: 'Non-state conflict' },
  '3': { category: 'violence-against-civilians', name: 'One-sided violence' },
};

/** UCDP lists several sources in one cell, separated by semicolons, in the same order across the source columns. */
const split = (cell: string): string[] => cell.split(';').map((s) => s.trim());

function claimsOf(get: (name: string) => string, via: string): ImportedClaim[] {
  const offices = split(get('source_office'));
  const dates = split(get('source_date'));
  const headlines = split(get('source_headline'));
  const original = get('source_original');
  const article = get('source_article');
  const aligned = headlines.length > 1 && headlines.length === offices.length;
  const claim = (i: number | null): ImportedClaim => {
    const office = i === null ? get('source_office') : offices[i]!;
    const headline = i === null ? get('source_headline') : headlines[i]!;
    const date = i === null || dates.length !== offices.length ? dates[0] ?? '' : dates[i]!;
    return {
      document: { outlet: office || null, headline: headline || null, published: parseDateCell(date, UCDP_DATE_PATTERNS) },
      quote: headline || article || `(UCDP gives no source text for this event)`,
      attribution: original || office || via,
    };
  };
  if (aligned) return headlines.map((_, i) => claim(i));
  const one = claim(null);
  // The article reference, where it says more than the headline, is kept as a claim of its own.
  return article && article !== one.quote ? [one, { ...one, quote: article }] : [one];
}

export function readUcdp(files: readonly TextFile[]): FormatOutput {
  const file = files[0]!;
  const via = `UCDP GED file ${file.name}`;
  const b = new ImportBuilder(file.name, via, 'ucdp');
  eachNamedRow(file.text, ['date_start', 'latitude', 'longitude', 'where_prec', 'date_prec'], 'a UCDP GED file', (record, field, message) => b.reject(record, field, message), (get, record, row) => {
    const lat = b.number(record, 'latitude', get('latitude'), -90, 90);
    const lon = b.number(record, 'longitude', get('longitude'), -180, 180);
    const start = parseDateCell(get('date_start'), UCDP_DATE_PATTERNS);
    if (start === null) b.reject(record, 'date_start', `date_start "${clip(get('date_start'))}" is not a date (2024-01-15, or 1/15/2024 12:00:00 AM)`);
    const end = get('date_end') === '' ? start : parseDateCell(get('date_end'), UCDP_DATE_PATTERNS);
    if (end === null) b.reject(record, 'date_end', `date_end "${clip(get('date_end'))}" is not a date`);
    if (start !== null && end !== null && end < start) b.reject(record, 'date_end', `date_end ${end} is before date_start ${start}`);
    const dates = start !== null && end !== null ? ucdpDates(start, end, get('date_prec')) : null;
    if (start !== null && end !== null && !dates) b.reject(record, 'date_prec', `date_prec "${clip(get('date_prec'))}" is not a UCDP code (1 to 5)`);
    const precision = ucdpPlace(get('where_prec'));
    if (!precision) b.reject(record, 'where_prec', `where_prec "${clip(get('where_prec'))}" is not a UCDP code (1 to 7)`);
    if (lat === null || lon === null || start === null || end === null || end < start || !dates || !precision) return;

    const type = TYPES[get('type_of_violence')];
    const place = get('where_coordinates') || get('adm_2') || get('adm_1') || get('country') || `${lat}, ${lon}`;
    const best = Number(get('best'));
    const low = Number(get('low'));
    const high = Number(get('high'));
    const hasBest = get('best') !== '' && Number.isFinite(best) && best >= 0;
    const range = hasBest && get('low') !== '' && get('high') !== '' && low <= best && best <= high;
    b.event({
      id: get('id') || `row-${row}`,
      title: `${type?.name ?? 'Organized violence'} in ${place}${get('dyad_name') ? `: ${get('dyad_name')}` : ''}`,
      category: type?.category ?? 'armed-conflict',
      originalType: [type?.name ?? (get('type_of_violence') ? `type_of_violence ${get('type_of_violence')}` : ''), get('conflict_name')].filter(Boolean).join(': ') || undefined,
      start,
      end,
      datePrecision: dates.precision,
      dateNote: dates.note,
      place: { name: place, lon, lat, ...precision },
      tags: [get('side_a'), get('side_b'), get('country')].filter(Boolean),
      claims: claimsOf(get, via),
      figures: hasBest
        ? [
            {
              measure: 'deaths (UCDP estimate)',
              value: best,
              ...(range ? { valueMin: low, valueMax: high } : {}),
              qualifier: range && low === high ? 'exact' : 'about',
              text: range ? `best estimate ${best} (low ${low}, high ${high})` : `best estimate ${best}`,
              field: 'best',
              claim: 0,
            },
          ]
        : [],
    });
  });
  return b.result();
}
