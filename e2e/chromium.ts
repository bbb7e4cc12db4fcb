/**
 * How every tool here starts Debian's Chromium: the end-to-end tests, the benchmark and the
 * basemap check. Background networking is off (this machine has no network but the package
 * registries) and WebGL runs on SwiftShader, since there is no GPU.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
