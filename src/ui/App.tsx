import { useState } from 'react';
import { useAtlas } from './atlas-context';
import { CopyLinkButton } from './CopyLinkButton';
import { ExportMenu } from './ExportMenu';
import { Legend } from './Legend';
import { LoadingStatus } from './LoadingStatus';
import { MapView } from './MapView';
import { Notices } from './Notices';
import { DataSetBar } from './open-data/DataSetBar';
import { DropZone } from './open-data/DropZone';
import { OpenDataButton } from './open-data/OpenDataButton';
import { OpenDataDialogs } from './open-data/OpenDataDialogs';
import { SidePanel } from './panel/SidePanel';
import { TimeSlider } from './time-slider/TimeSlider';
import { WindowCount } from './WindowCount';
import type { ValidationIssue } from '../domain/types';
import './app.css';

const NONE: ValidationIssue[] = [];

function LoadState() {
  const error = useAtlas((s) => s.loadError);
  // A data set opened from a file or link has its report instead (the data-set bar opens it).
  const issues = useAtlas((s) => ((s.dataSource?.kind ?? 'shipped') === 'shipped' ? s.loadIssues : NONE));
  if (error) return <p className="load-error" role="alert">The data could not be loaded: {error}</p>;
  if (issues.length === 0) return null;
  return (
    <details className="load-issues" data-testid="load-issues">
      <summary>{issues.length} record{issues.length === 1 ? ' was' : 's were'} set aside as invalid</summary>
      <ul>
        {issues.slice(0, 200).map((i, k) => (
          <li key={k}>
            <code>{i.file}</code> {i.id} {i.path && <code>{i.path}</code>}: {i.message}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function App() {
  const hasFocus = useAtlas((s) => s.selectedId !== null || s.stack !== null || s.reading !== null);
  const [sheetOpen, setSheetOpen] = useState(false);
  const expanded = sheetOpen || hasFocus;
  return (
    <div className="app">
      <header className="topbar">
        <h1>Event Atlas</h1>
        <p className="subtitle">every marker backed by its sources’ words</p>
        <WindowCount className="event-count" testId="event-count" />
        <div className="topbar-actions">
          <OpenDataButton />
          <ExportMenu />
          <CopyLinkButton />
        </div>
      </header>
      <DataSetBar />
      <Notices />
      <LoadState />
      <main className="workspace">
        <DropZone className="map-area">
          <MapView />
          <Legend />
          <LoadingStatus />
        </DropZone>
        <aside className={`panel${expanded ? ' panel-expanded' : ''}`} aria-label="Events and sources">
          <button
            type="button"
            className="sheet-handle"
            aria-expanded={expanded}
            onClick={() => setSheetOpen(!expanded)}
          >
            {expanded ? 'Hide panel' : 'Show events'}
          </button>
          <div className="panel-body">
            <SidePanel />
          </div>
        </aside>
      </main>
      <footer className="timeline">
        <TimeSlider />
      </footer>
      <OpenDataDialogs />
    </div>
  );
}
