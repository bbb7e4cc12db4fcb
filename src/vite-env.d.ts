/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** An online MapLibre style URL to use instead of the embedded basemap (optional). */
  readonly VITE_BASEMAP_STYLE_URL?: string;
  /** `setdata` builds the benchmark's comparison variant (see map-controller.ts). */
  readonly VITE_WINDOW_STRATEGY?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
