/**
 * Looks at the embedded basemap the way a user would: builds a one-page app around
 * `basemapStyle` with Vite (base './', like the real app, so the fonts and GeoJSON ship as they
 * will), serves it on 127.0.0.1, and screenshots it in headless Chromium at the views that break
 * naive basemaps (the antimeridian, the Russian Far East) and the story's region.
 *
 *   tsx scripts/screenshot-basemap.ts [--out-prefix /tmp/basemap-]
 *
 * Fails (exit 1) on a console error, a request that leaves localhost, or a label font that never
 * loaded. The page and its build live in a temp dir; nothing is written to the repo.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outPrefix = process.argv[2] === '--out-prefix' && process.argv[3] ? process.argv[3] : '/tmp/basemap-';

interface View {
  name: string;
  center: [number, number];
  zoom: number;
}

const VIEWS: View[] = [
  { name: 'world', center: [180, 20], zoom: 1 },
  { name: 'eastern-europe', center: [37, 50], zoom: 4 },
  { name: 'russian-far-east', center: [170, 65], zoom: 3 },
  { name: 'fiji', center: [179.5, -17], zoom: 6 },
  { name: 'antarctica', center: [180, -60], zoom: 2 },
  { name: 'korea-region', center: [130, 42], zoom: 5 },
  { name: 'chukotka-seam', center: [180, 66.5], zoom: 6 },
  { name: 'wrangel-seam', center: [180, 71.2], zoom: 7.5 },
  { name: 'kursk-donetsk', center: [37, 50], zoom: 5.5 },
  { name: 'moscow-z7', center: [37.6, 55.75], zoom: 7 },
];

const PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>basemap check</title>
<style>html,body,#map{margin:0;height:100%}</style></head>
<body><div id="map"></div><script type="module" src="./main.ts"></script></body></html>
`;

// The page mirrors how the app wires MapLibre 6 under Vite (ESM build, explicit worker URL).
const PAGE_MAIN = `
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import '${root}/src/map/fonts.ts';
import { basemapStyle } from '${root}/src/map/basemap-style.ts';

maplibregl.setWorkerUrl(workerUrl);
const map = new maplibregl.Map({
  container: 'map',
  style: basemapStyle(new URL('basemap/', document.baseURI).href),
  center: [180, 20],
  zoom: 1,
});
map.addControl(new maplibregl.NavigationControl());
window.__map = map;
window.__jump = (center, zoom) => new Promise((done) => {
  map.jumpTo({ center, zoom });
  map.once('idle', () => done(true));
  map.triggerRepaint();
});
map.once('idle', () => { window.__ready = true; });
`;

interface BrowserWindow {
  __ready?: boolean;
  __jump: (center: [number, number], zoom: number) => Promise<boolean>;
}

async function buildPage(dir: string): Promise<string> {
  writeFileSync(join(dir, 'index.html'), PAGE_HTML);
  writeFileSync(join(dir, 'main.ts'), PAGE_MAIN);
  // Bare imports in the temp page resolve through the repo's installed packages.
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const outDir = join(dir, 'dist');
  const common = { root: dir, base: './', configFile: false as const, logLevel: 'warn' as const, cacheDir: join(dir, '.vite') };
  await build({ ...common, publicDir: join(root, 'public'), build: { outDir, emptyOutDir: true } });
  const server = await preview({ ...common, build: { outDir }, preview: { host: '127.0.0.1', port: 4391 } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('Vite preview gave no local URL');
  return url;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'basemap-check-'));
  mkdirSync(dirname(outPrefix), { recursive: true });
  const problems: string[] = [];
  const url = await buildPage(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    // Anything not on this machine is refused, and still reported below.
    await page.route('**/*', (route) => {
      const host = new URL(route.request().url()).hostname;
      return ['127.0.0.1', 'localhost'].includes(host) || route.request().url().startsWith('blob:') ? route.continue() : route.abort();
    });
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as BrowserWindow).__ready === true, undefined, { timeout: 60_000 });
    for (const view of VIEWS) {
      await page.evaluate(([c, z]) => (window as unknown as BrowserWindow).__jump(c, z), [view.center, view.zoom] as const);
      const path = `${outPrefix}${view.name}.png`;
      await page.screenshot({ path });
      console.log(`screenshot ${path}`);
    }
    const fonts = await page.evaluate(() =>
      [...document.fonts].map((f) => `${f.family} ${f.weight} ${f.status}`),
    );
    console.log(`font faces: ${fonts.join('; ')}`);
    if (!fonts.some((f) => /Noto Sans.* 600 loaded/.test(f))) problems.push('Noto Sans 600 never loaded: labels used a fallback font');
    const foreign = requests.filter((r) => !/^(https?:\/\/(127\.0\.0\.1|localhost)[:/]|blob:|data:)/.test(r));
    console.log(`requests: ${requests.length}, to other hosts: ${foreign.length}`);
    for (const r of requests) console.log(`  ${r}`);
    problems.push(...foreign.map((r) => `request left localhost: ${r}`));
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  for (const problem of problems) console.error(problem);
  process.exit(problems.length > 0 ? 1 : 0);
}

await main();
