// @vitest-environment jsdom
import { act, cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseBinDays } from './axis-ticks';
import { barsPath } from './Histogram';
import { loadedStore } from '../../test-support/fixtures';
import { FIRST, LAST, renderSlider, sliderData } from './test-support';
import { useHistogram } from './use-histogram';

// The histogram calls this hook on every render and nowhere else, so its calls count renders.
vi.mock('./use-histogram', async (importOriginal) => {
  const real = await importOriginal<typeof import('./use-histogram')>();
  return { ...real, useHistogram: vi.fn(real.useHistogram) };
});
const renders = () => vi.mocked(useHistogram).mock.calls.length;

afterEach(() => {
  cleanup();
  vi.mocked(useHistogram).mockClear();
});

describe('Histogram', () => {
  it('does not re-render when the window moves, only when the filters change', () => {
    const store = loadedStore(sliderData());
    const { container } = renderSlider(store);
    const cells = container.querySelector<HTMLElement>('.ts-plot .ts-cells')!;
    const before = renders();
    expect(before).toBeGreaterThan(0);
    for (let d = 1; d <= 30; d++) act(() => store.getState().setDateWindow({ start: FIRST + d, end: FIRST + d + 20 }));
    expect(renders()).toBe(before);
    // The highlight still followed the window, through the CSS variables around the histogram.
    expect(cells.style.getPropertyValue('--ts-l')).toBe(`${(30 / (LAST - FIRST + 1)) * 100}%`);
    // The counter does see renders: a filter change redraws the bins.
    act(() => store.getState().setCategories(['strike']));
    expect(renders()).toBeGreaterThan(before);
  });

  it('picks a bin size giving 60-200 bins, and draws that many', () => {
    const store = loadedStore(sliderData());
    const { container } = renderSlider(store);
    const hist = container.querySelector<HTMLElement>('.ts-hist')!;
    const days = LAST - FIRST + 1;
    const binDays = Number(hist.dataset.binDays);
    expect(binDays).toBe(2);
    expect(Number(hist.dataset.bins)).toBe(Math.ceil(days / binDays));
    for (const d of [30, 59, 60, 365, 1000, 5000]) {
      const bins = Math.ceil(d / chooseBinDays(d));
      expect(bins).toBeLessThanOrEqual(200);
      if (d >= 60) expect(bins).toBeGreaterThanOrEqual(60);
    }
  });

  it('draws one stepped silhouette, a lone event still visible', () => {
    const path = barsPath(Float64Array.from([0, 1, 100]), 7, 20, 100);
    expect(path).toBe('M0 100V100.00H7V97.00H14V0.00H20V100Z');
  });
});
