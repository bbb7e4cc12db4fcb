/**
 * Validating a columnar data set column by column, then building the events that passed. The
 * same rules, in the same order, as the GeoJSON path's validator (`validate.ts`): each field's
 * type and range first, then duplicate ids among the events that passed (the first is kept),
 * then the rules that need the gazetteer or the manifest. A bad value sets its event aside,
 * with a fault naming the event's row and the column (and the claim's or figure's row); every
 * good event is kept.
 */
import { toIso } from '../../domain/days';
import { CATEGORIES, CLAIM_STATUSES, DATE_PRECISIONS, FIGURE_QUALIFIERS, PLACE_BASES, PLACE_KINDS } from '../../domain/vocabulary';
import type { Claim, EventFeature, Figure, Place, ValidationIssue } from '../../domain/types';
import { amount, anyText, column, count, day, Faults, matching, oneOf, reviewed, sourceKey, tags, text, type Parse } from './columns';
import { crossProblems } from './cross-check';
import type { TableName } from './format';
import type { ColumnarTable } from './read';

export interface Tables {
  events: ColumnarTable<'events'>;
  claims: ColumnarTable<'claims'>;
  figures: ColumnarTable<'figures'>;
}

export interface CheckContext {
  /** What faults call each table's file (`x/events.parquet`). */
  files: Record<TableName, string>;
  /** The validated gazetteer, by id. */
  places: ReadonlyMap<string, Place>;
  /** Files and document keys of the validated manifest; undefined when the data set has none. */
  sourceFiles: ReadonlySet<string> | undefined;
  /** Told how many events have been checked, of how many (in steps: the checks go column by column). */
  onProgress?(done: number, total: number): void;
}

/** Each event's rows in a claims or figures table: [start, end), or -1 where its offsets are bad. */
interface Ranges {
  start: Int32Array;
  end: Int32Array;
  /** For each row of the part table, the event row it belongs to, or -1. */
  owner: Int32Array;
}

/**
 * The events' offsets into a part table (`claims_start`, `figures_start`): a row of that table,
 * not decreasing from one event to the next. An event's rows end where the next event's begin.
 */
function ranges(faults: Faults, name: string, values: ArrayLike<unknown> | undefined, table: TableName, partRows: number, least: number): Ranges {
  const n = faults.rows;
  const start = new Int32Array(n).fill(-1);
  const end = new Int32Array(n).fill(-1);
  const owner = new Int32Array(partRows).fill(-1);
  for (let row = 0; row < n; row++) {
    const v = values?.[row];
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= partRows) start[row] = v;
    else faults.add(row, name, `${String(v)} is not a row of ${table}.parquet (0 to ${partRows})`);
  }
  for (let row = 0; row < n; row++) {
    const from = start[row]!;
    const to = row + 1 < n ? start[row + 1]! : partRows;
    if (from < 0) continue;
    if (to < 0) faults.add(row, name, `its ${table} end where the next event's begin, and that row's ${name} is bad`);
    else if (to < from) faults.add(row, name, `${from} is after the next event's ${to}: ${name} must not decrease`);
    else if (to - from < least) faults.add(row, name, 'an event needs at least one claim');
    else {
      end[row] = to;
      owner.fill(row, from, to);
    }
  }
  return { start, end, owner };
}

/** Reads a part table's columns, reporting a bad value on the event its row belongs to. */
function partReader(faults: Faults, table: 'claims' | 'figures', part: ColumnarTable, r: Ranges, ids: ArrayLike<unknown> | undefined) {
  const report = (k: number, name: string, message: string) => {
    const event = r.owner[k]!;
    if (event >= 0) faults.add(event, `${table}.${name}`, `${table}.parquet row ${k + 1}: ${message}`);
  };
  const columns = part.columns as Record<string, ArrayLike<unknown> | undefined>;
  const eventIds = columns.event_id;
  for (let k = 0; k < part.rows; k++) {
    const event = r.owner[k]!;
    if (event >= 0 && eventIds?.[k] !== ids?.[event]) report(k, 'event_id', `belongs to event ${JSON.stringify(eventIds?.[k])}, not to ${JSON.stringify(ids?.[event])}: the events' ${table}_start do not match this table`);
  }
  return <T>(name: string, parse: Parse<T>, optional = false) => column(report, part.rows, name, columns[name], parse, optional);
}

/** The columns read and checked for their own rules. */
function readColumns(t: Tables, faults: Faults, progress: (share: number) => void) {
  const c = t.events.columns as Record<string, ArrayLike<unknown> | undefined>;
  const n = t.events.rows;
  const add = faults.add.bind(faults);
  const one = <T>(name: string, parse: Parse<T>, optional = false) => column(add, n, name, c[name], parse, optional);
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
    tags: one('tags', tags, true),
    reviewed: one('reviewed', reviewed, true),
  };
  progress(0.4);
  const claimRanges = ranges(faults, 'claims_start', c.claims_start, 'claims', t.claims.rows, 1);
  const claim = partReader(faults, 'claims', t.claims, claimRanges, c.id);
  const claims = {
    source: claim('source', sourceKey),
    quote: claim('quote', text),
    attribution: claim('attribution', text),
    status: claim('status', oneOf(CLAIM_STATUSES)),
    offsetStart: claim('offset_start', count, true),
    offsetEnd: claim('offset_end', count, true),
    reviewed: claim('reviewed', reviewed, true),
  };
  progress(0.7);
  const figureRanges = ranges(faults, 'figures_start', c.figures_start, 'figures', t.figures.rows, 0);
  const figure = partReader(faults, 'figures', t.figures, figureRanges, c.id);
  const figures = {
    measure: figure('measure', text),
    value: figure('value', amount),
    valueMin: figure('value_min', amount, true),
    valueMax: figure('value_max', amount, true),
    qualifier: figure('qualifier', oneOf(FIGURE_QUALIFIERS)),
    text: figure('text', text),
    source: figure('source', sourceKey),
    field: figure('field', text, true),
  };
  progress(0.9);
  return { fields, claims, claimRanges, figures, figureRanges };
}

type Read = ReturnType<typeof readColumns>;

/** An event's claims, for an event whose values all passed. */
function claimsOf({ claims: c, claimRanges: r }: Read, row: number, faults: Faults): Claim[] {
  const out: Claim[] = [];
  for (let k = r.start[row]!; k < r.end[row]!; k++) {
    const [start, end] = [c.offsetStart[k], c.offsetEnd[k]];
    if ((start === undefined) !== (end === undefined)) {
      faults.add(row, `claims.offset_${start === undefined ? 'start' : 'end'}`, `claims.parquet row ${k + 1}: offsets need both a start and an end`);
    }
    const claim: Claim = { source: c.source[k]!, quote: c.quote[k]!, attribution: c.attribution[k]!, status: c.status[k]! };
    if (start !== undefined && end !== undefined) claim.offsets = [start, end];
    if (c.reviewed[k] !== undefined) claim.reviewed = c.reviewed[k];
    out.push(claim);
  }
  return out;
}

function figuresOf({ figures: f, figureRanges: r }: Read, row: number): Figure[] {
  const out: Figure[] = [];
  for (let k = r.start[row]!; k < r.end[row]!; k++) {
    const figure: Figure = { measure: f.measure[k]!, value: f.value[k]!, qualifier: f.qualifier[k]!, text: f.text[k]!, source: f.source[k]! };
    if (f.valueMax[k] !== undefined) figure.valueMax = f.valueMax[k];
    if (f.valueMin[k] !== undefined) figure.valueMin = f.valueMin[k];
    if (f.field[k] !== undefined) figure.field = f.field[k];
    out.push(figure);
  }
  return out;
}

/** The events of a columnar data set that pass every rule, and one issue per fault. */
export function checkTables(t: Tables, ctx: CheckContext): { events: EventFeature[]; issues: ValidationIssue[] } {
  const total = t.events.rows;
  const faults = new Faults(ctx.files.events, total);
  const progress = (share: number) => ctx.onProgress?.(Math.round(total * share), total);
  const read = readColumns(t, faults, progress);
  const f = read.fields;
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
    // Duplicates among the events that passed their own rules, as the GeoJSON path counts them.
    if (seen.has(id)) {
      faults.add(row, 'id', `duplicate id "${id}": only the first record with it is kept`);
      continue;
    }
    seen.add(id);
    const place = ctx.places.get(f.place[row]!);
    const event: EventFeature = {
      type: 'Feature',
      id,
      // At its place's point, as our GeoJSON schema requires an event's coordinates to be.
      geometry: { type: 'Point', coordinates: place ? [place.point[0], place.point[1]] : [0, 0] },
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
    if (f.tags[row] !== undefined) p.tags = f.tags[row];
    if (f.reviewed[row] !== undefined) p.reviewed = f.reviewed[row];
    const starts = { claims: read.claimRanges.start[row]!, figures: read.figureRanges.start[row]! };
    crossProblems(event, f.start[row]!, f.end[row]!, starts, ctx, (column, message) => faults.add(row, column, message));
    if (!faults.bad[row]) events.push(event);
  }
  progress(1);
  return { events, issues: faults.issues };
}
