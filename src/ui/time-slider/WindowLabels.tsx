/**
 * The window's dates above the handles. Each label has a fixed width and is clamped inside
 * the plot by CSS (see `.ts-wlabel`), so the start label ends at its handle and the end label
 * begins at its handle without ever overlapping each other or leaving the screen.
 */
import type { CSSProperties } from 'react';
import type { DayWindow } from '../../domain/selectors';
import { shortDay } from './format';
import { handlePct } from './window-math';

export function WindowLabels({ win, domain }: { win: DayWindow; domain: DayWindow }) {
  const days = win.end - win.start + 1;
  // Handle centres, in % of the plot: where the date labels anchor.
  const anchors = { '--ts-a': `${handlePct(win.start, domain)}%`, '--ts-b': `${handlePct(win.end, domain)}%` } as CSSProperties;
  return (
    <div className="ts-wlabels" style={anchors} title={`${days} day${days === 1 ? '' : 's'}`}>
      <span className="ts-wlabel ts-wlabel-start">{shortDay(win.start)}</span>
      <span className="ts-wlabel ts-wlabel-end">{shortDay(win.end)}</span>
    </div>
  );
}
