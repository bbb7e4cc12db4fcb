/**
 * A column mapping for a CSV whose columns are not a known format: guessed from the header
 * names, for the user to confirm or correct before loading.
 */
import type { ColumnMapping } from './types';

const GUESSES: Record<keyof ColumnMapping, RegExp> = {
  latitude: /^(lat|latitude|y|lat_dd|point_y)$/i,
  longitude: /^(lon|lng|long|longitude|x|lon_dd|point_x)$/i,
  date: /^(date|event_date|start_date|date_start|start|day|when|datetime|timestamp)$/i,
  endDate: /^(end_date|date_end|end|until)$/i,
  title: /^(title|name|headline|event|summary)$/i,
  category: /^(category|type|event_type|kind|class)$/i,
  placeName: /^(place|location|place_name|city|town|site|locality)$/i,
  text: /^(text|notes|description|quote|details|body|comment|comments)$/i,
  source: /^(source|sources|url|link|outlet|reference)$/i,
};

/** The first column whose name fits each field; '' for a required field nothing fits. */
export function guessMapping(columns: readonly string[]): ColumnMapping {
  const pick = (field: keyof ColumnMapping): string | undefined => columns.find((c) => GUESSES[field].test(c.trim()));
  const mapping: ColumnMapping = { latitude: pick('latitude') ?? '', longitude: pick('longitude') ?? '', date: pick('date') ?? '' };
  for (const field of ['endDate', 'title', 'category', 'placeName', 'text', 'source'] as const) {
    const column = pick(field);
    if (column !== undefined && !Object.values(mapping).includes(column)) mapping[field] = column;
  }
  return mapping;
}

/** Parse `lat=Y,lon=X,date=When` (the command line's `--mapping`). Unknown keys are reported. */
export function parseMappingArg(arg: string): { mapping: Partial<ColumnMapping>; errors: string[] } {
  const keys: Record<string, keyof ColumnMapping> = {
    lat: 'latitude', latitude: 'latitude', lon: 'longitude', lng: 'longitude', longitude: 'longitude',
    date: 'date', end: 'endDate', enddate: 'endDate', end_date: 'endDate', title: 'title', category: 'category',
    place: 'placeName', placename: 'placeName', text: 'text', source: 'source',
  };
  const mapping: Partial<ColumnMapping> = {};
  const errors: string[] = [];
  for (const part of arg.split(',').filter(Boolean)) {
    const eq = part.indexOf('=');
    const key = keys[part.slice(0, eq).trim().toLowerCase()];
    if (eq < 0 || !key) errors.push(`--mapping: "${part}" is not field=column (fields: ${Object.keys(keys).join(', ')})`);
    else mapping[key] = part.slice(eq + 1).trim();
  }
  return { mapping, errors };
}

/** Required fields the mapping leaves empty or names a column the file does not have. */
export function mappingProblems(mapping: Partial<ColumnMapping>, columns: readonly string[]): string[] {
  const have = new Set(columns);
  const problems: string[] = [];
  for (const field of ['latitude', 'longitude', 'date'] as const) {
    if (!mapping[field]) problems.push(`no column is mapped to ${field}`);
  }
  for (const [field, column] of Object.entries(mapping)) {
    if (column && !have.has(column)) problems.push(`${field} is mapped to "${column}", which the file does not have`);
  }
  return problems;
}

const col = (columns: readonly string[], name: string): string | undefined => columns.find((c) => c.toLowerCase() === name);

/** The columns an ACLED export's fields come from, as the dialog shows them. */
export function acledMapping(columns: readonly string[]): ColumnMapping {
  return {
    latitude: col(columns, 'latitude') ?? 'latitude',
    longitude: col(columns, 'longitude') ?? 'longitude',
    date: col(columns, 'event_date') ?? 'event_date',
    category: col(columns, 'sub_event_type'),
    placeName: col(columns, 'location'),
    text: col(columns, 'notes'),
    source: col(columns, 'source'),
  };
}

/** The columns a UCDP GED file's fields come from, as the dialog shows them. */
export function ucdpMapping(columns: readonly string[]): ColumnMapping {
  return {
    latitude: col(columns, 'latitude') ?? 'latitude',
    longitude: col(columns, 'longitude') ?? 'longitude',
    date: col(columns, 'date_start') ?? 'date_start',
    endDate: col(columns, 'date_end'),
    title: col(columns, 'dyad_name'),
    category: col(columns, 'type_of_violence'),
    placeName: col(columns, 'where_coordinates'),
    text: col(columns, 'source_headline'),
    source: col(columns, 'source_office'),
  };
}
