/**
 * Times a search in Chromium the way a reader meets it: open a page, press
 * `/`, enter a query, and wait for the first result on screen. Times are
 * taken inside the page, so the test driver's own delays do not count; they
 * include the search box's 150 ms debounce. "Cold" is a fresh browser
 * profile (nothing cached); "warm" is a second page in the same browser.
 */
import type { BrowserContext } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/browser.ts';

export interface SearchTiming {
  /** From navigation start to the first result on screen. */
  openToResultMs: number;
  /** From pressing `/` to the first result (loading the search code and the index included). */
  keyToResultMs: number;
}

async function timeOnce(context: BrowserContext, url: string, query: string): Promise<SearchTiming> {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => {
    const w = window as unknown as { firstResultAt?: number; keyAt?: number };
    document.addEventListener('keydown', () => (w.keyAt ??= performance.now()), { capture: true });
    new MutationObserver((_, observer) => {
      if (document.querySelector('.pf-result .pf-result-link')) {
        w.firstResultAt = performance.now();
        observer.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.keyboard.press('/');
  await page.locator('pagefind-modal dialog[open] input').fill(query);
  await page.waitForFunction(() => (window as unknown as { firstResultAt?: number }).firstResultAt !== undefined);
  const timing = await page.evaluate(() => {
    const w = window as unknown as { firstResultAt: number; keyAt: number };
    return { openToResultMs: w.firstResultAt, keyToResultMs: w.firstResultAt - w.keyAt };
  });
  await page.close();
  return timing;
}

export async function timeFirstResult(url: string, query: string): Promise<{ cold: SearchTiming; warm: SearchTiming }> {
  const browser = await launchBrowser();
  try {
    const cold = await timeOnce(browser.context, url, query);
    const warm = await timeOnce(browser.context, url, query);
    return { cold, warm };
  } finally {
    await browser.close();
  }
}
