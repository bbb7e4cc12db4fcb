import { useStore } from 'zustand';
import { useAtlas, useAtlasStore } from '../atlas-context';
import { formatCount } from '../numbers';
import { dialogs } from './dialogs-state';
import { openShipped } from './open-files';
import { SHIPPED_NAME } from '../../data/files';

/**
 * Under the top bar, always: the data set shown (the built-in one too) or being opened, what
 * loaded and was set aside, the report, and the way back to the built-in data. Always there,
 * and one height whatever it says, so opening a data set never shrinks the map: a canvas resize
 * redraws and re-tiles the whole map, over half a second where WebGL runs on the CPU, and that
 * while the load needs the CPU most.
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
  return (
    <div className="dataset-bar" data-testid="dataset-bar">
      <span className="dataset-name">
        {opening !== null ? (
          <>
            Opening: <strong title={opening}>{opening}</strong>…
          </>
        ) : (
          <>
            Data set: <strong title={name || SHIPPED_NAME}>{name || SHIPPED_NAME}</strong>
            {!shown && <span className="dataset-kind"> (built in)</span>}
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
