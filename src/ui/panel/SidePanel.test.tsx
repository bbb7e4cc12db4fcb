// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AtlasEvent } from '../../domain/atlas-event';
import { atlasDataOf, testEvent, testPlace } from '../../test-support/fixtures';
import { createAtlasStore } from '../../state/store';
import { AtlasProvider } from '../atlas-context';
import { SidePanel } from './SidePanel';

const place = (id: string) => testPlace(id, { point: [30, 50] });
const dataOf = (events: AtlasEvent[]) => atlasDataOf(events, { domain: { start: 0, end: 10 } });

function renderPanel() {
  const store = createAtlasStore();
  render(
    <AtlasProvider store={store}>
      <SidePanel />
    </AtlasProvider>,
  );
  return store;
}

afterEach(cleanup);

describe('SidePanel', () => {
  it('says the events are loading, not that none match, until the data are in', () => {
    const store = renderPanel();
    expect(screen.getByText('Loading events…')).toBeTruthy();
    expect(screen.queryByText(/No events match/)).toBeNull();
    act(() => store.getState().setData(dataOf([testEvent({ id: 'a', start: 1, end: 1 })]), 'v', []));
    expect(screen.queryByText('Loading events…')).toBeNull();
    expect(document.querySelector('[data-event-id="a"]')).not.toBeNull();
  });

  it('names the place of stacked events, or says they are several places close together', () => {
    const store = renderPanel();
    const kursk = place('Kursk');
    const events = [
      testEvent({ id: 'a', start: 1, end: 1, place: kursk }),
      testEvent({ id: 'b', start: 2, end: 2, place: kursk }),
      testEvent({ id: 'c', start: 3, end: 3, place: place('Sudzha') }),
    ];
    act(() => store.getState().setData(dataOf(events), 'v', []));
    act(() => store.getState().showStack(['a', 'b']));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('2 events at Kursk');
    act(() => store.getState().showStack(['a', 'b', 'c']));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('3 events at 2 places close together');
  });
});
