/**
 * The store reaches components through context, so tests and the app each use their own.
 * Selectors return one value or a memoised one (a selector that builds a new object each call loops React:
 * https://github.com/pmndrs/zustand/discussions/2863).
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AtlasState, AtlasStore } from '../state/store';

const AtlasContext = createContext<AtlasStore | null>(null);

export function AtlasProvider({ store, children }: { store: AtlasStore; children: ReactNode }) {
  return <AtlasContext.Provider value={store}>{children}</AtlasContext.Provider>;
}

/** The store itself, for `getState()` in handlers and `subscribe` in effects. */
export function useAtlasStore(): AtlasStore {
  const store = useContext(AtlasContext);
  if (!store) throw new Error('useAtlasStore must be used inside <AtlasProvider>');
  return store;
}

/** A value from the store; the component re-renders only when that value changes. */
export function useAtlas<T>(selector: (s: AtlasState) => T): T {
  return useStore(useAtlasStore(), selector);
}
