import type { ColumnMapping, FormatId, ImportPreview } from '../../data/ingest/types';
import { formatCount } from '../numbers';
import { FORMAT_LABELS } from './labels';
import { MappingFields } from './MappingFields';
import { SampleTable } from './SampleTable';

interface Props {
  preview: ImportPreview;
  /** The format the user chose, when not the detected one. */
  format: FormatId;
  onFormat(format: FormatId): void;
  /** The mapping being confirmed, when the format needs one; else null. */
  mapping: Partial<ColumnMapping> | null;
  onMapping(mapping: Partial<ColumnMapping>): void;
}

/** Before loading: the format (detected, with an override), the record count, notes, the mapping and a sample. */
export function PreviewForm({ preview, format, onFormat, mapping, onMapping }: Props) {
  const columns = preview.columns ?? Object.keys(preview.sample[0] ?? {});
  // Every format stays on offer: the detected ones first, then the rest.
  const choices = [...new Set([...preview.formats, format, ...(Object.keys(FORMAT_LABELS) as FormatId[])])];
  return (
    <div className="preview" data-testid="import-preview">
      <div className="preview-facts">
        <label htmlFor="import-format">Format</label>
        <select id="import-format" value={format} onChange={(e) => onFormat(e.currentTarget.value as FormatId)}>
          {choices.map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABELS[f]}
              {f === preview.formats[0] ? ' (detected)' : ''}
            </option>
          ))}
        </select>
        <span className="preview-rows" data-testid="preview-rows">
          {preview.rows === null ? 'Records: counted as it loads (a large file is previewed from its start)' : `${formatCount(preview.rows)} ${preview.rows === 1 ? 'record' : 'records'}`}
        </span>
      </div>
      {preview.notes.length > 0 && (
        <ul className="preview-notes">
          {preview.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {mapping && preview.columns && <MappingFields columns={preview.columns} mapping={mapping} onChange={onMapping} />}
      <SampleTable columns={columns} rows={preview.sample} />
    </div>
  );
}
