/**
 * Shared by the slider's tests: a small data set with a known domain,
 * and the slider rendered inside a provider. jsdom has no layout, so Radix's ResizeObserver
 * is stubbed here (it only sizes the thumbs).
 */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { toDay } from '../../domain/days';
import type { AtlasStore } from '../../state/store';
import { datasetOf, eventFeature } from '../../test-support/fixtures';
import { AtlasProvider } from '../atlas-context';
import { TimeSlider } from './TimeSlider';

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

/** July 1, 2024 – January 31, 2025; one event known only to its month (October). */
export const FIRST = toDay('2024-07-01');
export const LAST = toDay('2025-01-31');

export const sliderData = () =>
  datasetOf([
    eventFeature('first', '2024-07-01', '2024-07-01'),
    eventFeature('october', '2024-10-01', '2024-10-31'),
    eventFeature('kursk-a', '2024-10-23', '2024-10-23', { category: 'strike' }),
    eventFeature('kursk-b', '2024-11-05', '2024-11-05', { category: 'strike' }),
    eventFeature('statement', '2024-12-10', '2024-12-10', { category: 'statement' }),
    eventFeature('last', '2025-01-31', '2025-01-31', { category: 'strike' }),
  ]);

export function renderSlider(store: AtlasStore, extra?: ReactNode) {
  return render(
    <AtlasProvider store={store}>
      <TimeSlider />
      {extra}
    </AtlasProvider>,
  );
}
