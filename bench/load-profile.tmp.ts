// Temporary: CPU profile of our page's main thread from navigation to ready (geojson 100k).
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { startServer } from './server';
import { DATA_ROOT } from './generate';
import { probeScript } from './page-probe';
import { nameFrame } from './profile';
import { SourceMap } from './source-map';

const DIST = join(process.cwd(), 'bench/out/dist-ours');
const server = await startServer({ '/ours/': DIST, '/bench-data/': DATA_ROOT }, () => {});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
await page.addInitScript(probeScript(100000));
await page.addInitScript("window.__log = []; setInterval(() => { const a = window.__atlas; if (!a) return; window.__log.push([Math.round(performance.now()), (document.querySelector('[data-testid=event-count]') || {}).textContent, a.idle(), (() => { const c = document.querySelector('.maplibregl-canvas'); return c ? c.clientWidth + 'x' + c.clientHeight + ' ' + c.width + 'x' + c.height : '-'; })(), [...document.querySelectorAll('.workspace, .timeline, .topbar, .dataset-bar')].map((e) => e.className.split(' ')[0] + ':' + Math.round(e.getBoundingClientRect().height)).join(',')].join(' ')); }, 250);");
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
await cdp.send('Profiler.start');
if (process.argv[4] === 'csv') {
  await page.addInitScript(`window.addEventListener('change', () => { if (window.__t0 === undefined) { window.__t0 = performance.now(); performance.mark('atlas:t0-change'); } }, true);`);
  await page.goto(`${server.origin}/ours/`);
  await page.waitForFunction("window.__atlas && window.__atlas.idle() && /of/.test((document.querySelector('[data-testid=event-count]') || {}).textContent || '')", undefined, { timeout: 60000, polling: 100 });
  await page.setInputFiles('[data-testid=open-data-input]', join(DATA_ROOT, '100k/acled.csv'));
  await page.locator('[data-testid=import-load]:enabled').click();
} else await page.goto(`${server.origin}/ours/?data=/bench-data/100k/`, { waitUntil: 'commit' });
const ready = await (await page.waitForFunction('window.__bench && window.__bench.loadedAt', undefined, { timeout: 240000, polling: 100 })).jsonValue();

const { profile } = (await cdp.send('Profiler.stop')) as any;
const marks = await page.evaluate("performance.getEntriesByType('mark').filter((m) => m.name.startsWith('atlas:')).map((m) => m.name + ' ' + Math.round(m.startTime)).join(', ')");
console.log('ready', ready, marks);
console.log(await page.evaluate("typeof window.__atlas + ' ' + (window.__atlas && Object.keys(window.__atlas))"));
console.log((await page.evaluate('window.__log.join("\\n")')) as string);
const mapCache = new Map<string, SourceMap | null>();
const maps = (file: string) => {
  if (!mapCache.has(file)) {
    const p = join(DIST, 'assets', file + '.map');
    mapCache.set(file, existsSync(p) ? new SourceMap(JSON.parse(readFileSync(p, 'utf8'))) : null);
  }
  return mapCache.get(file)!;
};
const MLMAPS = { 'maplibre-gl.mjs': new SourceMap(JSON.parse(readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.mjs.map', 'utf8'))) };
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const self = new Map<string, number>();
const start = profile.startTime;
const cut = Number(process.argv[2] ?? 0) * 1e6;
const buckets = new Map<string, number>(); // only samples after this many ms from start
let t = start;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i];
  if (t - start < cut || (process.argv[3] && t - start > Number(process.argv[3]) * 1e6)) continue;
  const n: any = byId.get(profile.samples[i]);
  const f = nameFrame(n.callFrame, maps, MLMAPS);
  const k = `${f.owner} ${f.name} ${f.where}`;
  if (!/idle/.test(k)) { const b = `${f.name}@${Math.floor((t - start) / 5e5) / 2}s`; buckets.set(b, (buckets.get(b) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000); }
  self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
}
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 35)) console.log(Math.round(v), k);
const per = new Map<string, Array<[string, number]>>();
for (const [k, v] of buckets) { const [name, at] = k.split('@'); if (!per.has(at!)) per.set(at!, []); per.get(at!)!.push([name!, v]); }
for (const [at, list] of per) { const tot = list.reduce((a, b) => a + b[1], 0); console.log(at, Math.round(tot), list.sort((a, b) => b[1] - a[1]).slice(0, 4).map(([n, v]) => `${n}:${Math.round(v)}`).join(' ')); }
await browser.close();
await server.close();
