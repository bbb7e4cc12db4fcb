/**
 * Our own schema: `events.geojson`, `gazetteer.json` and an optional `sources.json`, as the
 * shipped data set and `npm run import` write them; or one exported file, whose places and
 * sources ride in an `atlas` foreign member of the FeatureCollection (RFC 7946 §6.1). Read as
 * they are: the validator checks them.
 */
import type { ValidationIssue } from '../../../domain/types';
import type { RawDataset } from '../../validate';
import type { FormatOutput } from '../build';
import type { TextFile } from '../ingest';

const role = (name: string): 'sources' | 'gazetteer' | 'events' => {
  const base = name.replace(/^.*[\\/]/, '').toLowerCase();
  if (base.startsWith('gazetteer')) return 'gazetteer';
  if (base.startsWith('sources')) return 'sources';
  return 'events';
};

export function parseJson(text: string, file: string, issues: ValidationIssue[]): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    issues.push({ file, id: '(file)', path: '', message: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

/** The three files by their role, named as given. */
export function atlasFiles(files: readonly TextFile[]): Partial<Record<'sources' | 'gazetteer' | 'events', TextFile>> {
  const out: Partial<Record<'sources' | 'gazetteer' | 'events', TextFile>> = {};
  for (const f of files) out[role(f.name)] ??= f;
  return out;
}

export function readAtlas(files: readonly TextFile[]): FormatOutput {
  const issues: ValidationIssue[] = [];
  const { sources, gazetteer, events } = atlasFiles(files);
  const labels = { sources: sources?.name ?? 'sources.json', gazetteer: gazetteer?.name ?? 'gazetteer.json', events: events?.name ?? 'events.geojson' };
  if (!events) issues.push({ file: labels.events, id: '(file)', path: '', message: 'missing: no events file was given' });
  const eventsJson = events ? parseJson(events.text, labels.events, issues) : undefined;
  const member = (eventsJson as { atlas?: { places?: unknown; sources?: unknown } } | undefined)?.atlas;
  if (!gazetteer && events && Array.isArray(member?.places)) {
    // An exported file: one file, its places and sources inside it.
    const raw: RawDataset = {
      sources: Array.isArray(member.sources) ? { sources: member.sources } : undefined,
      gazetteer: { places: member.places },
      events: eventsJson,
      labels: { events: labels.events, gazetteer: `${labels.events} atlas.places`, sources: `${labels.events} atlas.sources` },
    };
    return { raw, issues, notes: [] };
  }
  if (!gazetteer) issues.push({ file: labels.gazetteer, id: '(file)', path: '', message: 'missing: our schema needs a gazetteer.json beside the events (or its places in the file’s atlas member)' });
  const raw: RawDataset = {
    sources: sources ? parseJson(sources.text, labels.sources, issues) : undefined,
    gazetteer: gazetteer ? parseJson(gazetteer.text, labels.gazetteer, issues) : undefined,
    events: eventsJson,
    labels,
  };
  return { raw, issues, notes: [] };
}
