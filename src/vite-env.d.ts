/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** An online MapLibre style URL to use instead of the embedded basemap (optional). */
  readonly VITE_BASEMAP_STYLE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
