/**
 * The basemap setting on the map: the embedded basemap (default, offline), or an online vector
 * style URL or PMTiles file for more detail. Saved in local storage; the page reloads so that
 * the map starts on it (and nothing is fetched from there before the reader saves). The form
 * is built on the first click (`basemap-settings-form.ts`): few readers open it, and its code
 * need not load with the first view.
 */
import type { IControl } from 'maplibre-gl';
import type { BasemapChoice } from './basemap-choice';

export class BasemapSettingsControl implements IControl {
  private container: HTMLElement | null = null;

  constructor(
    private readonly current: BasemapChoice,
    private readonly storage: Storage | undefined,
    private readonly reload: () => void = () => window.location.reload(),
  ) {}

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group atlas-basemap-settings';
    const toggle = document.createElement('button');
    toggle.className = 'atlas-basemap-toggle';
    toggle.type = 'button';
    toggle.textContent = 'Basemap';
    toggle.setAttribute('aria-expanded', 'false');
    let form: Promise<HTMLFormElement> | null = null;
    toggle.addEventListener('click', () => {
      form ??= import('./basemap-settings-form').then(({ basemapForm }) => {
        const built = basemapForm(this.current, this.storage, this.reload);
        container.append(built);
        return built;
      });
      form.then(
        (f) => {
          f.hidden = !f.hidden;
          toggle.setAttribute('aria-expanded', String(!f.hidden));
        },
        // Its code did not load (the connection dropped): the next click tries again.
        () => (form = null),
      );
    });
    container.append(toggle);
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = null;
  }
}
