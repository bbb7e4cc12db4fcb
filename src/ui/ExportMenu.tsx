import { useRef } from 'react';
import { useAtlasStore } from './atlas-context';
import { selectVisible } from '../state/derived';
import { downloadFile } from './download';
import './menu.css';

const KINDS = [
  { kind: 'geojson', label: 'GeoJSON', hint: 'our schema; opens again in the atlas' },
  { kind: 'csv', label: 'CSV', hint: 'one row per claim' },
] as const;

/** "Export": the events on screen (filters and date window applied), as GeoJSON or CSV. */
export function ExportMenu() {
  const store = useAtlasStore();
  const menu = useRef<HTMLDetailsElement>(null);
  const exportAs = async (kind: (typeof KINDS)[number]['kind']) => {
    menu.current?.removeAttribute('open');
    const state = store.getState();
    if (!state.data) return;
    const { makeExport } = await import('../data/export');
    const file = makeExport(
      {
        data: state.data,
        events: selectVisible(state),
        dateWindow: state.dateWindow,
        filters: state.filters,
        dataName: state.dataName,
        dataVersion: state.dataVersion,
        link: window.location.href,
        now: new Date(),
      },
      kind,
    );
    downloadFile(file.name, [file.text], file.type);
  };
  return (
    <details
      className="menu"
      ref={menu}
      onKeyDown={(e) => {
        if (e.key === 'Escape') menu.current?.removeAttribute('open');
      }}
    >
      <summary className="button" data-testid="export">
        Export
      </summary>
      <div className="menu-items">
        <p className="menu-note">The events on screen: filters and date window applied.</p>
        {KINDS.map(({ kind, label, hint }) => (
          <button key={kind} type="button" className="button" data-testid={`export-${kind}`} onClick={() => void exportAs(kind)}>
            {label} <span className="menu-hint">{hint}</span>
          </button>
        ))}
      </div>
    </details>
  );
}
