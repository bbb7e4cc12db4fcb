import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import {
  BASEMAP_FILES,
  BASEMAP_FONT_REGULAR,
  BASEMAP_FONT_SEMIBOLD,
  BASEMAP_LABEL_LAYER_ID,
  BASEMAP_LAYER_IDS,
  basemapStyle,
  resolveStyle,
} from './basemap-style';

const BASE = 'http://127.0.0.1:4173/app/basemap/';

const sourceOf = (layer: LayerSpecification): string | undefined => ('source' in layer && typeof layer.source === 'string' ? layer.source : undefined);

describe('basemapStyle', () => {
  const style = basemapStyle(BASE);

  it('has a source for every layer that names one', () => {
    for (const layer of style.layers) {
      const source = sourceOf(layer);
      if (layer.type !== 'background') expect(source, layer.id).toBeDefined();
      if (source !== undefined) expect(Object.keys(style.sources), layer.id).toContain(source);
    }
  });

  it('has no glyphs URL, so MapLibre draws labels from the shipped CSS font', () => {
    expect('glyphs' in style).toBe(false);
    expect(JSON.stringify(style)).not.toMatch(/\{fontstack\}|\{range\}/);
  });

  it('loads each file from baseUrl, with or without its trailing slash', () => {
    for (const base of [BASE, BASE.slice(0, -1)]) {
      const urls = Object.values(basemapStyle(base).sources).map((s) => ('data' in s ? s.data : undefined));
      expect(urls).toEqual(Object.values(BASEMAP_FILES).map((file) => `${BASE}${file}`));
    }
  });

  it('refers to nothing outside baseUrl', () => {
    const urls = JSON.stringify(style).match(/https?:\/\/[^"]+/g) ?? [];
    const outside = urls.filter((url) => !url.startsWith(BASE) && !url.startsWith('https://www.naturalearthdata.com/'));
    expect(outside).toEqual([]);
  });

  it('lists its layers in draw order with the labels last, for event layers to go beneath', () => {
    expect(style.layers.map((l) => l.id)).toEqual([...BASEMAP_LAYER_IDS]);
    expect(style.layers.at(-1)?.id).toBe(BASEMAP_LABEL_LAYER_ID);
    expect(style.layers.at(-1)?.type).toBe('symbol');
  });

  it('hides small countries at low zoom: the label filter is a step over zoom', () => {
    const labels = style.layers.find((l) => l.id === BASEMAP_LABEL_LAYER_ID);
    const filter = labels && 'filter' in labels ? labels.filter : undefined;
    expect(Array.isArray(filter) && filter[0] === 'step' && JSON.stringify(filter[1]) === '["zoom"]').toBe(true);
    expect(JSON.stringify(filter)).toContain('"rank"');
  });
});

describe('label fonts', () => {
  // MapLibre turns the stack into a CSS font-family list and takes the weight from the first name.
  const fontsource = (file: string) => readFileSync(createRequire(import.meta.url).resolve(`@fontsource/noto-sans/${file}`), 'utf8');

  it.each([
    [BASEMAP_FONT_REGULAR, 'latin-400.css', /regular/i, '400'],
    [BASEMAP_FONT_SEMIBOLD, 'latin-600.css', /semibold/i, '600'],
  ])('%j falls back to a family and weight that fonts.ts registers', (stack, css, weightName, weight) => {
    const text = fontsource(css);
    expect(stack[0]).toMatch(weightName);
    expect(text).toContain(`font-family: '${stack[stack.length - 1]}'`);
    expect(text).toContain(`font-weight: ${weight}`);
    expect(readFileSync(new URL('./fonts.ts', import.meta.url), 'utf8')).toContain(`@fontsource/noto-sans/${css}`);
  });
});

describe('resolveStyle', () => {
  it('uses the embedded style when no online style is configured', () => {
    for (const configured of [undefined, '', '   ']) {
      const style = resolveStyle(configured, BASE);
      expect(typeof style === 'object' && style.sources['basemap-land']).toBeTruthy();
    }
  });

  it('uses the configured URL, resolved against baseUrl', () => {
    expect(resolveStyle('https://tiles.example.org/style.json', BASE)).toBe('https://tiles.example.org/style.json');
    expect(resolveStyle('../styles/dark.json', BASE)).toBe('http://127.0.0.1:4173/app/styles/dark.json');
  });

  it('falls back to the embedded style when the setting is not a URL', () => {
    expect(typeof resolveStyle('http://[broken', BASE)).toBe('object');
  });
});
