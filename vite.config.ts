import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Relative asset paths let the built app be served from any folder (or opened from a share).
  base: './',
  server: { port: 5173 },
  preview: { port: 4173 },
  // The load worker is a module worker: ES output lets it load a format's code only when needed.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    // Seed articles and data stay separate files, fetched when needed, never inlined as data: URLs.
    assetsInlineLimit: 0,
  },
});
