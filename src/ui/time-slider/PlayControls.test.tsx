// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadedStore } from '../../test-support/fixtures';
import { FIRST, LAST, renderSlider, sliderData } from './test-support';

/** requestAnimationFrame driven by hand: each `frame(ms)` runs the pending callbacks at that time. */
let pending = new Map<number, FrameRequestCallback>();
let nextId = 1;
function frame(now: number) {
  const run = [...pending.values()];
  pending = new Map();
  act(() => run.forEach((cb) => cb(now)));
}

beforeEach(() => {
  pending = new Map();
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    pending.set(nextId, cb);
    return nextId++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => pending.delete(id));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('PlayControls', () => {
  it('play advances the window by `speed` days per second, keeping its length', () => {
    const store = loadedStore(sliderData());
    renderSlider(store);
    act(() => store.getState().setDateWindow({ start: FIRST + 10, end: FIRST + 20 }));
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().playing).toBe(true);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    // speed 7 (the default): ten frames of 100 ms make one second.
    for (let t = 0; t <= 1000; t += 100) frame(t);
    expect(store.getState().dateWindow).toEqual({ start: FIRST + 17, end: FIRST + 27 });
    fireEvent.change(screen.getByLabelText('Speed'), { target: { value: '30' } });
    for (let t = 1100; t <= 1500; t += 100) frame(t);
    expect(store.getState().dateWindow).toEqual({ start: FIRST + 32, end: FIRST + 42 });
  });

  it('stops at the domain end, and pausing or unmounting leaves no frame pending', () => {
    const store = loadedStore(sliderData());
    const { unmount } = renderSlider(store);
    act(() => store.getState().setDateWindow({ start: LAST - 12, end: LAST - 2 }));
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    for (let t = 0; t <= 1000; t += 100) frame(t);
    expect(store.getState().dateWindow).toEqual({ start: LAST - 10, end: LAST });
    expect(store.getState().playing).toBe(false);
    expect(pending.size).toBe(0);

    // Play again from the end rewinds to the start; pause cancels the loop.
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().dateWindow).toEqual({ start: FIRST, end: FIRST + 10 });
    expect(pending.size).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(pending.size).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    unmount();
    expect(pending.size).toBe(0);
  });

  it('from a window over the whole domain, play starts a shorter window at the start', () => {
    const store = loadedStore(sliderData());
    renderSlider(store);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    const w = store.getState().dateWindow;
    expect(w.start).toBe(FIRST);
    expect(w.end - w.start).toBe(Math.round((LAST - FIRST) / 12));
  });

  it('dragging the slider pauses playback', () => {
    const store = loadedStore(sliderData());
    const { container } = renderSlider(store);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    fireEvent.pointerDown(container.querySelector('.ts-band')!, { clientX: 0, button: 0, pointerId: 1 });
    expect(store.getState().playing).toBe(false);
  });
});
