// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toDay, toIso } from '../domain/days';
import { datasetOf, eventFeature, loadedStore } from '../test-support/fixtures';
import { AtlasProvider } from './atlas-context';
import { WindowCount } from './WindowCount';

/** `n` events on consecutive days from 2022-01-01. */
function events(n: number) {
  const first = toDay('2022-01-01');
  return Array.from({ length: n }, (_, i) => eventFeature(`e${i}`, toIso(first + i), toIso(first + i), { category: 'strike' }));
}

describe('WindowCount', () => {
  it('groups thousands and follows the window', () => {
    const store = loadedStore(datasetOf(events(12_345)));
    render(
      <AtlasProvider store={store}>
        <WindowCount className="count" testId="count" />
      </AtlasProvider>,
    );
    expect(screen.getByTestId('count').textContent).toBe('12,345 of 12,345 events');
    act(() => store.getState().setDateWindow({ start: toDay('2022-01-01'), end: toDay('2022-01-01') + 1_499 }));
    expect(screen.getByTestId('count').textContent).toBe('1,500 of 12,345 events');
  });
});
