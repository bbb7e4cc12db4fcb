// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ViewBoundary } from './ViewBoundary';

function Broken(): never {
  throw new Error('Failed to fetch dynamically imported module');
}

afterEach(cleanup);

describe('ViewBoundary', () => {
  it('says what failed instead of unmounting the page, and shows the next view again', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(
      <div>
        <p>the map stays</p>
        <ViewBoundary key="event:a">
          <Broken />
        </ViewBoundary>
      </div>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Failed to fetch dynamically imported module');
    expect(screen.getByText('the map stays')).toBeTruthy();
    rerender(
      <div>
        <p>the map stays</p>
        <ViewBoundary key="event:b">
          <p>the next event</p>
        </ViewBoundary>
      </div>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('the next event')).toBeTruthy();
  });
});
