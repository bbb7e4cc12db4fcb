import { vi } from 'vitest';

/** A browser's location, history and popstate, for the URL sync; `pop` plays Back/Forward. */
export function fakeBrowser(search: string) {
  const listeners = new Set<() => void>();
  const env = {
    location: { search, pathname: '/', hash: '' },
    history: {
      pushState: vi.fn((_s: unknown, _t: string, url: string) => (env.location.search = url.slice(1))),
      replaceState: vi.fn((_s: unknown, _t: string, url: string) => (env.location.search = url.slice(1))),
    },
    addEventListener: (_: 'popstate', fn: () => void) => listeners.add(fn),
    removeEventListener: (_: 'popstate', fn: () => void) => listeners.delete(fn),
    pop(search: string) {
      env.location.search = search;
      for (const fn of listeners) fn();
    },
  };
  return env;
}
