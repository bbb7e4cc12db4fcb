// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { testEvent } from '../../test-support/fixtures';
import { createAtlasStore } from '../../state/store';
import { AtlasProvider } from '../atlas-context';
import { EventList } from './EventList';
import { ROW_HEIGHT } from './EventRow';

const events = (n: number, from = 0) => Array.from({ length: n }, (_, i) => testEvent({ id: `e${from + i}`, start: from + i, end: from + i }));

function renderList(list: ReturnType<typeof events>) {
  const store = createAtlasStore();
  const view = render(
    <AtlasProvider store={store}>
      <EventList events={list} label="Events" />
    </AtlasProvider>,
  );
  const rerender = (next: ReturnType<typeof events>) =>
    view.rerender(
      <AtlasProvider store={store}>
        <EventList events={next} label="Events" />
      </AtlasProvider>,
    );
  const drawn = () => [...view.container.querySelectorAll('li')].map((li) => li.querySelector('[data-event-id]')!.getAttribute('data-event-id'));
  return { ...view, rerender, drawn };
}

afterEach(cleanup);

describe('EventList', () => {
  it('draws a screenful of a long list, each row saying where it stands in the whole', () => {
    const { container, drawn } = renderList(events(10_000));
    const rows = container.querySelectorAll('li');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(30);
    expect(drawn()[0]).toBe('e0');
    expect(rows[2]!.getAttribute('aria-posinset')).toBe('3');
    expect(rows[2]!.getAttribute('aria-setsize')).toBe('10000');
    expect(container.querySelector('ol')!.style.height).toBe(`${10_000 * ROW_HEIGHT}px`);
  });

  it('draws the rows scrolled to, at their place in the list', () => {
    const { container, drawn } = renderList(events(10_000));
    const scroller = container.querySelector<HTMLElement>('.event-scroller')!;
    act(() => {
      scroller.scrollTop = 5000 * ROW_HEIGHT;
      scroller.dispatchEvent(new Event('scroll'));
    });
    expect(drawn()).toContain('e5000');
    expect(drawn()).not.toContain('e0');
    const row = container.querySelector<HTMLElement>('li[data-index="5000"]')!;
    expect(row.style.top).toBe(`${5000 * ROW_HEIGHT}px`);
  });

  it('follows a new list (a slider step) and says so when it is empty', () => {
    const { container, rerender, drawn } = renderList(events(50));
    rerender(events(50, 7));
    expect(drawn()[0]).toBe('e7');
    rerender([]);
    expect(container.textContent).toMatch(/No events match/);
  });
});
