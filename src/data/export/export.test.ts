import { resolve } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAtlasData, type AtlasData } from '../../domain/atlas-event';
import { toDay } from '../../domain/days';
import { NO_FILTERS } from '../../domain/selectors';
import { visibleEvents } from '../../test-support/oracles';
import { ingest } from '../ingest/ingest';
import { readDataset } from '../read-dataset';
import { validateDataset, type Dataset } from '../validate';
import { CSV_COLUMNS } from './csv';
import { EXPORT_FORMAT, type ExportMember } from './geojson';
import { makeExport, type ExportInput } from './index';
import { toEventFeature } from './to-feature';

let shipped: Dataset;
let seeds: Readonly<Record<string, string>>;
let data: AtlasData;

beforeAll(() => {
  const { raw } = readDataset(resolve(__dirname, '../../..'));
  const result = validateDataset(raw);
  expect(result.issues).toEqual([]);
  shipped = result.dataset;
  seeds = raw.seeds ?? {};
  data = buildAtlasData(shipped);
});

const input = (over: Partial<ExportInput> = {}): ExportInput => ({
  data,
  events: data.events,
  dateWindow: data.domain,
  filters: NO_FILTERS,
  dataName: 'shipped',
  dataVersion: 'abc123',
  link: 'https://atlas.example/?from=2024-06-01',
  now: new Date('2026-12-01T10:00:00Z'),
  ...over,
});

describe('toEventFeature', () => {
  it('gives back every shipped event exactly as stored', () => {
    const stored = new Map(shipped.events.map((f) => [f.id, f]));
    for (const e of data.events) expect(toEventFeature(e)).toEqual(stored.get(e.id));
  });
});

describe('GeoJSON export', () => {
  const reopen = (text: string) => {
    const parsed = JSON.parse(text) as { atlas: ExportMember; features: unknown[] };
    return {
      parsed,
      result: validateDataset({
        events: parsed,
        gazetteer: { places: parsed.atlas.places },
        sources: { sources: parsed.atlas.sources },
        // The texts of the articles the export cites: every quote is checked at its offsets.
        seeds: Object.fromEntries(parsed.atlas.sources.map((s) => [s.file, seeds[s.file]!])),
      }),
    };
  };

  it('round-trips the whole data set through the validator, quotes checked at their offsets', () => {
    const { parsed, result } = reopen(makeExport(input(), 'geojson').text);
    expect(parsed.atlas.format).toBe(EXPORT_FORMAT);
    expect(result.issues).toEqual([]);
    expect(buildAtlasData(result.dataset).events).toEqual(data.events);
  });

  it('opens again through the ingest seam, as "Open data…" reads it, with the same events', () => {
    const file = makeExport(input(), 'geojson');
    const r = ingest([{ name: file.name, bytes: new TextEncoder().encode(file.text) }]);
    expect(r.issues).toEqual([]);
    expect(r.format).toBe('atlas');
    expect(buildAtlasData(r.dataset).events).toEqual(data.events);
  });

  it('holds only the events on screen, the places and sources they use, and the view', () => {
    const dateWindow = { start: toDay('2024-10-20'), end: toDay('2024-10-31') };
    const filters = { ...NO_FILTERS, search: 'kursk' };
    const events = visibleEvents(data.events, dateWindow, filters);
    expect(events.length).toBeGreaterThan(0);
    expect(events.length).toBeLessThan(data.events.length);
    const file = makeExport(input({ events, dateWindow, filters }), 'geojson');
    const { parsed, result } = reopen(file.text);
    expect(result.issues).toEqual([]);
    expect(parsed.features.map((f) => (f as { id: string }).id)).toEqual(events.map((e) => e.id));
    const used = new Set(events.flatMap((e) => [e.place.id, ...(e.origin ? [e.origin.id] : [])]));
    expect(new Set(parsed.atlas.places.map((p) => p.id))).toEqual(used);
    expect(parsed.atlas.view).toMatchObject({ from: '2024-10-20', to: '2024-10-31', search: 'kursk', events: events.length, dataVersion: 'abc123' });
    expect(file.name).toBe('event-atlas_2024-10-20_2024-10-31_filtered.geojson');
  });
});

describe('CSV export', () => {
  const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

  it('has one row per claim, in the documented columns', () => {
    const { data: rows, meta, errors } = parse(makeExport(input(), 'csv').text);
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(data.events.reduce((n, e) => n + e.claims.length, 0));
    const first = data.events[0]!;
    expect(rows[0]).toMatchObject({ event_id: first.id, quote: first.claims[0]!.quote, claim_number: '1', status: first.claims[0]!.status });
  });

  it('neutralises cells a spreadsheet would run as a formula, and leaves negative numbers alone', () => {
    const event = data.events[0]!;
    const hostile = {
      ...event,
      title: '=HYPERLINK("http://evil.example","click")',
      place: { ...event.place, point: [-77.03, -12.05] as [number, number] },
      claims: [{ ...event.claims[0]!, quote: '+cmd|/C calc!A0', attribution: '@SUM(1+1)' }, { ...event.claims[0]!, quote: '-2+3' }],
    };
    const { data: rows } = parse(makeExport(input({ events: [hostile] }), 'csv').text);
    expect(rows[0]!.title).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(rows[0]!.quote).toBe(`'+cmd|/C calc!A0`);
    expect(rows[0]!.attribution).toBe(`'@SUM(1+1)`);
    expect(rows[1]!.quote).toBe(`'-2+3`);
    expect(rows[0]!.longitude).toBe('-77.03');
    expect(rows[0]!.latitude).toBe('-12.05');
  });
});
