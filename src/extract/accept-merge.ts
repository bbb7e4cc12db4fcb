/**
 * What accepting reviewed candidates changes in the curated data set, computed without I/O:
 * a candidate that reports an event already curated becomes a new claim (and figures) on it;
 * otherwise it becomes a new event. Its auto-geocoded place joins the gazetteer and its
 * article joins the sources manifest. `scripts/accept.ts` validates the result and writes it.
 */
import { eventFeatureSchema } from '../domain/schema';
import type { EventFeature, Place, Source } from '../domain/types';
import { matchCandidate } from './match';
import type { CandidateFeature } from './types';

/** A match must be this strong to merge: in practice, the same quote or place+date+words. */
export const MERGE_SCORE = 0.7;

export interface RawData {
  /** Parsed JSON files, kept as they are so records we do not touch round-trip unchanged. */
  sources: { sources: unknown[] };
  gazetteer: { places: unknown[] };
  events: { type: 'FeatureCollection'; features: unknown[] };
}

export interface AcceptOutcome {
  data: RawData;
  /** One line per change, for the terminal. */
  log: string[];
  /** Articles to copy into seeds/ (the validator checks quotes against seeds/<file>). */
  articles: Array<{ file: string; from: string }>;
}

const idOf = (r: unknown): string | undefined => (r && typeof r === 'object' && typeof (r as { id?: unknown }).id === 'string' ? (r as { id: string }).id : undefined);

/** The candidate as a plain curated event: the review block removed. */
export function asEvent(candidate: CandidateFeature, id: string): EventFeature {
  const event: EventFeature & { candidate?: unknown } = { ...candidate, id };
  delete event.candidate;
  return event;
}

function sourceRecord(candidate: CandidateFeature, file: string, taken: Set<string>): Source {
  const p = candidate.candidate.published;
  let id = `src-${file.replace(/\.txt$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  while (taken.has(id)) id += '-x';
  return {
    id,
    file,
    headline: p.headline,
    outlet: p.outlet,
    published: {
      start: p.start,
      end: p.end,
      precision: p.start === p.end ? 'day' : 'approximate',
      reasoning: 'As given to npm run extract (article header, --published or the manifest); review it.',
    },
    language: 'en',
  };
}

/** Apply `candidates` (already reviewed) to a copy of `data`. */
export function planAccept(candidates: readonly CandidateFeature[], data: RawData, options: { asNew: boolean } = { asNew: false }): AcceptOutcome {
  const next: RawData = structuredClone(data);
  const log: string[] = [];
  const articles: AcceptOutcome['articles'] = [];
  const places = new Map<string, Place>();
  for (const raw of next.gazetteer.places) {
    const id = idOf(raw);
    if (id) places.set(id, raw as Place);
  }
  const sourceIds = new Set(next.sources.sources.map(idOf).filter((x): x is string => x !== undefined));
  const eventIds = new Set(next.events.features.map(idOf).filter((x): x is string => x !== undefined));

  for (const candidate of candidates) {
    for (const newPlace of [candidate.candidate.newPlace, candidate.candidate.newOrigin]) {
      if (!newPlace || places.has(newPlace.id)) continue;
      next.gazetteer.places.push(newPlace);
      places.set(newPlace.id, newPlace);
      log.push(`gazetteer: + ${newPlace.id} (${newPlace.note ?? 'auto-geocoded'})`);
    }
    const file = candidate.properties.claims[0]?.source ?? '';
    if (!next.sources.sources.some((s) => (s as { file?: unknown }).file === file)) {
      const source = sourceRecord(candidate, file, sourceIds);
      sourceIds.add(source.id);
      next.sources.sources.push(source);
      articles.push({ file, from: candidate.candidate.article });
      log.push(`sources: + ${source.id} for ${file}`);
    }
    const curated = next.events.features.flatMap((f) => {
      const parsed = eventFeatureSchema.safeParse(f);
      return parsed.success ? [parsed.data] : [];
    });
    const best = options.asNew ? undefined : matchCandidate(candidate, curated, places)[0];
    if (best && best.score >= MERGE_SCORE) {
      const target = next.events.features.find((f) => idOf(f) === best.eventId) as EventFeature;
      const fresh = candidate.properties.claims.filter((claim) => !target.properties.claims.some((c) => c.source === claim.source && c.offsets?.[0] === claim.offsets?.[0] && c.offsets?.[1] === claim.offsets?.[1]));
      if (fresh.length === 0) {
        log.push(`${candidate.id}: already a claim of ${target.id}; nothing added`);
        continue;
      }
      target.properties.claims.push(...fresh);
      for (const figure of candidate.properties.figures) {
        if (!target.properties.figures.some((f) => f.text === figure.text && f.source === figure.source)) target.properties.figures.push(figure);
      }
      log.push(`${candidate.id}: merged into ${target.id} as ${fresh.length === 1 ? 'a new claim' : `${fresh.length} new claims`} (${best.reasons.join(', ')})`);
    } else {
      let id = candidate.id.replace(/^cand-/, 'evt-');
      while (eventIds.has(id)) id += '-x';
      eventIds.add(id);
      next.events.features.push(asEvent(candidate, id));
      log.push(`${candidate.id}: added as new event ${id}`);
    }
  }
  return { data: next, log, articles };
}
