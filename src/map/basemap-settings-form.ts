/**
 * The basemap setting's form (`basemap-settings-control.ts` builds it on the first click):
 * the embedded basemap, or an online style URL or PMTiles file, saved in local storage, and
 * the page reloaded to start on it.
 */
import { parseBasemapChoice, writeBasemapChoice, type BasemapChoice } from './basemap-choice';

const KINDS: ReadonlyArray<[BasemapChoice['kind'], string]> = [
  ['embedded', 'Embedded (offline)'],
  ['style', 'Online style URL'],
  ['pmtiles', 'PMTiles file URL'],
];

/** The form, hidden: the control shows it. */
export function basemapForm(current: BasemapChoice, storage: Storage | undefined, reload: () => void): HTMLFormElement {
  const form = el('form', 'atlas-basemap-form') as HTMLFormElement;
  form.hidden = true;
  form.setAttribute('aria-label', 'Basemap');
  const select = el('select') as HTMLSelectElement;
  select.setAttribute('aria-label', 'Basemap source');
  for (const [kind, label] of KINDS) select.append(new Option(label, kind, false, kind === current.kind));
  const input = el('input') as HTMLInputElement;
  input.type = 'url';
  input.placeholder = 'https://…/style.json or …/world.pmtiles';
  input.setAttribute('aria-label', 'Basemap URL');
  input.value = current.kind === 'embedded' ? '' : current.url;
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
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const choice = parseBasemapChoice(select.value, input.value, document.baseURI);
    if (typeof choice === 'string') {
      message.textContent = `Not saved: ${choice}.`;
      return;
    }
    if (!storage) {
      message.textContent = 'Not saved: this browser does not allow local storage here.';
      return;
    }
    writeBasemapChoice(storage, choice);
    reload();
  });
  form.append(select, input, note, message, save);
  return form;
}

function el(tag: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}
