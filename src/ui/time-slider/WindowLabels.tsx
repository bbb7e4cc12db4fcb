/**
 * The window's dates above the handles. Each label has a fixed width and is clamped inside
 * the plot by CSS (see `.ts-wlabel`), so the start label ends at its handle and the end label
 * begins at its handle without ever overlapping each other or leaving the screen.
 */
import type { DayWindow } from '../../domain/selectors';
import { shortDay } from './format';

export function WindowLabels({ win }: { win: DayWindow }) {
  const days = win.end - win.start + 1;
  return (
    <div className="ts-wlabels" title={`${days} day${days === 1 ? '' : 's'}`}>
      <span className="ts-wlabel ts-wlabel-start">{shortDay(win.start)}</span>
      <span className="ts-wlabel ts-wlabel-end">{shortDay(win.end)}</span>
    </div>
  );
}
