/**
 * Validation of a whole data set: the zod schema record by record, then the rules that
 * need more than one record. A bad record is set aside with `{file, id, path, message}`
 * and everything good still loads (after timemap's `validators.js`).
 *
 * Pure: no I/O. `scripts/validate.ts` reads the files for the CLI; `load.ts` for the app.
 */
import type { z } from 'zod';
import {
  documentSourceSchema,
  eventFeatureSchema,
  eventsFileSchema,
  gazetteerFileSchema,
  placeSchema,
  seedSourceSchema,
  sourcesFileSchema,
} from '../domain/schema';
import { citesDocument, type Dataset, type EventFeature, type Place, type Source, type ValidationIssue } from '../domain/types';

import { FILES } from './files';

export { FILES, formatIssue } from './files';

export interface RawDataset {
  /** Parsed JSON of the sources manifest; omit for a data set that has none. */
  sources?: unknown;
  gazetteer: unknown;
  events: unknown;
  /** Seed texts by file name. When given, every quote is checked at its offsets. */
  seeds?: Readonly<Record<string, string>>;
  /** How reports name the files, when they are not the shipped ones. */
  labels?: Partial<Record<keyof typeof FILES, string>>;
}

export type { Dataset };

/** How often `onProgress` is told, in event records: a million take seconds to check. */
const PROGRESS_EVERY = 10_000;

/**
 * Turns a record schema into a faster parser with the same output and the same issues: zod's
 * `z.compile`, which generates the parser once and hands a record it rejects to the runtime
 * parser for the messages. Passed in by the load worker and the command line rather than
 * imported here, so the page's own small loads do not carry zod's compiler (7 KB gzip).
 */
export type SchemaCompiler = <S extends z.ZodType>(schema: S) => S;

/**
 * From how many records a file's schema is compiled: generating the parser takes 6–10 ms, and
 * it checks a record in a third of the runtime parser's time (100,000 ACLED events in 100
 * against 335 ms, node), so below this it would not pay.
 */
const COMPILE_FROM = 5_000;

export interface ValidateOptions {
  /** Told how many event records the schema has checked so far, of how many. */
  onProgress?(checked: number, total: number): void;
  /**
   * Let each raw event record go once the schema has checked it, emptying the caller's
   * `raw.events.features`: the loader has no further use for them, and at a million events
   * they hold half a gigabyte while the checked copies are made. Ignored with seeds, whose
   * rule reads every raw record at the end.
   */
  consume?: boolean;
  /** Compiles the record schemas of a file of COMPILE_FROM records or more; without it the runtime parser checks them. */
  compile?: SchemaCompiler;
}

export interface ValidationResult {
  dataset: Dataset;
  issues: ValidationIssue[];
}

type Path = ReadonlyArray<PropertyKey>;

const pathString = (path: Path): string => path.map(String).join('.');

/** The id a report names a record by: its own id where it has a usable one, else its index. */
function recordId(record: unknown, index: number): string {
  if (record && typeof record === 'object' && 'id' in record) {
    const { id } = record as { id: unknown };
    if (typeof id === 'string' && id.length > 0) return id;
  }
  return `#${index}`;
}

/**
 * Parse each element of a file's array with a record schema. Records that fail are
 * reported and dropped; records whose id repeats an earlier one are reported and dropped.
 */
function parseRecords<S extends z.ZodType>(
  file: string,
  records: readonly unknown[],
  schemaOf: S | ((record: unknown) => S),
  issues: ValidationIssue[],
  options: ValidateOptions = {},
  consume = false,
): z.infer<S>[] {
  const { onProgress, compile } = options;
  const kept: z.infer<S>[] = [];
  const seen = new Set<string>();
  const compiled = new Map<S, S>();
  const fast = (schema: S): S => {
    if (!compile || records.length < COMPILE_FROM) return schema;
    let parser = compiled.get(schema);
    if (!parser) compiled.set(schema, (parser = compile(schema)));
    return parser;
  };
  records.forEach((record, index) => {
    if (onProgress && index % PROGRESS_EVERY === 0 && index > 0) onProgress(index, records.length);
    const id = recordId(record, index);
    const schema = fast(typeof schemaOf === 'function' ? schemaOf(record) : schemaOf);
    const parsed = schema.safeParse(record);
    if (consume) (records as unknown[])[index] = undefined;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        issues.push({ file, id, path: pathString(issue.path), message: issue.message });
      }
      return;
    }
    if (seen.has(id)) {
      issues.push({ file, id, path: 'id', message: `duplicate id "${id}": only the first record with it is kept` });
      return;
    }
    seen.add(id);
    kept.push(parsed.data);
  });
  onProgress?.(records.length, records.length);
  return kept;
}

/** Check the file's outer shape; on failure report it whole and yield no records. */
function fileRecords<S extends z.ZodType>(
  file: string,
  value: unknown,
  schema: S,
  pick: (parsed: z.infer<S>) => unknown[],
  issues: ValidationIssue[],
): unknown[] {
  const parsed = schema.safeParse(value);
  if (parsed.success) return pick(parsed.data);
  const first = parsed.error.issues[0];
  issues.push({
    file,
    id: '(file)',
    path: first ? pathString(first.path) : '',
    message: `not a valid ${file}: ${first?.message ?? 'unreadable'}`,
  });
  return [];
}

/** The rules on one event that need the gazetteer, the manifest or the seed texts. */
function eventProblems(
  event: EventFeature,
  places: ReadonlyMap<string, Place>,
  sourceFiles: ReadonlySet<string> | undefined,
  seeds: Readonly<Record<string, string>> | undefined,
): Array<{ path: string; message: string }> {
  const problems: Array<{ path: string; message: string }> = [];
  const p = event.properties;
  if (p.start > p.end) {
    problems.push({ path: 'properties.end', message: `end ${p.end} is before start ${p.start}` });
  }
  const place = places.get(p.place);
  if (!place) {
    problems.push({ path: 'properties.place', message: `unknown place id "${p.place}"` });
  } else {
    const [lon, lat] = event.geometry.coordinates;
    if (lon !== place.point[0] || lat !== place.point[1]) {
      problems.push({
        path: 'geometry.coordinates',
        message: `[${lon}, ${lat}] is not the representative point of "${place.id}" [${place.point.join(', ')}]`,
      });
    }
  }
  if (p.origin !== undefined && !places.has(p.origin)) {
    problems.push({ path: 'properties.origin', message: `unknown place id "${p.origin}"` });
  }
  p.claims.forEach((claim, i) => {
    const at = `properties.claims.${i}`;
    if (sourceFiles && !sourceFiles.has(claim.source)) {
      problems.push({ path: `${at}.source`, message: `"${claim.source}" is not in the sources manifest` });
    }
    if (citesDocument(claim.source)) {
      // An external document's words are as the data set gives them: there is no text to check.
      if (claim.offsets) problems.push({ path: `${at}.offsets`, message: 'a quote from an external document has no offsets to check' });
      return;
    }
    if (!claim.offsets) {
      problems.push({ path: `${at}.offsets`, message: 'a quote from a seed needs its offsets' });
      return;
    }
    const [start, end] = claim.offsets;
    if (start >= end) {
      problems.push({ path: `${at}.offsets`, message: `offsets [${start}, ${end}) are empty or reversed` });
      return;
    }
    if (!seeds) return;
    const text = seeds[claim.source];
    if (text === undefined) {
      problems.push({ path: `${at}.source`, message: `no seed file "${claim.source}"` });
      return;
    }
    const found = text.slice(start, end);
    if (found !== claim.quote) {
      const elsewhere = text.indexOf(claim.quote);
      const hint = elsewhere >= 0 ? ` (the quote is at [${elsewhere}, ${elsewhere + claim.quote.length}))` : ' (the quote is not in the seed verbatim)';
      problems.push({
        path: `${at}.offsets`,
        message: `quote not found at [${start}, ${end}): the seed has "${truncate(found)}" there${hint}`,
      });
    }
  });
  p.figures.forEach((figure, i) => {
    if (figure.valueMin !== undefined && figure.valueMin > figure.value) {
      problems.push({ path: `properties.figures.${i}.valueMin`, message: `low estimate ${figure.valueMin} is above the value ${figure.value}` });
    }
    if (figure.valueMax !== undefined && figure.valueMax < figure.value) {
      problems.push({ path: `properties.figures.${i}.valueMax`, message: `high estimate ${figure.valueMax} is below the value ${figure.value}` });
    }
    if (sourceFiles && !sourceFiles.has(figure.source)) {
      problems.push({ path: `properties.figures.${i}.source`, message: `"${figure.source}" is not in the sources manifest` });
    }
    // A figure read from a data set's column is as the data set gives it, not a phrase of a quote.
    if (figure.field !== undefined) return;
    const quotes = p.claims.filter((c) => c.source === figure.source).map((c) => c.quote);
    if (!quotes.some((q) => q.includes(figure.text))) {
      problems.push({
        path: `properties.figures.${i}.text`,
        message: `"${figure.text}" is not in any quote of this event from ${figure.source}`,
      });
    }
  });
  return problems;
}

/** The claim sources a raw, possibly malformed, event record names. */
function citedSources(record: unknown): string[] {
  const claims = (record as { properties?: { claims?: unknown } } | null)?.properties?.claims;
  if (!Array.isArray(claims)) return [];
  return claims.flatMap((c) => (typeof (c as { source?: unknown })?.source === 'string' ? [(c as { source: string }).source] : []));
}

/** A raw manifest entry that says it is an external document: read with that schema's messages. */
const isDocumentRecord = (record: unknown): boolean => (record as { kind?: unknown } | null)?.kind === 'document';

const truncate = (s: string, n = 60): string => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * Validate a data set. Returns every record that passed every rule, and one issue per fault.
 * Rules: the schema; quotes verbatim at their offsets (when seeds are given); place ids
 * resolve; start <= end; coordinates in range and at the place's point; every seed cited;
 * ids unique.
 */
export function validateDataset(raw: RawDataset, options: ValidateOptions = {}): ValidationResult {
  const issues: ValidationIssue[] = [];
  const file = { ...FILES, ...raw.labels };

  const sources =
    raw.sources === undefined
      ? []
      : parseRecords(
          file.sources,
          fileRecords(file.sources, raw.sources, sourcesFileSchema, (f) => f.sources, issues),
          (record) => (isDocumentRecord(record) ? documentSourceSchema : seedSourceSchema),
          issues,
          { compile: options.compile },
        ).filter((source: Source) => {
          const bad: Array<{ path: string; message: string }> = [];
          if (source.published && source.published.start > source.published.end) {
            bad.push({ path: 'published.end', message: `end ${source.published.end} is before start ${source.published.start}` });
          }
          if (raw.seeds && source.kind !== 'document' && raw.seeds[source.file] === undefined) {
            bad.push({ path: 'file', message: `no seed file "${source.file}"` });
          }
          for (const b of bad) issues.push({ file: file.sources, id: source.id, ...b });
          return bad.length === 0;
        });

  const places = parseRecords(
    file.gazetteer,
    fileRecords(file.gazetteer, raw.gazetteer, gazetteerFileSchema, (f) => f.places, issues),
    placeSchema,
    issues,
    { compile: options.compile },
  );
  const placeById = new Map(places.map((p) => [p.id, p]));
  const sourceFiles = raw.sources === undefined ? undefined : new Set(sources.map((s) => s.file));

  const rawEvents = fileRecords(file.events, raw.events, eventsFileSchema, (f) => f.features, issues);
  const consume = options.consume === true && !raw.seeds;
  // `rawEvents` is the schema's copy of the array; the caller's must go too.
  if (consume && rawEvents.length > 0) (raw.events as { features: unknown[] }).features = [];
  const parsedEvents = parseRecords(file.events, rawEvents, eventFeatureSchema, issues, options, consume);
  const events = parsedEvents.filter((event) => {
    const problems = eventProblems(event, placeById, sourceFiles, raw.seeds);
    for (const problem of problems) issues.push({ file: file.events, id: event.id, ...problem });
    return problems.length === 0;
  });

  if (raw.seeds) {
    // Count citations by every record, valid or not, so an event dropped for another
    // fault does not also make its seed look uncited.
    const cited = new Set(rawEvents.flatMap(citedSources));
    for (const file of Object.keys(raw.seeds).sort()) {
      if (!cited.has(file)) {
        issues.push({ file: `seeds/${file}`, id: file, path: '', message: 'this seed is not cited by any event' });
      }
    }
  }

  return { dataset: { sources, places, events }, issues };
}

