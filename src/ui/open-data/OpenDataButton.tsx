import { useRef } from 'react';
import { useStore } from 'zustand';
import { dialogs } from './dialogs-state';

/** What the picker offers first; any file can still be chosen ("All files"). */
const ACCEPT = '.csv,.tsv,.txt,.json,.geojson,text/csv,application/json,application/geo+json';

/**
 * "Open data…": a real file picker, several files at once (a TimeMap export is three files).
 * The input is hidden and the button clicks it, so the button looks like the others.
 */
export function OpenDataButton() {
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const show = useStore(dialogs, (s) => s.show);
  return (
    <>
      <button ref={button} type="button" className="button" onClick={() => input.current?.click()} data-testid="open-data">
        Open data…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="open-data-input"
        aria-label="Open data files"
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          // Cleared, so choosing the same file again is a change too.
          e.currentTarget.value = '';
          if (files.length > 0) show({ kind: 'import', files, returnTo: button.current });
        }}
      />
    </>
  );
}
