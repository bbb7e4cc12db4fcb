/**
 * The date slider: a histogram of events over the data set's dates, two handles and a
 * draggable window between them, month ticks, play/pause and the "N of M events" count.
 *
 * Per slider step only this component and the small parts given `win` re-render; the window
 * reaches the histogram's highlight and the band as CSS variables set here, so the
 * histogram and the axis (memoised, reading no window) stay as they are (issue 3, STYLE.md §3).
 */
import { useRef, type CSSProperties } from 'react';
import { useAtlas } from '../atlas-context';
import { Axis } from './Axis';
import { Histogram } from './Histogram';
import { PlayControls } from './PlayControls';
import { useWindowDrag } from './use-window-drag';
import { WindowLabels } from './WindowLabels';
import { WindowThumbs } from './WindowThumbs';
import { cellPct, handlePct, lastDay, spanOf } from './window-math';
import './time-slider.css';

export function TimeSlider() {
  const domain = useAtlas((s) => s.data?.domain ?? null);
  const win = useAtlas((s) => s.window);
  const plotRef = useRef<HTMLDivElement>(null);
  const drag = useWindowDrag(plotRef);
  if (!domain) return null;

  const vars = {
    // Handle centres, in % of the plot: where the date labels anchor.
    '--ts-a': `${handlePct(win.start, domain)}%`,
    '--ts-b': `${handlePct(win.end, domain)}%`,
    // The window's days as an inset of the cell box: the band and the histogram highlight.
    '--ts-l': `${cellPct(win.start, domain)}%`,
    '--ts-r': `${100 - cellPct(win.end + 1, domain)}%`,
    // Half a day in % of the plot: how far the cell box reaches past each handle end.
    '--ts-halfday': `${50 / spanOf(domain)}%`,
    // The same window days for the band, which sits among the thumbs (stage box): plot fractions.
    '--ts-bl': (win.start - 0.5 - domain.start) / spanOf(domain),
    '--ts-br': (lastDay(domain) - win.end - 0.5) / spanOf(domain),
  } as CSSProperties;

  return (
    <section className="ts" aria-label="Date window" style={vars}>
      <WindowLabels win={win} />
      <div className="ts-stage" {...drag}>
        <div className="ts-plot" ref={plotRef}>
          <div className="ts-cells">
            <Histogram />
          </div>
        </div>
        <WindowThumbs win={win} domain={domain} />
      </div>
      <Axis domain={domain} />
      <PlayControls />
    </section>
  );
}
