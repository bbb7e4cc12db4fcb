/**
 * Which basemap the reader chose: the embedded one (the default), or an online vector style
 * URL or PMTiles file for more detail. Kept in local storage; nothing is fetched from the
 * network unless the reader set it here.
 */
export type BasemapChoice = { kind: 'embedded' } | { kind: 'style'; url: string } | { kind: 'pmtiles'; url: string };

export const BASEMAP_CHOICE_KEY = 'event-atlas.basemap';
export const EMBEDDED: BasemapChoice = { kind: 'embedded' };

/**
 * A choice from what the reader typed: `url` must be http(s) (resolved against `base`, so a
 * path on the same host works). Returns a message naming what is wrong otherwise.
 */
export function parseBasemapChoice(kind: string, url: string, base: string): BasemapChoice | string {
  if (kind === 'embedded') return EMBEDDED;
  if (kind !== 'style' && kind !== 'pmtiles') return `unknown basemap kind "${kind}"`;
  const trimmed = url.trim();
  if (!trimmed) return kind === 'style' ? 'enter the URL of a MapLibre style (style.json)' : 'enter the URL of a .pmtiles file';
  let resolved: URL;
  try {
    resolved = new URL(trimmed, base);
  } catch {
    return `"${trimmed}" is not a URL`;
  }
  if (resolved.protocol !== 'https:' && resolved.protocol !== 'http:') return `"${trimmed}" is not an http(s) URL`;
  return { kind, url: resolved.href };
}

/** The stored choice; anything unreadable is the embedded basemap. */
export function readBasemapChoice(storage: Pick<Storage, 'getItem'> | undefined, base: string): BasemapChoice {
  try {
    const raw = storage?.getItem(BASEMAP_CHOICE_KEY);
    if (!raw) return EMBEDDED;
    const value = JSON.parse(raw) as { kind?: unknown; url?: unknown };
    const choice = parseBasemapChoice(String(value.kind), typeof value.url === 'string' ? value.url : '', base);
    return typeof choice === 'string' ? EMBEDDED : choice;
  } catch {
    return EMBEDDED;
  }
}

export function writeBasemapChoice(storage: Pick<Storage, 'setItem' | 'removeItem'>, choice: BasemapChoice): void {
  if (choice.kind === 'embedded') storage.removeItem(BASEMAP_CHOICE_KEY);
  else storage.setItem(BASEMAP_CHOICE_KEY, JSON.stringify(choice));
}

/** Local storage, or nothing where the browser refuses it (privacy modes). */
export function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
