import { useStore } from 'zustand';
import { useAtlas, useAtlasStore } from '../atlas-context';
import { formatCount } from '../numbers';
import { dialogs } from './dialogs-state';
import { openShipped } from './open-files';

/**
 * Under the top bar while a data set other than the shipped one is shown or being opened: its
 * name, what loaded and was set aside, the report, and the way back to the built-in data.
 * It comes with the opening, not with the data, so the map does not shrink under the events
 * just as they are drawn (a canvas resize then took over a second where WebGL runs on the CPU).
 */
export function DataSetBar() {
  const store = useAtlasStore();
  const source = useAtlas((s) => s.dataSource);
  const name = useAtlas((s) => s.dataName);
  const report = useAtlas((s) => s.importReport);
  const busy = useAtlas((s) => s.loading !== null);
  const opening = useAtlas((s) => s.opening);
  const show = useStore(dialogs, (s) => s.show);
  const shown = source && source.kind !== 'shipped';
  if (!shown && opening === null) return null;
  return (
    <div className="dataset-bar" data-testid="dataset-bar">
      <span className="dataset-name">
        {opening !== null ? (
          <>
            Opening: <strong title={opening}>{opening}</strong>…
          </>
        ) : (
          <>
            Data set: <strong title={name}>{name}</strong>
          </>
        )}
      </span>
      {shown && opening === null && report && (
        <button type="button" className="link-button" onClick={(e) => show({ kind: 'report', returnTo: e.currentTarget })} data-testid="open-report">
          {formatCount(report.loaded)} loaded
          {report.setAside > 0 ? `, ${formatCount(report.setAside)} set aside` : ''}
        </button>
      )}
      {shown && (
        <button
          type="button"
          className="link-button"
          disabled={busy}
          onClick={() => void openShipped(store)}
          data-testid="back-to-shipped"
          aria-label="Back to the built-in data"
        >
          {/* Shorter on a phone, so the bar keeps one line and the map its height. */}
          <span className="wide-only">Back to the built-in data</span>
          <span className="narrow-only">Built-in data</span>
        </button>
      )}
    </div>
  );
}
