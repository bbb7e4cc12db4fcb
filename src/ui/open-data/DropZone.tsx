import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { dialogs } from './dialogs-state';
import './open-data.css';

const carriesFiles = (e: { dataTransfer: DataTransfer | null }) => [...(e.dataTransfer?.types ?? [])].includes('Files');

/**
 * A file dropped anywhere else on the page would make the browser leave the app to show it:
 * outside the map, a drop of files does nothing.
 */
function useNoDropElsewhere() {
  useEffect(() => {
    const ignore = (e: globalThis.DragEvent) => {
      if (carriesFiles(e)) e.preventDefault();
    };
    window.addEventListener('dragover', ignore);
    window.addEventListener('drop', ignore);
    return () => {
      window.removeEventListener('dragover', ignore);
      window.removeEventListener('drop', ignore);
    };
  }, []);
}

/**
 * Files dropped on the map open in the import dialog. While files are dragged over it, a
 * visible target says what a drop will do. Enter and leave fire for every child crossed, so
 * a count of entries tells when the drag has really left.
 */
export function DropZone({ children, className }: { children: ReactNode; className?: string }) {
  const [over, setOver] = useState(false);
  const depth = useRef(0);
  const show = useStore(dialogs, (s) => s.show);
  useNoDropElsewhere();
  return (
    <div
      className={className}
      data-testid="drop-zone"
      onDragEnter={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        depth.current += 1;
        setOver(true);
      }}
      onDragOver={(e) => {
        if (!carriesFiles(e)) return;
        // Without this the browser opens the file itself instead of dropping it here.
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (!carriesFiles(e)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        depth.current = 0;
        setOver(false);
        const files = [...e.dataTransfer.files];
        if (files.length > 0) show({ kind: 'import', files });
      }}
    >
      {children}
      {over && (
        <div className="drop-target" data-testid="drop-target" aria-hidden="true">
          <p>
            Drop to open on the map
            <span>ACLED, UCDP GED, TimeMap, CSV or GeoJSON</span>
          </p>
        </div>
      )}
    </div>
  );
}
