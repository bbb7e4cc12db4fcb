/**
 * Any GeoJSON FeatureCollection of points whose properties carry a date. Property names are
 * matched as the CSV mapping guesses columns; a feature that is not a point is set aside.
 */
import { ImportBuilder, type FormatOutput } from '../build';
import type { TextFile } from '../ingest';
import { guessMapping } from '../mapping';
import { parseJson } from './atlas';
import { addGenericRecord } from './generic';

export function readGeojson(files: readonly TextFile[]): FormatOutput {
  const file = files[0]!;
  const via = `the GeoJSON file ${file.name}`;
  const b = new ImportBuilder(file.name, via, 'gj');
  const value = parseJson(file.text, file.name, b.issues) as { type?: unknown; features?: unknown } | undefined;
  if (value === undefined) return b.result();
  if (value?.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    b.reject('(file)', 'type', 'not a GeoJSON FeatureCollection');
    return b.result();
  }
  value.features.forEach((f: unknown, i: number) => {
    const feature = (f && typeof f === 'object' ? f : {}) as { id?: unknown; geometry?: { type?: unknown; coordinates?: unknown }; properties?: Record<string, unknown> };
    const record = typeof feature.id === 'string' || typeof feature.id === 'number' ? String(feature.id) : `#${i}`;
    const geometry = feature.geometry;
    if (geometry?.type !== 'Point' || !Array.isArray(geometry.coordinates)) {
      b.reject(record, 'geometry', `geometry ${JSON.stringify(geometry?.type ?? null)} is not a Point: only points are read`);
      return;
    }
    const props = feature.properties ?? {};
    const keys = Object.keys(props);
    const m = guessMapping(keys);
    const pick = (k: string | undefined) => (k ? (props[k] as string | undefined) : undefined);
    const [lon, lat] = geometry.coordinates as unknown[];
    addGenericRecord(
      b,
      record.startsWith('#') ? record : record,
      {
        latitude: lat as number,
        longitude: lon as number,
        date: pick(m.date),
        endDate: pick(m.endDate),
        title: pick(m.title),
        category: pick(m.category),
        placeName: pick(m.placeName),
        text: pick(m.text),
        source: pick(m.source),
      },
      { latitude: 'geometry.coordinates.1', longitude: 'geometry.coordinates.0', date: m.date ? `properties.${m.date}` : 'properties.date', endDate: `properties.${m.endDate ?? 'end'}` },
      via,
    );
  });
  return b.result();
}
