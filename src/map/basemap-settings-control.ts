/**
 * The basemap setting on the map: the embedded basemap (default, offline), or an online vector
 * style URL or PMTiles file for more detail. Saved in local storage; the page reloads so that
 * the map starts on it (and nothing is fetched from there before the reader saves).
 */
import type { IControl } from 'maplibre-gl';
import { parseBasemapChoice, writeBasemapChoice, type BasemapChoice } from './basemap-choice';

const KINDS: ReadonlyArray<[BasemapChoice['kind'], string]> = [
  ['embedded', 'Embedded (offline)'],
  ['style', 'Online style URL'],
  ['pmtiles', 'PMTiles file URL'],
];

export class BasemapSettingsControl implements IControl {
  private container: HTMLElement | null = null;

  constructor(
    private readonly current: BasemapChoice,
    private readonly storage: Storage | undefined,
    private readonly reload: () => void = () => window.location.reload(),
  ) {}

  onAdd(): HTMLElement {
    const container = el('div', 'maplibregl-ctrl maplibregl-ctrl-group atlas-basemap-settings');
    const toggle = el('button', 'atlas-basemap-toggle') as HTMLButtonElement;
    toggle.type = 'button';
    toggle.textContent = 'Basemap';
    toggle.setAttribute('aria-expanded', 'false');
    const form = el('form', 'atlas-basemap-form') as HTMLFormElement;
    form.hidden = true;
    form.setAttribute('aria-label', 'Basemap');
    const select = el('select') as HTMLSelectElement;
    select.setAttribute('aria-label', 'Basemap source');
    for (const [kind, label] of KINDS) select.append(new Option(label, kind, false, kind === this.current.kind));
    const input = el('input') as HTMLInputElement;
    input.type = 'url';
    input.placeholder = 'https://…/style.json or …/world.pmtiles';
    input.setAttribute('aria-label', 'Basemap URL');
    input.value = this.current.kind === 'embedded' ? '' : this.current.url;
    const note = el('p', 'atlas-basemap-note');
    note.textContent = 'An online basemap is fetched from that address; the embedded one works offline and stays the fallback.';
    const message = el('p', 'atlas-basemap-error');
    message.setAttribute('role', 'alert');
    const save = el('button') as HTMLButtonElement;
    save.type = 'submit';
    save.textContent = 'Save and reload';
    const sync = () => (input.disabled = select.value === 'embedded');
    sync();
    select.addEventListener('change', sync);
    toggle.addEventListener('click', () => {
      form.hidden = !form.hidden;
      toggle.setAttribute('aria-expanded', String(!form.hidden));
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const choice = parseBasemapChoice(select.value, input.value, document.baseURI);
      if (typeof choice === 'string') {
        message.textContent = `Not saved: ${choice}.`;
        return;
      }
      if (!this.storage) {
        message.textContent = 'Not saved: this browser does not allow local storage here.';
        return;
      }
      writeBasemapChoice(this.storage, choice);
      this.reload();
    });
    form.append(select, input, note, message, save);
    container.append(toggle, form);
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = null;
  }
}

function el(tag: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}
