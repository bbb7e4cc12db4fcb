// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsentDialog } from './ConsentDialog';

afterEach(cleanup);

describe('ConsentDialog', () => {
  it('shows the host and exactly what a folder link will fetch', () => {
    render(<ConsentDialog url="https://data.example.org/atlas/" decide={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Load data from another site?' });
    expect(dialog.getAttribute('aria-describedby')).toBeTruthy();
    expect([...screen.getByTestId('consent-urls').querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'https://data.example.org/atlas/sources.json',
      'https://data.example.org/atlas/gazetteer.json',
      'https://data.example.org/atlas/events.geojson',
      'https://data.example.org/atlas/claims.parquet',
      'https://data.example.org/atlas/figures.parquet',
      'https://data.example.org/atlas/events.parquet',
    ]);
    expect(screen.getByTestId('consent-columnar').textContent).toBe('The .parquet files (a columnar data set) are fetched only if the folder has no events.geojson.');
  });

  it('allows once, allows always, and declines on Escape', () => {
    const decide = vi.fn();
    render(<ConsentDialog url="https://data.example.org/e.csv" decide={decide} />);
    expect(screen.getByTestId('consent-urls').textContent).toBe('https://data.example.org/e.csv');
    screen.getByRole('button', { name: 'Load from data.example.org' }).click();
    expect(decide).toHaveBeenLastCalledWith({ allow: true, always: false });
    screen.getByLabelText('Always trust data.example.org in this browser').click();
    screen.getByTestId('consent-allow').click();
    expect(decide).toHaveBeenLastCalledWith({ allow: true, always: true });
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(decide).toHaveBeenLastCalledWith({ allow: false });
  });
});
