import { useState } from 'react';

/** Copies the map-state URL, which the URL sync keeps current. */
export function CopyLinkButton() {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied('done');
    } catch {
      // Without clipboard permission, leave the link where the user can copy it by hand.
      window.prompt('Copy this link:', window.location.href);
      setCopied('failed');
    }
    setTimeout(() => setCopied('idle'), 2000);
  };
  return (
    <button type="button" className="button" onClick={copy} data-testid="copy-link">
      {copied === 'done' ? 'Link copied' : 'Copy link'}
    </button>
  );
}
