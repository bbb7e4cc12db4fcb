/**
 * The rules on one columnar event that need the gazetteer or the manifest, run on an event whose
 * own values passed: the same as the GeoJSON path's (`validate.ts`'s `eventProblems`), its
 * faults named by the column and, for a claim or figure, by that table's row.
 */
import { citesDocument, type EventFeature, type Place } from '../../domain/types';

export interface CrossContext {
  places: ReadonlyMap<string, Place>;
  sourceFiles: ReadonlySet<string> | undefined;
}

/** Where the event's claims and figures begin in their tables (0-based rows). */
export interface PartStarts {
  claims: number;
  figures: number;
}

export function crossProblems(event: EventFeature, start: number, end: number, starts: PartStarts, ctx: CrossContext, add: (column: string, message: string) => void): void {
  const p = event.properties;
  if (start > end) add('end', `end ${p.end} is before start ${p.start}`);
  if (!ctx.places.has(p.place)) add('place', `unknown place id "${p.place}"`);
  if (p.origin !== undefined && !ctx.places.has(p.origin)) add('origin', `unknown place id "${p.origin}"`);
  p.claims.forEach((claim, i) => {
    const at = `claims.parquet row ${starts.claims + i + 1}`;
    if (ctx.sourceFiles && !ctx.sourceFiles.has(claim.source)) add('claims.source', `${at}: "${claim.source}" is not in the sources manifest`);
    if (citesDocument(claim.source)) {
      if (claim.offsets) add('claims.offset_start', `${at}: a quote from an external document has no offsets to check`);
    } else if (!claim.offsets) add('claims.offset_start', `${at}: a quote from a seed needs its offsets`);
    else if (claim.offsets[0] >= claim.offsets[1]) add('claims.offset_end', `${at}: offsets [${claim.offsets[0]}, ${claim.offsets[1]}) are empty or reversed`);
  });
  p.figures.forEach((figure, i) => {
    const at = `figures.parquet row ${starts.figures + i + 1}`;
    if (figure.valueMin !== undefined && figure.valueMin > figure.value) add('figures.value_min', `${at}: low estimate ${figure.valueMin} is above the value ${figure.value}`);
    if (figure.valueMax !== undefined && figure.valueMax < figure.value) add('figures.value_max', `${at}: high estimate ${figure.valueMax} is below the value ${figure.value}`);
    if (ctx.sourceFiles && !ctx.sourceFiles.has(figure.source)) add('figures.source', `${at}: "${figure.source}" is not in the sources manifest`);
    if (figure.field !== undefined) return;
    if (!p.claims.some((c) => c.source === figure.source && c.quote.includes(figure.text))) add('figures.text', `${at}: "${figure.text}" is not in any quote of this event from ${figure.source}`);
  });
}
