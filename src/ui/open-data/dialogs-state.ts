/**
 * Which open-data dialog is showing. A small store of its own, apart from the atlas store: the
 * start-up code asks for a link's consent before React has drawn anything, and the button, the
 * drop target and the data-set bar open dialogs from different corners of the page.
 */
import { createStore } from 'zustand/vanilla';

export type OpenDialog =
  /** Files chosen by the picker or dropped on the map, to preview, map and load. */
  | { kind: 'import'; files: File[]; returnTo?: HTMLElement | null }
  /** What the last load set aside. */
  | { kind: 'report'; returnTo?: HTMLElement | null }
  /** A link to a data set on another site, waiting for the user to allow its host (or not). */
  | { kind: 'consent'; url: string; decide: (decision: ConsentDecision) => void };

export type ConsentDecision = { allow: false } | { allow: true; always: boolean };

export interface DialogsState {
  dialog: OpenDialog | null;
  show(dialog: OpenDialog): void;
  close(): void;
}

export const createDialogsStore = () =>
  createStore<DialogsState>()((set) => ({
    dialog: null,
    show: (dialog) => set({ dialog }),
    close: () => set({ dialog: null }),
  }));

export type DialogsStore = ReturnType<typeof createDialogsStore>;

/** The app's one instance; tests make their own. */
export const dialogs = createDialogsStore();

/** Ask the user whether to fetch `url` from its site; resolves when they decide. */
export const askConsent = (url: string, store: DialogsStore = dialogs): Promise<ConsentDecision> =>
  new Promise((resolve) =>
    store.getState().show({
      kind: 'consent',
      url,
      decide: (decision) => {
        store.getState().close();
        resolve(decision);
      },
    }),
  );
