/**
 * Events over time behind the track, as one stepped silhouette (no gaps between bars, so it
 * reads the same at 360 px and at 1600 px). It is drawn twice: grey for the whole domain, and
 * in the accent colour clipped to the window through CSS variables the slider sets, so a
 * slider step moves a clip rectangle and never re-renders this component.
 */
import { memo, useMemo } from 'react';
import { useHistogram } from './use-histogram';

/** Shortest bar for a non-empty bin, in viewBox units of 100: a lone event stays visible. */
const MIN_BAR = 3;

export function barsPath(bins: Float64Array, binDays: number, days: number, peak: number): string {
  if (peak <= 0) return '';
  const parts = ['M0 100'];
  bins.forEach((v, i) => {
    const y = v > 0 ? 100 - Math.max(MIN_BAR, (v / peak) * 100) : 100;
    parts.push(`V${y.toFixed(2)}H${Math.min(days, (i + 1) * binDays)}`);
  });
  parts.push('V100Z');
  return parts.join('');
}

export const Histogram = memo(function Histogram() {
  const { bins, binDays, days, peak } = useHistogram();
  const d = useMemo(() => barsPath(bins, binDays, days, peak), [bins, binDays, days, peak]);
  const layer = (className: string) => (
    <svg className={`ts-hist-layer ${className}`} viewBox={`0 0 ${days} 100`} preserveAspectRatio="none" focusable="false">
      <path d={d} />
    </svg>
  );
  return (
    <div className="ts-hist" aria-hidden="true" data-bins={bins.length} data-bin-days={binDays}>
      {layer('ts-hist-out')}
      {layer('ts-hist-in')}
    </div>
  );
});
