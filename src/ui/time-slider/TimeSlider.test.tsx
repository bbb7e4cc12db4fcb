// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { toDay } from '../../domain/days';
import { loadedStore } from '../../test-support/fixtures';
import { createAtlasStore } from '../../state/store';
import { buildAtlasData } from '../../domain/atlas-event';
import { FIRST, LAST, renderSlider, sliderData } from './test-support';

afterEach(cleanup);

const thumb = (name: 'Window start' | 'Window end') => screen.getByRole('slider', { name });
const band = () => screen.getByRole('slider', { name: 'Move window' });

function press(el: HTMLElement, key: string) {
  act(() => el.focus());
  fireEvent.keyDown(el, { key });
}

describe('TimeSlider aria', () => {
  it('exposes the two handles as sliders whose values are spoken as dates', () => {
    renderSlider(loadedStore(sliderData()));
    const start = thumb('Window start');
    const end = thumb('Window end');
    expect(start.getAttribute('aria-valuetext')).toBe('July 1, 2024');
    expect(end.getAttribute('aria-valuetext')).toBe('January 31, 2025');
    // Each handle's range stops at the other (APG multi-thumb slider).
    expect(start.getAttribute('aria-valuemax')).toBe(String(LAST));
    expect(end.getAttribute('aria-valuemin')).toBe(String(FIRST));
    expect(band().getAttribute('aria-valuetext')).toBe('July 1, 2024 to January 31, 2025');
  });

  it('speaks the new date after a step, and shows the window and domain dates', () => {
    const store = loadedStore(sliderData());
    renderSlider(store);
    act(() => store.getState().setDateWindow({ start: toDay('2024-10-23'), end: toDay('2024-11-05') }));
    expect(thumb('Window start').getAttribute('aria-valuetext')).toBe('October 23, 2024');
    expect(screen.getByText('Oct 23, 2024')).toBeTruthy();
    expect(screen.getByText('Nov 5, 2024')).toBeTruthy();
    expect(screen.getByText('Jul 1, 2024')).toBeTruthy();
    expect(screen.getByText('Jan 31, 2025')).toBeTruthy();
    // kursk-a, kursk-b and the October event known only to its month.
    expect(screen.getByText('of 6 events').textContent).toBe('3 of 6 events');
  });
});

describe('TimeSlider before the data', () => {
  it('takes its room, hidden from eyes and assistive technology, so the map does not shrink when the data come', () => {
    const store = createAtlasStore();
    const { container } = renderSlider(store);
    const section = () => container.querySelector<HTMLElement>('section.ts')!;
    expect(section().style.visibility).toBe('hidden');
    expect(section().getAttribute('aria-hidden')).toBe('true');
    expect(screen.queryByRole('slider', { name: 'Window start' })).toBeNull();
    expect(screen.getByText('The dates come with the events.')).toBeTruthy();
    act(() => store.getState().setData(buildAtlasData(sliderData()), 'v', []));
    expect(section().style.visibility).toBe('');
    expect(section().hasAttribute('aria-hidden')).toBe(false);
    expect(screen.queryByText('The dates come with the events.')).toBeNull();
    expect(thumb('Window start')).toBeTruthy();
  });
});

describe('TimeSlider keyboard', () => {
  it('ArrowRight moves the start by one day', () => {
    const store = loadedStore(sliderData());
    renderSlider(store);
    press(thumb('Window start'), 'ArrowRight');
    expect(store.getState().dateWindow).toEqual({ start: FIRST + 1, end: LAST });
  });

  it('Page Up moves a handle by a week, Page Down back', () => {
    const store = loadedStore(sliderData());
    renderSlider(store);
    press(thumb('Window start'), 'PageUp');
    expect(store.getState().dateWindow.start).toBe(FIRST + 7);
    press(thumb('Window end'), 'PageDown');
    expect(store.getState().dateWindow).toEqual({ start: FIRST + 7, end: LAST - 7 });
  });

  it('End takes the end handle to the domain end, Home the start handle to the domain start', () => {
    const store = loadedStore(sliderData());
    renderSlider(store);
    act(() => store.getState().setDateWindow({ start: FIRST + 10, end: FIRST + 20 }));
    press(thumb('Window end'), 'End');
    expect(store.getState().dateWindow).toEqual({ start: FIRST + 10, end: LAST });
    press(thumb('Window start'), 'Home');
    expect(store.getState().dateWindow).toEqual({ start: FIRST, end: LAST });
  });

  it('a handle stops at the other one', () => {
    const store = loadedStore(sliderData());
    renderSlider(store);
    act(() => store.getState().setDateWindow({ start: FIRST + 10, end: FIRST + 12 }));
    press(thumb('Window start'), 'PageUp');
    expect(store.getState().dateWindow).toEqual({ start: FIRST + 12, end: FIRST + 12 });
    press(thumb('Window start'), 'End');
    expect(store.getState().dateWindow).toEqual({ start: FIRST + 12, end: FIRST + 12 });
  });

  it('the Move window control shifts both ends, keeping the length', () => {
    const store = loadedStore(sliderData());
    renderSlider(store);
    act(() => store.getState().setDateWindow({ start: FIRST + 10, end: FIRST + 20 }));
    press(band(), 'ArrowRight');
    expect(store.getState().dateWindow).toEqual({ start: FIRST + 11, end: FIRST + 21 });
    press(band(), 'PageUp');
    expect(store.getState().dateWindow).toEqual({ start: FIRST + 18, end: FIRST + 28 });
    press(band(), 'ArrowLeft');
    expect(store.getState().dateWindow).toEqual({ start: FIRST + 17, end: FIRST + 27 });
    press(band(), 'End');
    expect(store.getState().dateWindow).toEqual({ start: LAST - 10, end: LAST });
    press(band(), 'PageUp');
    expect(store.getState().dateWindow).toEqual({ start: LAST - 10, end: LAST });
  });
});

describe('TimeSlider pointer', () => {
  /** jsdom has no layout: give the plot one pixel per day. */
  function layOut(container: HTMLElement) {
    const plot = container.querySelector<HTMLElement>('.ts-plot')!;
    plot.getBoundingClientRect = () => ({ left: 100, width: LAST - FIRST, top: 0, height: 56, right: 0, bottom: 56, x: 100, y: 0, toJSON: () => ({}) });
    return container.querySelector<HTMLElement>('.ts-stage')!;
  }

  it('dragging the band moves the window, keeping its length and staying in the domain', () => {
    const store = loadedStore(sliderData());
    const { container } = renderSlider(store);
    const stage = layOut(container);
    act(() => store.getState().setDateWindow({ start: FIRST + 10, end: FIRST + 20 }));
    fireEvent.pointerDown(band(), { clientX: 115, button: 0, pointerId: 1 });
    fireEvent.pointerMove(stage, { clientX: 145, pointerId: 1 });
    expect(store.getState().dateWindow).toEqual({ start: FIRST + 40, end: FIRST + 50 });
    fireEvent.pointerMove(stage, { clientX: 10_000, pointerId: 1 });
    expect(store.getState().dateWindow).toEqual({ start: LAST - 10, end: LAST });
    fireEvent.pointerUp(stage, { pointerId: 1 });
    fireEvent.pointerMove(stage, { clientX: 115, pointerId: 1 });
    expect(store.getState().dateWindow).toEqual({ start: LAST - 10, end: LAST });
  });

  it('dragging a handle moves its edge without a jump; a press on the track brings the nearer handle', () => {
    const store = loadedStore(sliderData());
    const { container } = renderSlider(store);
    const stage = layOut(container);
    act(() => store.getState().setDateWindow({ start: FIRST + 10, end: FIRST + 20 }));
    // Grabbed two pixels right of its centre: the first move does not snap it to the pointer.
    fireEvent.pointerDown(thumb('Window end'), { clientX: 122, button: 0, pointerId: 1 });
    fireEvent.pointerMove(stage, { clientX: 127, pointerId: 1 });
    expect(store.getState().dateWindow).toEqual({ start: FIRST + 10, end: FIRST + 25 });
    fireEvent.pointerUp(stage, { pointerId: 1 });
    fireEvent.pointerDown(stage, { clientX: 103, button: 0, pointerId: 2 });
    expect(store.getState().dateWindow).toEqual({ start: FIRST + 3, end: FIRST + 25 });
  });
});
