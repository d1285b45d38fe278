/** Chromium for browser tests (scripts/lib/chromium.ts), and what tests do in it: axe-core, JavaScript off. */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { type Chromium, CHROMIUM, launchChromium } from '../../scripts/lib/chromium.ts';

export { CHROMIUM };
export type TestBrowser = Chromium;
export const launchBrowser = launchChromium;

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe-core on the page and returns its violations (rule id and the failing nodes). */
export async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run({ resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  return violations;
}

/** Turns scripts off for one page (the persistent context cannot make a no-JS context). */
export async function disableJavaScript(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setScriptExecutionDisabled', { value: true });
}
