/**
 * Times a search in Chromium the way a reader meets it: open a page, press
 * `/`, type, and wait for the first result. "Cold" is a fresh browser
 * profile (nothing cached); "warm" is a second page in the same browser.
 */
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { searchFromDialog } from '../../tests/helpers/search.ts';

export interface SearchTiming {
  /** From navigation start to the first result on screen. */
  openToResultMs: number;
  /** From pressing `/` to the first result on screen (loading the search code and index included). */
  keyToResultMs: number;
}

async function timeOnce(context: Awaited<ReturnType<typeof launchBrowser>>['context'], url: string, query: string): Promise<SearchTiming> {
  const page = await context.newPage();
  const opened = performance.now();
  await page.goto(url);
  const pressed = performance.now();
  const results = await searchFromDialog(page, query);
  const done = performance.now();
  await page.close();
  if (results.length === 0) throw new Error(`No result for "${query}" at ${url}`);
  return { openToResultMs: done - opened, keyToResultMs: done - pressed };
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
