// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deferred } from './deferred';

afterEach(cleanup);

const Hello = ({ name }: { name: string }) => <p>hello {name}</p>;

/** A load the test settles when it wants. */
function controlled<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

class Catch extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError = (error: Error) => ({ error });
  override render = () => (this.state.error ? <p>failed: {this.state.error.message}</p> : this.props.children);
}

describe('deferred', () => {
  it('shows the fallback until the code is in, then the component in the same turn, with its props', async () => {
    const load = controlled<typeof Hello>();
    const D = deferred(() => load.promise, <p>opening</p>);
    render(<D name="Kursk" />);
    expect(screen.getByText('opening')).toBeTruthy();
    // No timer runs: the component shows when the code resolves, not after a reveal delay.
    vi.useFakeTimers();
    try {
      await act(async () => load.resolve(Hello));
      expect(screen.getByText('hello Kursk')).toBeTruthy();
      expect(screen.queryByText('opening')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('renders a preloaded component on its first render, and loads its code once', async () => {
    const load = vi.fn(async () => Hello);
    const D = deferred(load, <p>opening</p>);
    await D.preload();
    render(<D name="Donetsk" />);
    expect(screen.getByText('hello Donetsk')).toBeTruthy();
    expect(screen.queryByText('opening')).toBeNull();
    render(<D name="Khabarovsk" />);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('throws a failed load to the error boundary, and loads again when asked after a failure', async () => {
    let fail = true;
    const load = vi.fn(async () => {
      if (fail) throw new Error('chunk missing');
      return Hello;
    });
    const D = deferred(load);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <Catch>
        <D name="Kursk" />
      </Catch>,
    );
    await act(async () => {});
    expect(screen.getByText('failed: chunk missing')).toBeTruthy();
    fail = false;
    await expect(D.preload()).resolves.toBe(Hello);
    expect(load).toHaveBeenCalledTimes(2);
    vi.mocked(console.error).mockRestore();
  });
});
