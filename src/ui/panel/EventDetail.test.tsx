// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAtlasData } from '../../domain/atlas-event';
import { ingest } from '../../data/ingest/ingest';
import { fixture } from '../../data/ingest/test-support';
import { createAtlasStore } from '../../state/store';
import { AtlasProvider } from '../atlas-context';
import { EventDetail } from './EventDetail';

afterEach(cleanup);

function show(files: Parameters<typeof ingest>[0], id: string) {
  const data = buildAtlasData(ingest(files).dataset);
  const store = createAtlasStore();
  store.getState().setData(data, 'v', []);
  render(
    <AtlasProvider store={store}>
      <EventDetail event={data.byId.get(id)!} />
    </AtlasProvider>,
  );
}

describe('an imported event in the panel', () => {
  it('says its quote is as the data set gives it, shows the original type, the area and the figure’s column', () => {
    show(fixture('acled.csv'), 'acled-ukr90003');
    expect(screen.getByTestId('original-type').textContent).toBe('Type in the data set: Explosions/Remote violence: Air/drone strike');
    expect(screen.getByTestId('claim-unchecked').textContent).toBe('As given by ACLED export acled.csv; not checked against the article.');
    expect(screen.queryByTestId('read-in-source')).toBeNull();
    expect(screen.getByText(/broad area \(within ~25 km\), as given by ACLED export acled\.csv/)).toBeTruthy();
    expect(screen.getByText(/as given by the data set \(column fatalities\)/)).toBeTruthy();
    expect(screen.getByText(/ACLED time_precision 2/)).toBeTruthy();
  });

  it('links a source’s URL without sending the page it came from, and never fetches it', () => {
    show(fixture('timemap/events.json', 'timemap/sources.json', 'timemap/associations.json'), 'tm-tm-1');
    const claims = screen.getAllByTestId('claim');
    const link = within(claims[0]!).getByTestId('source-link') as HTMLAnchorElement;
    expect(link.href).toBe('https://t.me/example_channel/1234');
    expect(link.rel).toBe('noopener noreferrer');
    expect(within(claims[1]!).queryByTestId('source-link')).toBeNull();
    expect(screen.getByTestId('event-tags').textContent).toBe('Military / Vehicles · narrative: The first day');
  });
});
