import { loadFraction, loadMessage } from './load-message';
import { selectFiltered } from '../state/derived';
import { useAtlas } from './atlas-context';
import { formatCount } from './numbers';
import './loading-status.css';

/**
 * Over the map while the data load: which step, and how far (a million events take a
 * while). A status region, so a screen reader hears the steps without losing its place;
 * the bar repeats the text for the eye and is hidden from it. The bar is never indeterminate:
 * that animation repaints the page every frame, and on a machine without a GPU each frame
 * takes CPU from the load itself (with it, the GPU process was busy 25 s of a 1M load).
 */
export function LoadingStatus() {
  const waiting = useAtlas((s) => s.data === null && s.loadError === null);
  const progress = useAtlas((s) => s.loading);
  // A large data set's map layer is built in slices after the data are in (seconds at 1M).
  const drawing = useAtlas((s) => (s.drawing ? selectFiltered(s).events.length : null));
  if (!waiting && drawing === null) return null;
  const fraction = loadFraction(progress);
  return (
    <div className="loading-status" role="status" aria-live="polite" aria-atomic="true" data-testid="loading-status">
      {waiting ? (
        <>
          <p>{loadMessage(progress)}</p>
          <progress aria-hidden="true" max={1} value={fraction ?? 0} />
        </>
      ) : (
        <p>Drawing {formatCount(drawing!)} events on the map…</p>
      )}
    </div>
  );
}
