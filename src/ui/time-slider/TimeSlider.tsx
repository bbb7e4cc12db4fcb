/**
 * The date slider: a histogram of events over the data set's dates, two handles and a
 * draggable window between them, month ticks, play/pause and the "N of M events" count.
 *
 * Per slider step only this component and the small parts given `win` re-render; the window
 * reaches the histogram's highlight, the band and the labels as CSS variables, so the
 * histogram and the axis (memoised, reading no window) stay as they are: scrubbing never re-renders
 * the React tree to move data.
 * Each variable that moves is set on the element whose subtree uses it: one set on the whole
 * slider restyles and lays out all of it, about 1 ms per step.
 */
import { useRef, type CSSProperties } from 'react';
import { useAtlas } from '../atlas-context';
import { Axis } from './Axis';
import { Histogram } from './Histogram';
import { PlayControls } from './PlayControls';
import { useWindowDrag } from './use-window-drag';
import { WindowLabels } from './WindowLabels';
import { WindowThumbs } from './WindowThumbs';
import { cellPct, spanOf } from './window-math';
import type { DayWindow } from '../../domain/selectors';
import './time-slider.css';

/** Dates for the slider's layout before there are data: laid out, never shown. */
const NO_DOMAIN: DayWindow = { start: 0, end: 30 };

export function TimeSlider() {
  const data = useAtlas((s) => s.data?.domain ?? null);
  const win = useAtlas((s) => s.dateWindow);
  const plotRef = useRef<HTMLDivElement>(null);
  const drag = useWindowDrag(plotRef);
  // Before the first data set arrives, the slider takes its room, hidden, so the map does not
  // shrink when the data come: resizing the map's canvas then cost over a second where WebGL
  // runs on the CPU, at the very moment the events are drawn for the first time.
  const domain = data ?? NO_DOMAIN;

  // Half a day in % of the plot: how far the cell box reaches past each handle end.
  const vars = { '--ts-halfday': `${50 / spanOf(domain)}%` } as CSSProperties;
  // The window's days as an inset of the cell box: the histogram highlight.
  const highlight = {
    '--ts-l': `${cellPct(win.start, domain)}%`,
    '--ts-r': `${100 - cellPct(win.end + 1, domain)}%`,
  } as CSSProperties;

  const slider = (
    <section className="ts" aria-label="Date window" style={data ? vars : { ...vars, visibility: 'hidden' }} aria-hidden={data ? undefined : true}>
      <WindowLabels win={win} domain={domain} />
      <div className="ts-stage" {...drag}>
        <div className="ts-plot" ref={plotRef}>
          <div className="ts-cells" style={highlight}>
            <Histogram />
          </div>
        </div>
        <WindowThumbs win={win} domain={domain} />
      </div>
      <Axis domain={domain} />
      <PlayControls />
    </section>
  );
  if (data) return slider;
  return (
    <>
      {slider}
      <p className="ts-waiting">The dates come with the events.</p>
    </>
  );
}
