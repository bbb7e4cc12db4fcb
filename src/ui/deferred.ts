/**
 * A component whose code loads when it is first shown, or sooner by `preload()`, apart from the
 * first view's JavaScript.
 *
 * It stands where `React.lazy` inside `<Suspense>` would, because that pair shows late: React
 * holds a suspended boundary's content back until 300 ms after the boundary's fallback showed
 * (so that content does not pop in piece by piece), and `lazy` suspends on its first render even
 * when its code is already in. The open dialog showed 0.3 s after a file was chosen, its code
 * having come in 20 ms. This shows `fallback` until the code is in, then the component at once;
 * a failed load is thrown to the nearest error boundary, as `lazy`'s would be.
 */
import { createElement, useEffect, useState, type ComponentType, type ReactNode } from 'react';

export interface Deferred<P extends object> {
  (props: P): ReactNode;
  /** Load the code now: once, or again after a failure. */
  preload(): Promise<ComponentType<P>>;
}

export function deferred<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode = null): Deferred<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = (): Promise<ComponentType<P>> =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));

  function DeferredComponent(props: P): ReactNode {
    const [state, setState] = useState<{ component: ComponentType<P> | null; error?: unknown }>(() => ({ component: loaded }));
    useEffect(() => {
      if (state.component || state.error) return;
      let live = true;
      preload().then(
        (component) => live && setState({ component }),
        (error: unknown) => live && setState({ component: null, error }),
      );
      return () => {
        live = false;
      };
    }, [state]);
    if (state.error) throw state.error;
    return state.component ? createElement(state.component, props) : fallback;
  }
  return Object.assign(DeferredComponent, { preload });
}
