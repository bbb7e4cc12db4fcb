/**
 * TimeMap exports (Forensic Architecture's format, also Bellingcat's): `events.json`, an array
 * of events with `MM/DD/YYYY` dates and coordinates as strings; `sources.json`, sources by id
 * (an object keyed by id, or an array) with `paths` to the media; `associations.json`, the
 * filters and narratives events belong to. Associations become the event's tags, so the
 * atlas's text search filters by them.
 */
import { clip, ImportBuilder, type FormatOutput, type ImportedClaim } from '../build';
import { parseDateCell, TIMEMAP_DATE_PATTERNS } from '../dates';
import type { TextFile } from '../ingest';
import { parseJson } from './atlas';
import { categoryOf } from './generic';

type Json = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');
const base = (name: string): string => name.replace(/^.*[\\/]/, '').toLowerCase();

interface TimemapSource {
  id: string;
  title: string;
  url: string | null;
  date: string | null;
  type: string;
}

function sourcesById(value: unknown): Map<string, TimemapSource> {
  const list: unknown[] = Array.isArray(value) ? value : value && typeof value === 'object' ? Object.entries(value as Json).map(([id, s]) => ({ id, ...(s as Json) })) : [];
  const out = new Map<string, TimemapSource>();
  for (const s of list) {
    if (!s || typeof s !== 'object') continue;
    const o = s as Json;
    const paths = Array.isArray(o.paths) ? o.paths.map(str) : [];
    const url = [str(o.url), ...paths].find((p) => /^https?:\/\//i.test(p)) ?? null;
    out.set(str(o.id), { id: str(o.id), title: str(o.title), url, date: parseDateCell(str(o.date), TIMEMAP_DATE_PATTERNS), type: str(o.type) });
  }
  return out;
}

function associationTitles(value: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!Array.isArray(value)) return out;
  for (const a of value) {
    if (!a || typeof a !== 'object') continue;
    const o = a as Json;
    const paths = Array.isArray(o.filter_paths) ? o.filter_paths.map(str).filter(Boolean) : [];
    const title = paths.length > 0 ? paths.join(' / ') : str(o.title);
    out.set(str(o.id), str(o.mode).toUpperCase() === 'NARRATIVE' ? `narrative: ${title}` : title);
  }
  return out;
}

export function readTimemap(files: readonly TextFile[]): FormatOutput {
  const eventsFile = files.find((f) => base(f.name) === 'events.json') ?? files.find((f) => !/sources|associations/i.test(base(f.name))) ?? files[0]!;
  const via = `TimeMap export ${eventsFile.name}`;
  const b = new ImportBuilder(eventsFile.name, via, 'tm');
  const sourcesFile = files.find((f) => base(f.name).startsWith('sources'));
  const assocFile = files.find((f) => base(f.name).startsWith('associations'));
  const events = parseJson(eventsFile.text, eventsFile.name, b.issues);
  const sources = sourcesFile ? sourcesById(parseJson(sourcesFile.text, sourcesFile.name, b.issues)) : new Map<string, TimemapSource>();
  const associations = assocFile ? associationTitles(parseJson(assocFile.text, assocFile.name, b.issues)) : new Map<string, string>();
  if (!sourcesFile) b.notes.push('No sources.json was given: events are attributed to the export itself.');
  if (events === undefined) return b.result();
  if (!Array.isArray(events)) {
    b.reject('(file)', '', 'not a TimeMap events file: expected an array of events');
    return b.result();
  }
  const unknownSources = new Set<string>();
  events.forEach((value, i) => {
    const e = (value && typeof value === 'object' ? value : {}) as Json;
    const record = str(e.id) || `#${i}`;
    const lat = b.number(record, 'latitude', str(e.latitude), -90, 90);
    const lon = b.number(record, 'longitude', str(e.longitude), -180, 180);
    const day = parseDateCell(str(e.date), TIMEMAP_DATE_PATTERNS);
    if (day === null) b.reject(record, 'date', str(e.date) === '' ? 'date is empty' : `date "${clip(str(e.date))}" is not MM/DD/YYYY`);
    if (lat === null || lon === null || day === null) return;
    const description = str(e.description);
    const ids = Array.isArray(e.sources) ? e.sources.map(str).filter(Boolean) : [];
    const claims: ImportedClaim[] = ids.flatMap((id) => {
      const s = sources.get(id);
      if (!s) {
        unknownSources.add(id);
        return [];
      }
      return [{ document: { outlet: s.type || null, url: s.url, headline: s.title || null, published: s.date }, quote: description || s.title || id, attribution: s.title || s.type || id }];
    });
    if (claims.length === 0) claims.push({ document: { outlet: via }, quote: description || str(e.location) || record, attribution: via });
    const { category, originalType } = categoryOf(str(e.category) || str(e.type));
    const tags = (Array.isArray(e.associations) ? e.associations.map(str) : []).map((a) => associations.get(a) ?? a).filter(Boolean);
    b.event({
      id: record.replace(/^#/, 'n'),
      title: description ? clip(description.split(/(?<=[.!?])\s/)[0]!, 100) : str(e.location) || `Event ${record}`,
      category,
      originalType,
      start: day,
      end: day,
      datePrecision: 'day',
      place: { name: str(e.location) || `${lat}, ${lon}`, lon, lat, kind: 'city', note: 'A point as given by the TimeMap export, which states no precision.' },
      tags,
      claims,
    });
  });
  if (unknownSources.size > 0) {
    b.notes.push(`${unknownSources.size} source id(s) cited by events are not in sources.json (${[...unknownSources].slice(0, 5).join(', ')}${unknownSources.size > 5 ? ', …' : ''}).`);
  }
  return b.result();
}
