/**
 * The histogram's bins, from the filtered time index and the domain only. It reads nothing
 * that a slider step changes, so scrubbing never recomputes or re-renders it.
 */
import { useMemo } from 'react';
import { selectFiltered } from '../../state/derived';
import { useAtlas } from '../atlas-context';
import { chooseBinDays } from './axis-ticks';
import { spanOf } from './window-math';

export interface HistogramModel {
  /** Events per bin; an event known only to its month is spread over its days. */
  bins: Float64Array;
  binDays: number;
  /** Days the bins cover, from the domain start. */
  days: number;
  /** The tallest bin, for scaling. */
  peak: number;
}

export function useHistogram(): HistogramModel {
  const index = useAtlas((s) => selectFiltered(s).index);
  const start = useAtlas((s) => s.data?.domain.start ?? 0);
  const end = useAtlas((s) => s.data?.domain.end ?? 0);
  return useMemo(() => {
    const days = spanOf({ start, end }) + 1;
    const binDays = chooseBinDays(days);
    const bins = index.histogram(start, start + days - 1, binDays);
    return { bins, binDays, days, peak: Math.max(0, ...bins) };
  }, [index, start, end]);
}
