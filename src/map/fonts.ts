/**
 * Registers the label font with the page so that Vite ships its woff2 files with the app.
 *
 * The basemap style has no `glyphs` URL, so MapLibre draws label glyphs locally (TinySDF) from
 * CSS fonts; without these @font-face rules it would fall back to whatever sans-serif the system
 * has. Latin covers every world-atlas country name (São Tomé, Côte d'Ivoire, Åland). Import this
 * module once, for its side effect, before the map is created: `import './map/fonts';`.
 */
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
