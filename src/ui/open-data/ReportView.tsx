import type { ImportReport, SetAsideRecord } from '../../data/ingest/types';
import { formatCount } from '../numbers';
import { FORMAT_LABELS } from './labels';
import { reportCsv, reportFileName } from './report-csv';
import { downloadFile } from '../download';

/** Records listed per reason; the CSV has them all. */
const LISTED = 100;

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** The report as CSV, with a byte-order mark so Excel reads it as UTF-8 and quotes keep their accents. */
function download(report: ImportReport) {
  downloadFile(reportFileName(report), ['\ufeff', reportCsv(report)], 'text/csv;charset=utf-8');
}

function RecordLine({ record, file }: { record: SetAsideRecord; file: boolean }) {
  return (
    <li>
      {file && <code>{record.file}</code>} {/^\d+$/.test(record.record) ? `row ${record.record}` : record.record}
      {record.field && (
        <>
          {' '}
          <code>{record.field}</code>
        </>
      )}
      : {record.message}
    </li>
  );
}

/** What a load kept and what it set aside, by reason, with each record's row or id and field. */
export function ReportView({ report }: { report: ImportReport }) {
  const manyFiles = new Set(report.groups.flatMap((g) => g.records.map((r) => r.file))).size > 1;
  return (
    <div className="report" data-testid="import-report">
      <p className="report-summary">
        <strong data-testid="report-loaded">{plural(report.loaded, 'event', 'events')} loaded</strong> from {report.name} (
        {FORMAT_LABELS[report.format]}).{' '}
        <strong data-testid="report-set-aside">
          {report.setAside === 0 ? 'Nothing was set aside.' : `${plural(report.setAside, 'record was', 'records were')} set aside.`}
        </strong>
      </p>
      {report.notes.length > 0 && (
        <ul className="report-notes">
          {report.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {report.groups.length > 0 && (
        <ul className="report-groups">
          {report.groups.map((g) => (
            <li key={g.reason} data-testid="report-group">
              <details>
                <summary>
                  <span className="report-reason">{g.reason}</span> <span className="report-count">{plural(g.count, 'record', 'records')}</span>
                </summary>
                <ul className="report-records">
                  {g.records.slice(0, LISTED).map((r, i) => (
                    <RecordLine key={i} record={r} file={manyFiles} />
                  ))}
                </ul>
                {g.records.length > LISTED && (
                  <p className="dialog-hint">… and {formatCount(g.records.length - LISTED)} more in the CSV.</p>
                )}
              </details>
            </li>
          ))}
        </ul>
      )}
      {report.setAside > 0 && (
        <button type="button" className="button" onClick={() => download(report)} data-testid="report-download">
          Download the set-aside records (CSV)
        </button>
      )}
    </div>
  );
}
