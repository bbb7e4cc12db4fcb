/**
 * Hosts the user told us to always trust for `data=` links ("always trust this host" in the
 * consent dialog). Kept in local storage, in this browser only; nothing else is remembered.
 */
const KEY = 'event-atlas:trusted-hosts';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

function read(storage: Storage): string[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((h): h is string => typeof h === 'string') : [];
  } catch {
    return [];
  }
}

/** Whether the user chose to always trust `host` (as in `URL.host`, with its port). */
export const isTrustedHost = (host: string, storage: Storage = localStorage): boolean => read(storage).includes(host);

/** Remember to trust `host` from now on. Storage that refuses (private mode, quota) forgets. */
export function trustHost(host: string, storage: Storage = localStorage): void {
  const hosts = read(storage);
  if (hosts.includes(host)) return;
  try {
    storage.setItem(KEY, JSON.stringify([...hosts, host]));
  } catch {
    // Not remembered: the dialog will ask again next time, which is the safe side.
  }
}
