import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, servedApp } from './driver';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: Array<{ target: string[] }>;
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const app = servedApp();

describe('accessibility (axe-core): no serious or critical violation', () => {
  it('on the list view, the event view and the article reader', async () => {
    const { page } = await openApp(app());
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('[data-testid=event-row]').first().click();
    await page.getByTestId('event-detail').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('read-in-source').first().click();
    await page.getByTestId('quote-highlight').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('on a phone-width screen, with the bottom sheet open', async () => {
    const { page } = await openApp(app(), '', { width: 390, height: 800 });
    // No sheet animation: axe must see the final layout, not colours mid-transition.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'Show events' }).click();
    await page.getByTestId('event-list').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
