/**
 * Which data set the page opens with, from the link's `data` key: the shipped one, a folder
 * on this site, the file kept from the last visit, or a file or folder on another site once
 * the user has allowed its host. Whatever cannot be opened is said in a notice, and the
 * shipped data set is shown instead.
 */
import type { KeptDataset } from '../../data/persist';
import { parseDataKey } from '../../state/data-key';
import type { AtlasStore } from '../../state/store';
import { decodeUrl } from '../../state/url-state';
import { askConsent, type ConsentDecision } from './dialogs-state';
import { isTrustedHost, trustHost } from './trusted-hosts';

export interface StartDeps {
  kept(): Promise<KeptDataset | null>;
  ask(url: string): Promise<ConsentDecision>;
  trusted(host: string): boolean;
  trust(host: string): void;
  /** This page's host: a link to it is not another site. */
  host: string;
}

// IndexedDB's wrapper loads only for a link that names a kept file.
const persist = () => import('../../data/persist');

const defaults = (): StartDeps => ({
  kept: () => persist().then((m) => m.keptDataset()),
  ask: (url) => askConsent(url),
  trusted: (host) => isTrustedHost(host),
  trust: (host) => trustHost(host),
  host: window.location.host,
});

export async function startDataset(store: AtlasStore, search: string, deps: StartDeps = defaults()): Promise<void> {
  const { state } = decodeUrl(search);
  const s = store.getState();
  const ref = state.data === undefined ? null : parseDataKey(state.data);
  if (ref === null || typeof ref === 'string') return s.openDataset({ kind: 'shipped' });
  if (ref.kind === 'folder') return s.openDataset({ kind: 'folder', path: ref.path });

  if (ref.kind === 'file') {
    const kept = await deps.kept().catch(() => null);
    if (kept && kept.name === ref.name) {
      const { filesOf } = await persist();
      return s.openDataset({ kind: 'files', files: filesOf(kept), format: kept.format, mapping: kept.mapping });
    }
    const version = state.version ? ` (version ${state.version})` : '';
    s.notify(
      'warning',
      `This link was made on the file “${ref.name}”${version}, which this browser does not have: showing the built-in data. Open that file with “Open data…” to see it.`,
    );
    return s.openDataset({ kind: 'shipped' });
  }

  const host = new URL(ref.url).host;
  if (host === deps.host || deps.trusted(host)) return s.openDataset({ kind: 'link', url: ref.url });
  const decision = await deps.ask(ref.url);
  if (decision.allow) {
    if (decision.always) deps.trust(host);
    return s.openDataset({ kind: 'link', url: ref.url });
  }
  s.notify('info', `The data set at ${ref.url} was not loaded (you did not allow ${host}): showing the built-in data.`);
  return s.openDataset({ kind: 'shipped' });
}
