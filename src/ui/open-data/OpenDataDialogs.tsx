import { lazy, Suspense } from 'react';
import { useStore } from 'zustand';
import { dialogs } from './dialogs-state';

// The dialogs, Radix and the format readers load when a dialog first opens: the first view
// never needs them.
const ImportDialog = lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })));
const ReportDialog = lazy(() => import('./ReportDialog').then((m) => ({ default: m.ReportDialog })));
const ConsentDialog = lazy(() => import('./ConsentDialog').then((m) => ({ default: m.ConsentDialog })));

/** Whichever open-data dialog is open. */
export function OpenDataDialogs() {
  const dialog = useStore(dialogs, (s) => s.dialog);
  const close = useStore(dialogs, (s) => s.close);
  if (!dialog) return null;
  return (
    <Suspense fallback={null}>
      {dialog.kind === 'import' && <ImportDialog files={dialog.files} onClose={close} returnTo={dialog.returnTo} />}
      {dialog.kind === 'report' && <ReportDialog onClose={close} returnTo={dialog.returnTo} />}
      {dialog.kind === 'consent' && <ConsentDialog url={dialog.url} decide={dialog.decide} />}
    </Suspense>
  );
}
