/**
 * "Show all events": the map opens on where most events are (domain/first-view.ts); this one
 * button fits every event of the filtered set, outliers included.
 */
import type { IControl } from 'maplibre-gl';

export class ShowAllControl implements IControl {
  private container: HTMLElement | null = null;

  constructor(private readonly onShowAll: () => void) {}

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group atlas-show-all';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Show all events';
    button.title = 'Fit the map to every event, far-off ones included';
    button.dataset.testid = 'show-all';
    button.addEventListener('click', () => this.onShowAll());
    container.append(button);
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = null;
  }
}
