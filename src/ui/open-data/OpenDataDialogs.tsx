import { useStore } from 'zustand';
import { deferred } from '../deferred';
import { dialogs } from './dialogs-state';

// The dialogs, Radix and the format readers load when a dialog first opens: the first view
// never needs them.
const ImportDialog = deferred(() => import('./ImportDialog').then((m) => m.ImportDialog));
const ReportDialog = deferred(() => import('./ReportDialog').then((m) => m.ReportDialog));
const ConsentDialog = deferred(() => import('./ConsentDialog').then((m) => m.ConsentDialog));

/** Whichever open-data dialog is open. */
export function OpenDataDialogs() {
  const dialog = useStore(dialogs, (s) => s.dialog);
  const close = useStore(dialogs, (s) => s.close);
  if (!dialog) return null;
  return (
    <>
      {dialog.kind === 'import' && <ImportDialog files={dialog.files} onClose={close} returnTo={dialog.returnTo} />}
      {dialog.kind === 'report' && <ReportDialog onClose={close} returnTo={dialog.returnTo} />}
      {dialog.kind === 'consent' && <ConsentDialog url={dialog.url} decide={dialog.decide} />}
    </>
  );
}
