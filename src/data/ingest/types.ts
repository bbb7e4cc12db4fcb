/**
 * The ingest seam's types: what a data set can come from, which formats are read, and what
 * the user is shown before (preview) and after (report) a load. Formats are modules behind
 * one ingest function; nothing else in the app needs to know which format a data set came from.
 */
import type { ValidationIssue } from '../../domain/types';

/**
 * The formats the ingest reads. `atlas` is our own schema (events.geojson + gazetteer + sources);
 * `parquet` the same data set with its events in a columnar file (events.parquet).
 */
export type FormatId = 'atlas' | 'parquet' | 'geojson' | 'csv' | 'acled' | 'ucdp' | 'timemap';

/** One file as the user gave it: its name and its bytes, undecoded (the encoding is detected). */
export interface RawFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * For a CSV whose columns are not a known format: which column holds what. Column names as in
 * the file's header row. Optional fields may be absent from the file.
 */
export interface ColumnMapping {
  latitude: string;
  longitude: string;
  date: string;
  endDate?: string;
  title?: string;
  category?: string;
  placeName?: string;
  text?: string;
  source?: string;
}

/** Where a data set comes from. One store action (`openDataset`) takes any of these. */
export type DatasetSource =
  /** The data set shipped with the app (`data/`). */
  | { kind: 'shipped' }
  /** A folder on this site (`?data=datasets/x/`) holding our schema's files or a columnar file. */
  | { kind: 'folder'; path: string }
  /** A file or folder on another site (`?data=https://…`); only after the user confirmed the host. */
  | { kind: 'link'; url: string }
  /** Files opened from disk (picker or drop), or reopened from the browser's storage. */
  | { kind: 'files'; files: File[]; format?: FormatId; mapping?: ColumnMapping };

/** What the open-data dialog shows before loading: detected format, size, and the mapping to confirm. */
export interface ImportPreview {
  /** The detected format (the user may override it with another of `formats`). */
  format: FormatId;
  /** Formats the content could be read as, the detected one first. */
  formats: FormatId[];
  /** Records found (rows for CSV, features for GeoJSON, events for TimeMap); null when unknown. */
  rows: number | null;
  /** The header row of a CSV/TSV, else null. */
  columns: string[] | null;
  /** The proposed mapping for a CSV: detected for a known format, guessed otherwise. */
  mapping: ColumnMapping | null;
  /** True when the columns are not a known format: the user must confirm `mapping` before loading. */
  needsMapping: boolean;
  /** The first few records, as column -> cell text, to show beside the mapping. */
  sample: Record<string, string>[];
  /** Things the user should know before loading, e.g. "read as Windows-1252: not valid UTF-8". */
  notes: string[];
}

/** One record set aside, for the report and its CSV download. */
export interface SetAsideRecord {
  /** The file it came from. */
  file: string;
  /** 1-based data row for a CSV (header excluded), the record's id, or `#index`. */
  record: string;
  /** The field that was wrong (`event_date`, `properties.claims.0.offsets`), or '' for the whole record. */
  field: string;
  message: string;
}

/** After a load: what loaded and what was set aside, counted by record, grouped by reason. */
export interface ImportReport {
  /** A name for the data set: the file name(s), folder or URL. */
  name: string;
  format: FormatId;
  /** Events that loaded. */
  loaded: number;
  /** Records set aside (each counted once, however many messages it has). */
  setAside: number;
  /** Set-aside records grouped by reason (a reason is the message with the record's specifics removed). */
  groups: { reason: string; count: number; records: SetAsideRecord[] }[];
  /** Notes on the whole load (encoding, columns ignored, quotes not checked against article text). */
  notes: string[];
  /** The raw issues, as the validator reported them. */
  issues: ValidationIssue[];
}
