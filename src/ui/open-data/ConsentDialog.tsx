import { useState } from 'react';
import { DialogFrame } from './DialogFrame';
import type { ConsentDecision } from './dialogs-state';
import { linkFetches } from './link-fetches';

interface Props {
  url: string;
  decide(decision: ConsentDecision): void;
}

/**
 * A link names a data set on another site: nothing is fetched from it until the user has
 * seen exactly what would be, and allowed that host. Closing the dialog declines.
 */
export function ConsentDialog({ url, decide }: Props) {
  const [always, setAlways] = useState(false);
  const host = new URL(url).host;
  const urls = linkFetches(url);
  const columnarToo = urls.some((u) => u.endsWith('events.geojson')) && urls.some((u) => u.endsWith('.parquet'));
  return (
    <DialogFrame
      title="Load data from another site?"
      description={
        <>
          This link asks to load its data set from <strong>{host}</strong>. Nothing has been fetched from it yet.
        </>
      }
      onClose={() => decide({ allow: false })}
      testId="consent-dialog"
    >
      <p>If you allow it, your browser will fetch exactly:</p>
      <ul className="consent-urls" data-testid="consent-urls">
        {urls.map((u) => (
          <li key={u}>
            <code>{u}</code>
          </li>
        ))}
      </ul>
      {columnarToo && (
        <p className="dialog-hint" data-testid="consent-columnar">
          The .parquet files (a columnar data set) are fetched only if the folder has no events.geojson.
        </p>
      )}
      <p className="dialog-hint">
        {host} will see these requests come from your browser. Its data are shown as that site gives them, and quotes are not
        checked against any article here.
      </p>
      <label className="check">
        <input type="checkbox" checked={always} onChange={(e) => setAlways(e.currentTarget.checked)} />
        Always trust {host} in this browser
      </label>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => decide({ allow: false })} data-testid="consent-decline">
          Don’t load: show the built-in data
        </button>
        <button type="button" className="button button-primary" onClick={() => decide({ allow: true, always })} data-testid="consent-allow">
          Load from {host}
        </button>
      </div>
    </DialogFrame>
  );
}
