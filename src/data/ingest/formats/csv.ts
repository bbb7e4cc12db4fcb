/** A CSV/TSV of unknown columns, read with the column mapping the user confirmed. */
import { ImportBuilder, type FormatOutput } from '../build';
import { parseCsv, rowObject } from '../csv-text';
import { guessMapping, mappingProblems } from '../mapping';
import type { ColumnMapping } from '../types';
import type { TextFile } from '../ingest';
import { addGenericRecord } from './generic';

export function readCsv(files: readonly TextFile[], given: ColumnMapping | undefined): FormatOutput {
  const file = files[0]!;
  const b = new ImportBuilder(file.name, `the file ${file.name}`, 'csv');
  const table = parseCsv(file.text);
  const mapping = given ?? guessMapping(table.columns);
  const problems = mappingProblems(mapping, table.columns);
  if (problems.length > 0) {
    b.reject('(file)', '', `the column mapping does not fit: ${problems.join('; ')}`);
    return b.result();
  }
  if (!given) b.notes.push(`Columns read by their names: ${Object.entries(mapping).map(([k, v]) => `${k} = ${v}`).join(', ')}.`);
  for (const e of table.errors) b.reject(`row ${e.row}`, '', `malformed row: ${e.message}`);
  const bad = new Set(table.errors.map((e) => e.row));
  table.rows.forEach((cells, i) => {
    if (bad.has(i + 1)) return;
    const row = rowObject(table.columns, cells);
    const pick = (c: string | undefined) => (c ? row[c] : undefined);
    addGenericRecord(
      b,
      `row ${i + 1}`,
      {
        latitude: pick(mapping.latitude),
        longitude: pick(mapping.longitude),
        date: pick(mapping.date),
        endDate: pick(mapping.endDate),
        title: pick(mapping.title),
        category: pick(mapping.category),
        placeName: pick(mapping.placeName),
        text: pick(mapping.text),
        source: pick(mapping.source),
      },
      { latitude: mapping.latitude, longitude: mapping.longitude, date: mapping.date, endDate: mapping.endDate ?? 'end date' },
      `the file ${file.name}`,
    );
  });
  return b.result();
}
