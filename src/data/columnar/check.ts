/**
 * Validating a columnar events file column by column, then building the events that passed.
 * The same rules, in the same order, as the GeoJSON path's validator (`validate.ts`): each
 * field's type and range first, then duplicate ids among the rows that passed (the first is
 * kept), then the rules that need the gazetteer or the manifest. A bad value sets its row
 * aside with a fault naming the row and the column; every good row is kept.
 */
import { toIso } from '../../domain/days';
import { CATEGORIES, CLAIM_STATUSES, DATE_PRECISIONS, FIGURE_QUALIFIERS, PLACE_BASES, PLACE_KINDS } from '../../domain/vocabulary';
import { citesDocument, type Claim, type EventFeature, type Figure, type Place, type ValidationIssue } from '../../domain/types';
import { amount, anyText, count, day, Faults, lengthsOf, listColumn, matching, oneOf, point, reviewed, scalarColumn, sourceKey, text } from './columns';
import type { ColumnarTable } from './read';

export interface CheckContext {
  /** What faults call the file (`x/events.parquet`). */
  file: string;
  /** The validated gazetteer, by id. */
  places: ReadonlyMap<string, Place>;
  /** Files and document keys of the validated manifest; undefined when the data set has none. */
  sourceFiles: ReadonlySet<string> | undefined;
  /** Told how many of the columns' values have been checked, in rows, of how many. */
  onProgress?(done: number, total: number): void;
}

/** The columns read and checked for their own rules: one entry per row (lists per row). */
function readFields(table: ColumnarTable, faults: Faults, progress: (share: number) => void) {
  const c = table.columns;
  const one = <T>(name: keyof typeof c, parse: (v: unknown) => T | undefined, optional = false) => scalarColumn(faults, name, c[name], parse, optional);
  const fields = {
    id: one('id', matching(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case kebab-case')),
    title: one('title', text),
    category: one('category', oneOf(CATEGORIES)),
    start: one('start', day),
    end: one('end', day),
    datePrecision: one('date_precision', oneOf(DATE_PRECISIONS)),
    dateNote: one('date_note', anyText, true),
    place: one('place', text),
    locationPrecision: one('location_precision', oneOf(PLACE_KINDS)),
    placeBasis: one('place_basis', oneOf(PLACE_BASES)),
    origin: one('origin', text, true),
    originBasis: one('origin_basis', oneOf(PLACE_BASES), true),
    originalType: one('original_type', text, true),
    reviewed: one('reviewed', reviewed, true),
    point: one('geometry', point),
    tags: listColumn(faults, 'tags', c.tags, text, false, null, 'tags'),
  };
  progress(0.4);
  const claimSource = listColumn(faults, 'claim_source', c.claim_source, sourceKey, false, null, 'claim_source');
  const perEvent = lengthsOf(claimSource);
  for (let row = 0; row < table.rows; row++) if (perEvent[row] === 0) faults.add(row, 'claim_source', 'an event needs at least one claim');
  const claimList = <T>(name: keyof typeof c, parse: (v: unknown) => T | undefined, optional = false) =>
    listColumn(faults, name, c[name], parse, optional, perEvent, 'claim_source');
  const claims = {
    source: claimSource,
    quote: claimList('claim_quote', text),
    attribution: claimList('claim_attribution', text),
    status: claimList('claim_status', oneOf(CLAIM_STATUSES)),
    offsetStart: claimList('claim_offset_start', count, true),
    offsetEnd: claimList('claim_offset_end', count, true),
    reviewed: claimList('claim_reviewed', reviewed, true),
  };
  progress(0.7);
  const measure = listColumn(faults, 'figure_measure', c.figure_measure, text, false, null, 'figure_measure');
  const perFigure = lengthsOf(measure);
  const figureList = <T>(name: keyof typeof c, parse: (v: unknown) => T | undefined, optional = false) =>
    listColumn(faults, name, c[name], parse, optional, perFigure, 'figure_measure');
  const figures = {
    measure,
    value: figureList('figure_value', amount),
    valueMin: figureList('figure_value_min', amount, true),
    valueMax: figureList('figure_value_max', amount, true),
    qualifier: figureList('figure_qualifier', oneOf(FIGURE_QUALIFIERS)),
    text: figureList('figure_text', text),
    source: figureList('figure_source', sourceKey),
    field: figureList('figure_field', text, true),
  };
  progress(0.9);
  return { fields, claims, figures };
}

type Fields = ReturnType<typeof readFields>;

/** One row's claims and figures, for a row whose values all passed. */
function claimsOf({ claims }: Fields, row: number, faults: Faults): Claim[] {
  return claims.source[row]!.map((source, i) => {
    const start = claims.offsetStart[row]![i];
    const end = claims.offsetEnd[row]![i];
    if ((start === undefined) !== (end === undefined)) faults.add(row, `claim_offset_${start === undefined ? 'start' : 'end'}.${i}`, 'offsets need both a start and an end');
    const claim: Claim = { source: source!, quote: claims.quote[row]![i]!, attribution: claims.attribution[row]![i]!, status: claims.status[row]![i]! };
    if (start !== undefined && end !== undefined) claim.offsets = [start, end];
    const answers = claims.reviewed[row]![i];
    if (answers !== undefined) claim.reviewed = answers;
    return claim;
  });
}

function figuresOf({ figures: f }: Fields, row: number): Figure[] {
  return f.measure[row]!.map((measure, i) => {
    const figure: Figure = { measure: measure!, value: f.value[row]![i]!, qualifier: f.qualifier[row]![i]!, text: f.text[row]![i]!, source: f.source[row]![i]! };
    const [min, max, field] = [f.valueMin[row]![i], f.valueMax[row]![i], f.field[row]![i]];
    if (max !== undefined) figure.valueMax = max;
    if (min !== undefined) figure.valueMin = min;
    if (field !== undefined) figure.field = field;
    return figure;
  });
}

/** The rules that need the gazetteer or the manifest, on a row that passed its own (`validate.ts`'s `eventProblems`). */
function crossProblems(event: EventFeature, start: number, end: number, ctx: CheckContext, add: (column: string, message: string) => void): void {
  const p = event.properties;
  if (start > end) add('end', `end ${p.end} is before start ${p.start}`);
  const place = ctx.places.get(p.place);
  if (!place) add('place', `unknown place id "${p.place}"`);
  else {
    const [lon, lat] = event.geometry.coordinates;
    if (lon !== place.point[0] || lat !== place.point[1]) add('geometry', `[${lon}, ${lat}] is not the representative point of "${place.id}" [${place.point.join(', ')}]`);
  }
  if (p.origin !== undefined && !ctx.places.has(p.origin)) add('origin', `unknown place id "${p.origin}"`);
  p.claims.forEach((claim, i) => {
    if (ctx.sourceFiles && !ctx.sourceFiles.has(claim.source)) add(`claim_source.${i}`, `"${claim.source}" is not in the sources manifest`);
    if (citesDocument(claim.source)) {
      if (claim.offsets) add(`claim_offset_start.${i}`, 'a quote from an external document has no offsets to check');
    } else if (!claim.offsets) add(`claim_offset_start.${i}`, 'a quote from a seed needs its offsets');
    else if (claim.offsets[0] >= claim.offsets[1]) add(`claim_offset_end.${i}`, `offsets [${claim.offsets[0]}, ${claim.offsets[1]}) are empty or reversed`);
  });
  p.figures.forEach((figure, i) => {
    if (figure.valueMin !== undefined && figure.valueMin > figure.value) add(`figure_value_min.${i}`, `low estimate ${figure.valueMin} is above the value ${figure.value}`);
    if (figure.valueMax !== undefined && figure.valueMax < figure.value) add(`figure_value_max.${i}`, `high estimate ${figure.valueMax} is below the value ${figure.value}`);
    if (ctx.sourceFiles && !ctx.sourceFiles.has(figure.source)) add(`figure_source.${i}`, `"${figure.source}" is not in the sources manifest`);
    if (figure.field !== undefined) return;
    if (!p.claims.some((c) => c.source === figure.source && c.quote.includes(figure.text))) add(`figure_text.${i}`, `"${figure.text}" is not in any quote of this event from ${figure.source}`);
  });
}

/** The events of a columnar file that pass every rule, and one issue per fault. */
export function checkColumns(table: ColumnarTable, ctx: CheckContext): { events: EventFeature[]; issues: ValidationIssue[] } {
  const total = table.rows;
  const faults = new Faults(ctx.file, total);
  const progress = (share: number) => ctx.onProgress?.(Math.round(total * share), total);
  const read = readFields(table, faults, progress);
  const { fields: f } = read;
  const isoOf = new Map<number, string>();
  const iso = (d: number): string => {
    let s = isoOf.get(d);
    if (s === undefined) isoOf.set(d, (s = toIso(d)));
    return s;
  };
  const seen = new Set<string>();
  const events: EventFeature[] = [];
  for (let row = 0; row < total; row++) {
    if (faults.bad[row]) continue;
    const claims = claimsOf(read, row, faults);
    if (faults.bad[row]) continue;
    const id = f.id[row]!;
    // Duplicates among the rows that passed their own rules, as the GeoJSON path counts them.
    if (seen.has(id)) {
      faults.add(row, 'id', `duplicate id "${id}": only the first record with it is kept`);
      continue;
    }
    seen.add(id);
    const event: EventFeature = {
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: f.point[row]! },
      properties: {
        title: f.title[row]!,
        category: f.category[row]!,
        start: iso(f.start[row]!),
        end: iso(f.end[row]!),
        datePrecision: f.datePrecision[row]!,
        place: f.place[row]!,
        locationPrecision: f.locationPrecision[row]!,
        placeBasis: f.placeBasis[row]!,
        figures: figuresOf(read, row),
        claims,
      },
    };
    const p = event.properties;
    if (f.dateNote[row] !== undefined) p.dateNote = f.dateNote[row];
    if (f.origin[row] !== undefined) p.origin = f.origin[row];
    if (f.originBasis[row] !== undefined) p.originBasis = f.originBasis[row];
    if (f.originalType[row] !== undefined) p.originalType = f.originalType[row];
    if (f.tags[row]!.length > 0) p.tags = f.tags[row] as string[];
    if (f.reviewed[row] !== undefined) p.reviewed = f.reviewed[row];
    crossProblems(event, f.start[row]!, f.end[row]!, ctx, (column, message) => faults.add(row, column, message));
    if (!faults.bad[row]) events.push(event);
  }
  progress(1);
  return { events, issues: faults.issues };
}
