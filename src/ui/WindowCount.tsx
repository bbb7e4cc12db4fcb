import { selectTotal, selectVisibleCount } from '../state/derived';
import { useAtlas } from './atlas-context';
import { formatCount } from './numbers';

/** "2,558 of 100,000 events": the window's count, in O(log n) per slider step. */
export function WindowCount({ className, testId }: { className: string; testId?: string }) {
  const visible = useAtlas(selectVisibleCount);
  const total = useAtlas(selectTotal);
  return (
    <p className={className} data-testid={testId}>
      <strong>{formatCount(visible)}</strong> of {formatCount(total)} events
    </p>
  );
}
