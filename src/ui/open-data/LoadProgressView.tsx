import { useAtlas } from '../atlas-context';
import { loadFraction, loadMessage } from '../load-message';

/** Progress of the load in progress, from the store (large files take a while). */
export function LoadProgressView() {
  const progress = useAtlas((s) => s.loading);
  const fraction = loadFraction(progress);
  return (
    <div className="load-progress" role="status" aria-live="polite" data-testid="import-progress">
      <p>{loadMessage(progress)}</p>
      <progress aria-hidden="true" max={1} value={fraction ?? 0} />
    </div>
  );
}
