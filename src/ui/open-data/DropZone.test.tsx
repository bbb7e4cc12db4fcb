// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { dialogs } from './dialogs-state';
import { DropZone } from './DropZone';
import { OpenDataButton } from './OpenDataButton';

afterEach(() => {
  cleanup();
  dialogs.getState().close();
});

const transfer = (files: File[]) => ({ types: ['Files'], files, dropEffect: 'none' });

describe('DropZone', () => {
  it('shows a target while files are dragged over, through children, and opens the dropped files', () => {
    render(
      <DropZone className="map-area">
        <div data-testid="child" />
      </DropZone>,
    );
    const zone = screen.getByTestId('drop-zone');
    const file = new File(['x'], 'acled.csv');
    fireEvent.dragEnter(zone, { dataTransfer: transfer([]) });
    fireEvent.dragEnter(screen.getByTestId('child'), { dataTransfer: transfer([]) });
    fireEvent.dragLeave(screen.getByTestId('child'), { dataTransfer: transfer([]) });
    expect(screen.getByTestId('drop-target').textContent).toContain('Drop to open on the map');
    fireEvent.drop(zone, { dataTransfer: transfer([file]) });
    expect(screen.queryByTestId('drop-target')).toBeNull();
    expect(dialogs.getState().dialog).toEqual({ kind: 'import', files: [file] });
  });

  it('hides the target when the drag leaves, and ignores drags of text', () => {
    render(<DropZone>map</DropZone>);
    const zone = screen.getByTestId('drop-zone');
    fireEvent.dragEnter(zone, { dataTransfer: { types: ['text/plain'], files: [] } });
    expect(screen.queryByTestId('drop-target')).toBeNull();
    fireEvent.dragEnter(zone, { dataTransfer: transfer([]) });
    fireEvent.dragLeave(zone, { dataTransfer: transfer([]) });
    expect(screen.queryByTestId('drop-target')).toBeNull();
    expect(dialogs.getState().dialog).toBeNull();
  });
});

describe('OpenDataButton', () => {
  it('opens the import dialog with every file chosen in the picker', () => {
    render(<OpenDataButton />);
    const input = screen.getByTestId('open-data-input') as HTMLInputElement;
    expect(input.multiple).toBe(true);
    const files = ['events.json', 'sources.json', 'associations.json'].map((n) => new File(['{}'], n));
    fireEvent.change(input, { target: { files } });
    // Focus goes back to the button when the dialog closes.
    expect(dialogs.getState().dialog).toEqual({ kind: 'import', files, returnTo: screen.getByRole('button', { name: 'Open data…' }) });
  });
});

describe('a drop of files elsewhere on the page', () => {
  it('is prevented, so the browser does not leave the app to show the file', () => {
    render(<DropZone>map</DropZone>);
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { types: ['Files'], files: [] } });
    document.body.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    expect(dialogs.getState().dialog).toBeNull();
  });
});
