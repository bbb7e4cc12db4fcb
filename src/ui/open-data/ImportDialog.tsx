import { useEffect, useState } from 'react';
import type { ColumnMapping, FormatId, ImportPreview, ImportReport } from '../../data/ingest/types';
import { previewFiles } from '../../data/ingest/preview';
import { dropReadAhead, prepareToOpen, readFilesAhead } from '../../data/load';
import { useAtlas, useAtlasStore } from '../atlas-context';
import { DialogFrame } from './DialogFrame';
import { completeMapping } from './labels';
import { LoadProgressView } from './LoadProgressView';
import { openFiles } from './open-files';
import { PreviewForm } from './PreviewForm';
import { ReportView } from './ReportView';

type Phase =
  | { kind: 'preview' }
  | { kind: 'loading' }
  | { kind: 'done' }
  /** Nothing opened: the store's notices of this load, and its report when it made one. */
  | { kind: 'failed'; messages: string[]; report: ImportReport | null };

const namesOf = (files: File[]) => files.map((f) => f.name).join(', ');

/** Whether this format is read through a column mapping the user confirms. */
const mapped = (preview: ImportPreview, format: FormatId) => preview.columns !== null && (preview.needsMapping || format === 'csv');

/**
 * Open files: preview them (format, count, mapping, sample), load them with progress, then
 * show what loaded and what was set aside.
 */
export function ImportDialog({ files, onClose, returnTo }: { files: File[]; onClose(): void; returnTo?: HTMLElement | null }) {
  const store = useAtlasStore();
  const report = useAtlas((s) => s.importReport);
  const [override, setOverride] = useState<FormatId | undefined>();
  // The preview of the format asked for; one of another format is stale while the next loads.
  const [result, setResult] = useState<{ asked: FormatId | undefined; preview: ImportPreview | null; error: string | null } | null>(null);
  const [mapping, setMapping] = useState<Partial<ColumnMapping>>({});
  const [phase, setPhase] = useState<Phase>({ kind: 'preview' });

  // A large file is read in the load worker: start it while the reader looks at the preview.
  useEffect(() => prepareToOpen(files), [files]);

  useEffect(() => {
    let live = true;
    previewFiles(files, override).then(
      (preview) => {
        if (!live) return;
        // A format with no mapping to confirm is read ahead while the reader looks at the
        // preview; Load then takes that load. Before Load is enabled, so Load cannot miss it.
        const format = override ?? preview.format;
        if (!mapped(preview, format)) readFilesAhead({ kind: 'files', files, format });
        setResult({ asked: override, preview, error: null });
        setMapping(preview.mapping ?? {});
      },
      (error: Error) => live && setResult({ asked: override, preview: null, error: error.message }),
    );
    return () => {
      live = false;
      // Another format asked for, or the dialog closed: a load not taken by Load is dropped.
      dropReadAhead();
    };
  }, [files, override]);

  const current = result?.asked === override ? result : null;
  const preview = current?.preview ?? null;
  const previewError = current?.error ?? null;
  const format = override ?? preview?.format;
  const needsMapping = preview !== null && format !== undefined && mapped(preview, format);
  const ready = preview !== null && format !== undefined && (!needsMapping || completeMapping(mapping) !== null);

  const load = async () => {
    if (!ready) return;
    const noticesBefore = new Set(store.getState().notices.map((n) => n.id));
    const reportBefore = store.getState().importReport;
    setPhase({ kind: 'loading' });
    const ok = await openFiles(store, { kind: 'files', files, format, mapping: needsMapping ? completeMapping(mapping)! : undefined });
    if (ok) return setPhase({ kind: 'done' });
    const fresh = store.getState().notices.filter((n) => !noticesBefore.has(n.id) && n.kind !== 'info');
    const report = store.getState().importReport;
    setPhase({ kind: 'failed', messages: fresh.map((n) => n.text), report: report !== reportBefore ? report : null });
  };

  const title = phase.kind === 'done' ? 'What was loaded' : phase.kind === 'failed' ? 'The data could not be opened' : 'Open data';
  return (
    <DialogFrame title={title} description={namesOf(files)} onClose={onClose} testId="import-dialog" returnTo={returnTo}>
      {phase.kind === 'preview' && (
        <>
          {previewError && (
            <p className="error" role="alert">
              These files could not be read: {previewError}
            </p>
          )}
          {!preview && !previewError && <p role="status">Reading the files…</p>}
          {preview && format && (
            <PreviewForm
              preview={preview}
              format={format}
              onFormat={setOverride}
              mapping={needsMapping ? mapping : null}
              onMapping={setMapping}
            />
          )}
        </>
      )}
      {phase.kind === 'loading' && <LoadProgressView />}
      {phase.kind === 'done' && report && <ReportView report={report} />}
      {phase.kind === 'failed' && (
        <>
          <ul className="error" role="alert">
            {(phase.messages.length > 0 ? phase.messages : ['Nothing in these files could be read.']).map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          {phase.report && <ReportView report={phase.report} />}
        </>
      )}
      <div className="dialog-actions">
        {phase.kind === 'preview' ? (
          <>
            {needsMapping && !ready && <span className="dialog-hint">Choose the columns marked * to load.</span>}
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="button button-primary" disabled={!ready} onClick={load} data-testid="import-load">
              Load
            </button>
          </>
        ) : (
          <button type="button" className="button button-primary" onClick={onClose} disabled={phase.kind === 'loading'}>
            {phase.kind === 'loading' ? 'Loading…' : 'Close'}
          </button>
        )}
      </div>
    </DialogFrame>
  );
}
