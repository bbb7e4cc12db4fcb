/**
 * The two handles, as Radix Slider thumbs so assistive technology hears two sliders with
 * dates. Radix keeps arrows (a day) and focus; Page Up/Down (a week) and Home/End (this
 * thumb's own limits) come from `slider-keys.ts`. Pointer dragging is ours (`use-window-drag`):
 * Radix maps the pointer over its whole box while it draws thumbs inset by half their width,
 * so a grabbed thumb would jump and stop lining up with the histogram.
 */
import * as Slider from '@radix-ui/react-slider';
import type { KeyboardEvent, PointerEvent } from 'react';
import type { DayWindow } from '../../domain/selectors';
import { useAtlasStore } from '../atlas-context';
import { spokenDay } from './format';
import { thumbKey } from './slider-keys';
import { WindowBand } from './WindowBand';
import { lastDay, type Edge } from './window-math';

interface Props {
  win: DayWindow;
  domain: DayWindow;
}

// Radix skips its own pointer handling for an event whose default is prevented.
const leavePointerToUs = (e: PointerEvent) => e.preventDefault();

export function WindowThumbs({ win, domain }: Props) {
  const store = useAtlasStore();
  const onValueChange = ([start, end]: number[]) => {
    if (start !== undefined && end !== undefined) store.getState().setDateWindow({ start, end });
  };
  const onKeyDown = (edge: Edge) => (e: KeyboardEvent) => {
    const next = thumbKey(e.key, store.getState().dateWindow, domain, edge);
    if (!next) return;
    // A prevented key is one Radix leaves alone (it composes handlers that way).
    e.preventDefault();
    store.getState().setDateWindow(next);
  };
  // Each thumb's range is bounded by the other (APG multi-thumb slider).
  const edgeThumb = (edge: Edge) => (
    <Slider.Thumb
      className="ts-thumb"
      data-grab={edge}
      aria-label={`Window ${edge}`}
      aria-valuetext={spokenDay(win[edge])}
      {...(edge === 'start' ? { 'aria-valuemax': win.end } : { 'aria-valuemin': win.start })}
      onKeyDown={onKeyDown(edge)}
    />
  );
  return (
    <Slider.Root
      className="ts-root"
      min={domain.start}
      max={lastDay(domain)}
      step={1}
      minStepsBetweenThumbs={0}
      preserveThumbOrder
      value={[win.start, win.end]}
      onValueChange={onValueChange}
      onPointerDown={leavePointerToUs}
    >
      {edgeThumb('start')}
      {/* Between the thumbs in the DOM, so Tab goes start, window, end as they appear. Every
          key Radix would act on is one the band handles and prevents. */}
      <WindowBand win={win} domain={domain} />
      {edgeThumb('end')}
    </Slider.Root>
  );
}
