// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { BasemapSettingsControl } from './basemap-settings-control';

const load = vi.hoisted(() => ({ fail: true }));
vi.mock('./basemap-settings-form', async (original) => {
  const real = await original<typeof import('./basemap-settings-form')>();
  return {
    basemapForm: (...args: Parameters<typeof real.basemapForm>) => {
      if (load.fail) throw new Error('chunk failed to load');
      return real.basemapForm(...args);
    },
  };
});

describe('BasemapSettingsControl', () => {
  it('builds its form on the first click, shows and hides it, and tries again after a failed load', async () => {
    const container = new BasemapSettingsControl({ kind: 'embedded' }, undefined).onAdd();
    const toggle = container.querySelector('button')!;
    expect(container.querySelector('form')).toBeNull();
    toggle.click();
    await new Promise((r) => setTimeout(r, 200));
    expect(container.querySelector('form')).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    load.fail = false;
    toggle.click();
    await vi.waitFor(() => expect(container.querySelector('form')).not.toBeNull());
    const form = container.querySelector('form')!;
    expect(form.hidden).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    toggle.click();
    await vi.waitFor(() => expect(form.hidden).toBe(true));
    expect(container.querySelectorAll('form')).toHaveLength(1);
    expect(form.hidden).toBe(true);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });
});
