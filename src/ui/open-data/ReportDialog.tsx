import { useAtlas } from '../atlas-context';
import { DialogFrame } from './DialogFrame';
import { ReportView } from './ReportView';

/** The last load's report, reopened from the data-set bar. */
export function ReportDialog({ onClose, returnTo }: { onClose(): void; returnTo?: HTMLElement | null }) {
  const report = useAtlas((s) => s.importReport);
  return (
    <DialogFrame title="What was loaded" onClose={onClose} testId="report-dialog" returnTo={returnTo}>
      {report ? <ReportView report={report} /> : <p>No data set has been opened from a file or link yet.</p>}
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose}>
          Close
        </button>
      </div>
    </DialogFrame>
  );
}
