import type { ColumnMapping } from '../../data/ingest/types';
import { MAPPING_FIELDS } from './labels';

interface Props {
  columns: string[];
  mapping: Partial<ColumnMapping>;
  onChange(mapping: Partial<ColumnMapping>): void;
}

/** Which column holds what: one select per field, required ones marked. */
export function MappingFields({ columns, mapping, onChange }: Props) {
  return (
    <fieldset className="mapping" data-testid="mapping">
      <legend>Columns</legend>
      <p className="dialog-hint">
        These columns are not a format we know: say which holds what. Fields marked <span aria-hidden="true">*</span>
        <span className="visually-hidden">required</span> are needed to place an event.
      </p>
      <div className="mapping-grid">
        {MAPPING_FIELDS.map(({ field, label, required }) => {
          const id = `mapping-${field}`;
          return (
            <div key={field} className="mapping-field">
              <label htmlFor={id}>
                {label}
                {required && (
                  <span className="required" aria-hidden="true">
                    {' '}*
                  </span>
                )}
              </label>
              <select
                id={id}
                required={required}
                aria-required={required}
                value={mapping[field] ?? ''}
                onChange={(e) => onChange({ ...mapping, [field]: e.currentTarget.value || undefined })}
              >
                <option value="">{required ? 'Choose a column…' : '(none)'}</option>
                {columns.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
