/**
 * What the loading indicator says at each step of a load (`load-protocol.ts` names the
 * steps). Counts are grouped the English way, as the rest of the UI writes them.
 */
import type { LoadProgress } from '../data/load-protocol';
import { formatCount as count } from './numbers';

const megabytes = (bytes: number): string => count(Math.round(bytes / 1_000_000));

export function loadMessage(progress: LoadProgress | null): string {
  const head = 'Loading events…';
  if (!progress) return head;
  const { phase, done, total } = progress;
  switch (phase) {
    case 'download':
      if (done === 0) return head;
      return total === null ? `${head} ${megabytes(done)} MB downloaded` : `${head} ${megabytes(done)} of ${megabytes(total)} MB downloaded`;
    case 'parse':
      return `${head} reading the file`;
    case 'validate':
      return `${head} ${count(done)} of ${count(total ?? done)} validated`;
    case 'prepare':
      return `${head} sorting ${count(total ?? done)} events by date`;
    case 'receive':
      return `${head} ${count(done)} of ${count(total ?? done)} ready`;
  }
}

/** How far along the current step is, 0..1, or null when that is not known. */
export const loadFraction = (progress: LoadProgress | null): number | null =>
  progress && progress.total ? Math.min(1, progress.done / progress.total) : null;
