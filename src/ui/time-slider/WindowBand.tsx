/**
 * The window between the handles: drag it (see `use-window-drag`) or focus it and use the
 * arrow keys to move the whole window, keeping its length. It is a slider, not a button: its
 * value is where the window is, and a screen reader speaks the new dates on every step, which
 * a button that only takes key presses would not.
 */
import type { CSSProperties, KeyboardEvent } from 'react';
import type { DayWindow } from '../../domain/selectors';
import { useAtlasStore } from '../atlas-context';
import { spokenDay } from './format';
import { bandKey } from './slider-keys';
import { lastDay, spanOf } from './window-math';

interface Props {
  win: DayWindow;
  domain: DayWindow;
}

export function WindowBand({ win, domain }: Props) {
  const store = useAtlasStore();
  const onKeyDown = (e: KeyboardEvent) => {
    const next = bandKey(e.key, store.getState().dateWindow, domain);
    if (!next) return;
    e.preventDefault();
    store.getState().setDateWindow(next);
  };
  const length = win.end - win.start;
  // The window's days as fractions of the plot; the band sits among the thumbs (stage box).
  const edges = {
    '--ts-bl': (win.start - 0.5 - domain.start) / spanOf(domain),
    '--ts-br': (lastDay(domain) - win.end - 0.5) / spanOf(domain),
  } as CSSProperties;
  return (
    <div
      className="ts-band"
      style={edges}
      data-grab="window"
      role="slider"
      tabIndex={0}
      aria-label="Move window"
      aria-orientation="horizontal"
      aria-valuemin={domain.start}
      aria-valuemax={Math.max(domain.start, lastDay(domain) - length)}
      aria-valuenow={win.start}
      aria-valuetext={`${spokenDay(win.start)} to ${spokenDay(win.end)}`}
      onKeyDown={onKeyDown}
    />
  );
}
