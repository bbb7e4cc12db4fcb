import { useStore } from 'zustand';
import { useAtlas, useAtlasStore } from '../atlas-context';
import { formatCount } from '../numbers';
import { dialogs } from './dialogs-state';
import { openShipped } from './open-files';

/**
 * Under the top bar while a data set other than the shipped one is shown: its name, what
 * loaded and was set aside, the report, and the way back to the built-in data.
 */
export function DataSetBar() {
  const store = useAtlasStore();
  const source = useAtlas((s) => s.dataSource);
  const name = useAtlas((s) => s.dataName);
  const report = useAtlas((s) => s.importReport);
  const busy = useAtlas((s) => s.loading !== null);
  const show = useStore(dialogs, (s) => s.show);
  if (!source || source.kind === 'shipped') return null;
  return (
    <div className="dataset-bar" data-testid="dataset-bar">
      <span className="dataset-name">
        Data set: <strong title={name}>{name}</strong>
      </span>
      {report && (
        <button type="button" className="link-button" onClick={(e) => show({ kind: 'report', returnTo: e.currentTarget })} data-testid="open-report">
          {formatCount(report.loaded)} loaded
          {report.setAside > 0 ? `, ${formatCount(report.setAside)} set aside` : ''}
        </button>
      )}
      <button type="button" className="link-button" disabled={busy} onClick={() => void openShipped(store)} data-testid="back-to-shipped">
        Back to the built-in data
      </button>
    </div>
  );
}
